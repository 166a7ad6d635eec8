using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core.Shops;
using SealGuard.Core.Supervision;

namespace SealGuard.Web.Features.SuspiciousReports;

internal sealed class SuspiciousReportConfiguration : IEntityTypeConfiguration<SuspiciousReport>
{
    public void Configure(EntityTypeBuilder<SuspiciousReport> builder)
    {
        builder.ToTable("suspicious_reports");
        builder.HasOne<EngravingShop>().WithMany().HasForeignKey(r => r.ShopId);
        builder.Property(r => r.DivisionCode).HasMaxLength(6);
        builder.HasIndex(r => new { r.DivisionCode, r.Id });
        builder.HasIndex(r => new { r.ShopId, r.Id });
        builder.Property(r => r.Category).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Description).HasMaxLength(SuspiciousReport.MaxDescriptionLength);
        builder.Property(r => r.PersonIdNumberIndex).HasMaxLength(64);
        builder.HasIndex(r => r.PersonIdNumberIndex);
        builder.Property(r => r.PersonIdNumberCipher).HasMaxLength(128);
        builder.Property(r => r.CreditCode).HasMaxLength(18);
        builder.Property(r => r.SealCode).HasMaxLength(13);
        builder.Property(r => r.ReportedByName).HasMaxLength(64);
        builder.Property(r => r.AssigneeName).HasMaxLength(64);
        builder.Property(r => r.ClosedByName).HasMaxLength(64);
        builder.Property(r => r.CloseNote).HasMaxLength(SuspiciousReport.MaxNoteLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
