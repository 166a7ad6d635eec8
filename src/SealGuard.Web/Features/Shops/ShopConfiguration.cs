using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
