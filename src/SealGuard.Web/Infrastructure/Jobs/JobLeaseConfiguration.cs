using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SealGuard.Web.Infrastructure.Jobs;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("job_leases");
        builder.HasKey(l => l.JobName);
        builder.Property(l => l.JobName).HasMaxLength(JobLease.MaxNameLength);
        builder.Property(l => l.HolderId).HasMaxLength(JobLease.MaxHolderLength);
        builder.Property(l => l.LastError).HasMaxLength(JobLease.MaxErrorLength);
    }
}
