using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core;
using SealGuard.Core.Inspections;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;

namespace SealGuard.Web.Features.Inspections;

internal sealed class ChecklistTemplateConfiguration : IEntityTypeConfiguration<ChecklistTemplate>
{
    public void Configure(EntityTypeBuilder<ChecklistTemplate> builder)
    {
        builder.ToTable("checklist_templates");
        builder.IsFerried();
        builder.HasIndex(t => new { t.Lineage, t.Number }).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(ChecklistTemplate.NameLength);
        builder.Property(t => t.CreatedBy).HasMaxLength(FieldLimits.UserName);
        builder.Ignore(t => t.IsCurrent);
        builder.HasMany(t => t.Items).WithOne().HasForeignKey(i => i.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> builder)
    {
        builder.ToTable("checklist_items");
        builder.Property(i => i.Text).HasMaxLength(ChecklistTemplate.TextLength);
        builder.Property(i => i.LegalBasis).HasMaxLength(ChecklistTemplate.TextLength);
    }
}

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> builder)
    {
        builder.ToTable("inspections");
        builder.IsFerried();
        builder.HasOne<EngravingShop>().WithMany().HasForeignKey(i => i.ShopId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChecklistTemplate>().WithMany().HasForeignKey(i => i.TemplateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.ShopId, i.InspectedAt });
        builder.HasIndex(i => i.InspectedAt);
        builder.Property(i => i.Officers).HasMaxLength(Inspection.OfficersLength);
        builder.Property(i => i.Notes).HasMaxLength(FieldLimits.Note);
        builder.Property(i => i.LocationSource).HasConversion<string>().HasMaxLength(8);
        builder.Ignore(i => i.Location);
        builder.Ignore(i => i.HasFailures);
        builder.Ignore(i => i.CanAttachPhoto);
        builder.HasMany(i => i.Results).WithOne().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Results).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Photos).WithOne().HasForeignKey(p => p.InspectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Photos).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class InspectionResultConfiguration : IEntityTypeConfiguration<InspectionResult>
{
    public void Configure(EntityTypeBuilder<InspectionResult> builder)
    {
        builder.ToTable("inspection_results");
        builder.HasOne<ChecklistItem>().WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Note).HasMaxLength(FieldLimits.Note);
    }
}

internal sealed class InspectionPhotoConfiguration : IEntityTypeConfiguration<InspectionPhoto>
{
    public void Configure(EntityTypeBuilder<InspectionPhoto> builder)
    {
        builder.ToTable("inspection_photos");
        builder.Property(p => p.FileName).HasMaxLength(255);
        builder.Property(p => p.Sha256).HasMaxLength(64);
        builder.Property(p => p.ThumbnailSha256).HasMaxLength(64);
        // Asked by the blob clean-up (InspectionBlobReferences) for every blob it would delete.
        builder.HasIndex(p => p.Sha256);
        builder.HasIndex(p => p.ThumbnailSha256);
    }
}

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> builder)
    {
        builder.ToTable("rectifications");
        builder.IsFerried();
        builder.HasOne<Inspection>().WithMany().HasForeignKey(r => r.InspectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.InspectionId).IsUnique();
        builder.HasOne<EngravingShop>().WithMany().HasForeignKey(r => r.ShopId).OnDelete(DeleteBehavior.Restrict);
        // The overdue query (open, deadline before today) and the shop's open notices.
        builder.HasIndex(r => new { r.State, r.Deadline });
        builder.HasIndex(r => new { r.ShopId, r.State });
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RectificationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(r => r.Rechecks).WithOne().HasForeignKey(c => c.RectificationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Rechecks).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RectificationItemConfiguration : IEntityTypeConfiguration<RectificationItem>
{
    public void Configure(EntityTypeBuilder<RectificationItem> builder)
    {
        builder.ToTable("rectification_items");
        builder.HasOne<ChecklistItem>().WithMany().HasForeignKey(i => i.ItemId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Finding).HasMaxLength(FieldLimits.Note);
        builder.Property(i => i.ShopNote).HasMaxLength(FieldLimits.Note);
        builder.Property(i => i.ShopPhotoSha256).HasMaxLength(64);
        builder.Property(i => i.ShopPhotoThumbnailSha256).HasMaxLength(64);
        // Asked by the blob clean-up (InspectionBlobReferences) for every blob it would delete.
        builder.HasIndex(i => i.ShopPhotoSha256);
        builder.HasIndex(i => i.ShopPhotoThumbnailSha256);
    }
}

internal sealed class RecheckConfiguration : IEntityTypeConfiguration<Recheck>
{
    public void Configure(EntityTypeBuilder<Recheck> builder)
    {
        builder.ToTable("rechecks");
        builder.Property(c => c.Decision).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Officers).HasMaxLength(Inspection.OfficersLength);
        builder.Property(c => c.Notes).HasMaxLength(FieldLimits.Note);
    }
}
