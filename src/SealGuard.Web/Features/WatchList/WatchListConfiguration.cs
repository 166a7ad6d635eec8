using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core.Supervision;

namespace SealGuard.Web.Features.WatchList;

internal sealed class WatchListEntryConfiguration : IEntityTypeConfiguration<WatchListEntry>
{
    public void Configure(EntityTypeBuilder<WatchListEntry> builder)
    {
        builder.ToTable("watch_list");
        builder.Property(e => e.IdNumberIndex).HasMaxLength(64);
        builder.Property(e => e.IdNumberCipher).HasMaxLength(128);
        // The match the alert rule runs; at most one active entry per person (the same filter text on both providers).
        builder.HasIndex(e => e.IdNumberIndex).IsUnique().HasFilter("removed_at IS NULL");
        builder.Property(e => e.Reason).HasMaxLength(WatchListEntry.MaxReasonLength);
        builder.Property(e => e.AddedByName).HasMaxLength(64);
        builder.Property(e => e.RemovedByName).HasMaxLength(64);
        builder.Property(e => e.RemovalReason).HasMaxLength(WatchListEntry.MaxReasonLength);
        builder.Ignore(e => e.IsActive);
    }
}
