using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SealGuard.Web.Features.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ActorName).HasMaxLength(64);
        builder.Property(a => a.ActorRole).HasMaxLength(32);
        builder.Property(a => a.ClientAddress).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.EntityType).HasMaxLength(32);
        builder.Property(a => a.EntityKey).HasMaxLength(64);
        builder.Property(a => a.DivisionCode).HasMaxLength(6);
        builder.Property(a => a.Purpose).HasMaxLength(200);
        builder.Property(a => a.Detail).HasMaxLength(2000);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.HasIndex(a => a.OccurredAt);
        builder.HasIndex(a => new { a.ActorUserId, a.OccurredAt });
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.HasIndex(a => new { a.DivisionCode, a.Id });
    }
}
