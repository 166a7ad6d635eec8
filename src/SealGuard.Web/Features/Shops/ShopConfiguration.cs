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
