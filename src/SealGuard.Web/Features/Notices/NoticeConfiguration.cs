using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core.Shops;
using SealGuard.Core.Supervision;

namespace SealGuard.Web.Features.Notices;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("notices");
        builder.Property(n => n.Title).HasMaxLength(Notice.MaxTitleLength);
        builder.Property(n => n.Body).HasMaxLength(Notice.MaxBodyLength);
        builder.Property(n => n.AudiencePrefix).HasMaxLength(6);
        builder.Property(n => n.PublishedByName).HasMaxLength(64);
        builder.HasMany(n => n.Recipients).WithOne().HasForeignKey(r => r.NoticeId);
        builder.Navigation(n => n.Recipients).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class NoticeRecipientConfiguration : IEntityTypeConfiguration<NoticeRecipient>
{
    public void Configure(EntityTypeBuilder<NoticeRecipient> builder)
    {
        builder.ToTable("notice_recipients");
        builder.HasOne<EngravingShop>().WithMany().HasForeignKey(r => r.ShopId);
        // One receipt per shop and notice; the shop's inbox reads by shop.
        builder.HasIndex(r => new { r.NoticeId, r.ShopId }).IsUnique();
        builder.HasIndex(r => new { r.ShopId, r.NoticeId });
        builder.Property(r => r.DivisionCode).HasMaxLength(6);
        builder.HasIndex(r => r.DivisionCode);
        builder.Property(r => r.ReadByName).HasMaxLength(64);
    }
}
