using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.PersonalData;

namespace SealGuard.Web.Features.Shops;

internal sealed class ShopConfiguration : IEntityTypeConfiguration<EngravingShop>
{
    public void Configure(EntityTypeBuilder<EngravingShop> builder)
    {
        builder.ToTable("shops");
        builder.IsFerried();
        builder.Property(s => s.ShopCode).HasMaxLength(12);
        builder.HasIndex(s => s.ShopCode).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasIndex(s => s.Name);
        builder.Property(s => s.DivisionCode).HasMaxLength(6);
        builder.HasIndex(s => s.DivisionCode);
        builder.Property(s => s.Address).HasMaxLength(200);
        builder.Property(s => s.Phone).HasMaxLength(20);
        builder.HasMany(s => s.Staff).WithOne().HasForeignKey(s => s.ShopId);
        builder.Navigation(s => s.Staff).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(16).HasDefaultValue(ShopState.Normal).HasSentinel(0);
        builder.HasMany(s => s.StateChanges).WithOne().HasForeignKey(c => c.ShopId);
        builder.Navigation(s => s.StateChanges).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ShopStateChangeConfiguration : IEntityTypeConfiguration<ShopStateChange>
{
    public void Configure(EntityTypeBuilder<ShopStateChange> builder)
    {
        builder.ToTable("shop_state_changes");
        builder.IsFerried();
        builder.Property(c => c.FromState).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.ToState).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Reason).HasMaxLength(FieldLimits.Note);
        builder.Property(c => c.ActorName).HasMaxLength(64);
    }
}

internal sealed class PenaltyConfiguration : IEntityTypeConfiguration<Penalty>
{
    public void Configure(EntityTypeBuilder<Penalty> builder)
    {
        builder.ToTable("penalties");
        builder.IsFerried();
        builder.Property(p => p.DecisionNumber).HasMaxLength(PenaltyRule.MaxDecisionNumberLength);
        builder.HasIndex(p => p.DecisionNumber).IsUnique();
        builder.Property(p => p.DivisionCode).HasMaxLength(6);
        builder.HasIndex(p => p.DivisionCode);
        builder.HasIndex(p => new { p.ShopId, p.Type });
        builder.HasOne<EngravingShop>().WithMany().HasForeignKey(p => p.ShopId);
        builder.HasOne<ShopStaff>().WithMany().HasForeignKey(p => p.StaffId);
        builder.Property(p => p.Type).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.LegalBasis).HasMaxLength(PenaltyRule.MaxLegalBasisLength);
        builder.Property(p => p.RecordedByName).HasMaxLength(64);
        builder.Ignore(p => p.Suspension);
    }
}

internal sealed class ShopStaffConfiguration : IEntityTypeConfiguration<ShopStaff>
{
    public void Configure(EntityTypeBuilder<ShopStaff> builder)
    {
        builder.ToTable("shop_staff");
        builder.IsFerried();
        builder.OwnsOne(s => s.Person, p => p.MapPerson("person"));
        builder.Property(s => s.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        // The police queue lists pending registrations first.
        builder.HasIndex(s => new { s.State, s.ShopId });
        builder.Property(s => s.ReturnReason).HasMaxLength(StaffRules.MaxReasonLength);
        builder.Property(s => s.DeregistrationReason).HasMaxLength(StaffRules.MaxReasonLength);
        builder.HasMany(s => s.History).WithOne().HasForeignKey(e => e.StaffId);
        builder.Navigation(s => s.History).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ShopStaffEventConfiguration : IEntityTypeConfiguration<ShopStaffEvent>
{
    public void Configure(EntityTypeBuilder<ShopStaffEvent> builder)
    {
        builder.ToTable("shop_staff_events");
        builder.IsFerried();
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ToState).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ActorName).HasMaxLength(64);
        builder.Property(e => e.Note).HasMaxLength(StaffRules.MaxReasonLength);
        builder.HasIndex(e => new { e.StaffId, e.Id });
    }
}

internal sealed class ShopFilingConfiguration : IEntityTypeConfiguration<ShopFiling>
{
    public void Configure(EntityTypeBuilder<ShopFiling> builder)
    {
        builder.ToTable("shop_filings");
        builder.IsFerried();
        builder.HasOne<EngravingShop>().WithMany().HasForeignKey(f => f.ShopId);
        // One row per version: two parallel re-filings cannot both take the next number.
        builder.HasIndex(f => new { f.ShopId, f.Number }).IsUnique();
        // The police queue by state.
        builder.HasIndex(f => new { f.State, f.ShopId });
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.LicenceNumber).HasMaxLength(FieldLimits.CreditCode);
        builder.OwnsOne(f => f.LegalRepresentative, p => p.MapPerson("legal_representative"));
        builder.OwnsOne(f => f.Manager, p => p.MapPerson("manager"));
        builder.OwnsOne(f => f.LicenceImage, i => MapImage(i, "licence"));
        builder.OwnsOne(f => f.FloorPlan, i => MapImage(i, "floor_plan"));
        builder.Property(f => f.Address).HasMaxLength(FieldLimits.Address);
        builder.Property(f => f.SecurityRules).HasMaxLength(ShopFilingRules.MaxSecurityRulesLength);
        builder.Property(f => f.CreatedByName).HasMaxLength(FieldLimits.UserName);
        builder.Property(f => f.SubmittedByName).HasMaxLength(FieldLimits.UserName);
        builder.Property(f => f.DecidedByName).HasMaxLength(FieldLimits.UserName);
        builder.Property(f => f.ReturnReason).HasMaxLength(ShopFilingRules.MaxReasonLength);
        builder.Ignore(f => f.Content);
        builder.Ignore(f => f.DueOn);
    }

    private static void MapImage(OwnedNavigationBuilder<ShopFiling, ShopFilingImage> image, string prefix)
    {
        image.Property(i => i.FileName).HasColumnName(prefix + "_file_name").HasMaxLength(255);
        image.Property(i => i.Format).HasColumnName(prefix + "_format").HasMaxLength(16);
        image.Property(i => i.Sha256).HasColumnName(prefix + "_sha256").HasMaxLength(64);
        image.Property(i => i.NormalizedSha256).HasColumnName(prefix + "_normalized_sha256").HasMaxLength(64);
        image.Property(i => i.ThumbnailSha256).HasColumnName(prefix + "_thumbnail_sha256").HasMaxLength(64);
        image.Property(i => i.WidthPx).HasColumnName(prefix + "_width_px");
        image.Property(i => i.HeightPx).HasColumnName(prefix + "_height_px");
    }
}
