using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SealGuard.Web.Features.Identity;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.UserName).HasMaxLength(64);
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(64);
        builder.Property(u => u.Unit).HasMaxLength(64);
        builder.Property(u => u.PasswordHash).HasMaxLength(256);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(32);
        builder.Property(u => u.Jurisdiction).HasMaxLength(512);
        builder.Property(u => u.SecurityStamp).HasMaxLength(32);
        builder.HasOne<SealGuard.Core.Shops.EngravingShop>().WithMany().HasForeignKey(u => u.ShopId);
        // One account per staff member: the staff record is who the account's work is attributed to.
        builder.HasOne<SealGuard.Core.Shops.ShopStaff>().WithMany().HasForeignKey(u => u.StaffId);
        builder.HasIndex(u => u.StaffId).IsUnique();
        builder.Ignore(u => u.JurisdictionPrefixes);
    }
}
