using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.PersonalData;

namespace SealGuard.Web.Features.Seals;

internal sealed class SealConfiguration : IEntityTypeConfiguration<Seal>
{
    public void Configure(EntityTypeBuilder<Seal> builder)
    {
        builder.ToTable("seals");
        builder.IsFerried();
        builder.Property(s => s.SealCode).HasMaxLength(13);
        builder.HasIndex(s => s.SealCode).IsUnique();
        builder.Property(s => s.DivisionCode).HasMaxLength(6);
        builder.HasIndex(s => new { s.DivisionCode, s.Id });
        builder.HasIndex(s => new { s.OrganizationId, s.Type });
        builder.HasIndex(s => new { s.ShopId, s.Id });
        builder.HasIndex(s => new { s.Life, s.Id });
        // The list orders (SealOrder), each ending with the id so a keyset page is one index range.
        builder.HasIndex(s => new { s.AcceptedAt, s.Id });
        builder.HasIndex(s => new { s.OrganizationName, s.Id });
        builder.HasIndex(s => new { s.Type, s.Id });
        builder.Property(s => s.OrganizationName).HasMaxLength(FieldLimits.OrganizationName);
        builder.HasIndex(s => s.DeliveredAt);

        // The scheduled alert rules read the seals awaiting delivery by time (ImprintOverdue, Uncollected): a small
        // partial index, however many seals were delivered.
        builder.HasIndex(s => new { s.EngravedAt, s.Id }).HasFilter("flow = 'Engraved'").HasDatabaseName("ix_seals_awaiting_delivery_engraved_at");
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId);
        builder.HasOne<EngravingShop>().WithMany().HasForeignKey(s => s.ShopId);
        builder.HasOne<ShopStaff>().WithMany().HasForeignKey(s => s.EngraverStaffId);

        // Indexed (by convention): intake asks whether a seal is already being replaced.
        builder.HasOne(s => s.Replaces).WithMany().HasForeignKey(s => s.ReplacesSealId);
        builder.Property(s => s.Type).HasMaxLength(8);
        builder.Property(s => s.Material).HasMaxLength(8);
        builder.Property(s => s.Shape).HasMaxLength(8);
        builder.Property(s => s.Spec).HasMaxLength(16);
        builder.Property(s => s.Text).HasMaxLength(200);
        builder.Property(s => s.Reason).HasConversion<string>().HasMaxLength(24);
        builder.Property(s => s.Flow).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Life).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(s => s.StatusCode);
        builder.OwnsOne(s => s.Recipient, p => p.MapPerson("recipient", searchedByName: true));
        builder.OwnsOne(s => s.Imprint, i =>
        {
            i.Property(x => x.OriginalSha256).HasColumnName("imprint_original_sha256").HasMaxLength(64);
            i.Property(x => x.NormalizedSha256).HasColumnName("imprint_normalized_sha256").HasMaxLength(64);
            i.Property(x => x.ThumbnailSha256).HasColumnName("imprint_thumbnail_sha256").HasMaxLength(64);
            i.Property(x => x.Format).HasColumnName("imprint_format").HasMaxLength(8);
            i.Property(x => x.ByteSize).HasColumnName("imprint_byte_size");
            i.Property(x => x.WidthPx).HasColumnName("imprint_width_px");
            i.Property(x => x.HeightPx).HasColumnName("imprint_height_px");
            i.Property(x => x.DpiX).HasColumnName("imprint_dpi_x");
            i.Property(x => x.DpiY).HasColumnName("imprint_dpi_y");
            i.Property(x => x.UploadedAt).HasColumnName("imprint_uploaded_at");
            i.HasIndex(x => x.UploadedAt).HasFilter("flow = 'Engraved'").HasDatabaseName("ix_seals_awaiting_delivery_imprint_uploaded_at");
            // Asked by the blob clean-up (ImprintBlobReferences) for every blob it would delete.
            i.HasIndex(x => x.OriginalSha256).HasDatabaseName("ix_seals_imprint_original_sha256");
            i.HasIndex(x => x.NormalizedSha256).HasDatabaseName("ix_seals_imprint_normalized_sha256");
            i.HasIndex(x => x.ThumbnailSha256).HasDatabaseName("ix_seals_imprint_thumbnail_sha256");
        });
        builder.HasMany(s => s.History).WithOne().HasForeignKey(e => e.SealId);
        builder.Navigation(s => s.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SealEventConfiguration : IEntityTypeConfiguration<SealEvent>
{
    public void Configure(EntityTypeBuilder<SealEvent> builder)
    {
        builder.ToTable("seal_events");
        builder.IsFerried();
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.ActorName).HasMaxLength(64);
        builder.Property(e => e.FromFlow).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ToFlow).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.FromLife).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ToLife).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Note).HasMaxLength(500);
        builder.HasIndex(e => new { e.SealId, e.Id });
    }
}
