using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.PersonalData;

namespace SealGuard.Web.Features.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("organizations");
        builder.IsFerried();
        builder.Property(o => o.OrgCode).HasMaxLength(12);
        builder.HasIndex(o => o.OrgCode).IsUnique();
        builder.Property(o => o.CreditCode).HasMaxLength(18);
        builder.HasIndex(o => o.CreditCode).IsUnique();
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.HasIndex(o => o.Name);
        builder.Property(o => o.Type).HasMaxLength(8);
        builder.Property(o => o.DivisionCode).HasMaxLength(6);
        builder.HasIndex(o => o.DivisionCode);
        builder.Property(o => o.Address).HasMaxLength(200);
        builder.OwnsOne(o => o.LegalRepresentative, p => p.MapPerson("legal_rep", searchedByName: true));
        // Rows from before the state existed are active organizations.
        builder.Property(o => o.State).HasConversion<string>().HasMaxLength(16).HasDefaultValue(OrganizationState.Active).HasSentinel(default(OrganizationState));
    }
}

internal sealed class OrganizationStateChangeConfiguration : IEntityTypeConfiguration<OrganizationStateChange>
{
    public void Configure(EntityTypeBuilder<OrganizationStateChange> builder)
    {
        builder.ToTable("organization_state_changes");
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId);
        builder.HasIndex(c => new { c.OrganizationId, c.Id });
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.Note).HasMaxLength(OrganizationStateChange.MaxNoteLength);
        builder.Property(c => c.ChangedByName).HasMaxLength(64);
    }
}

internal sealed class OrganizationChangeConfiguration : IEntityTypeConfiguration<OrganizationChange>
{
    public void Configure(EntityTypeBuilder<OrganizationChange> builder)
    {
        builder.ToTable("organization_changes");
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId);
        builder.HasOne<EngravingShop>().WithMany().HasForeignKey(c => c.ShopId);
        builder.Property(c => c.DivisionCode).HasMaxLength(6);
        builder.Property(c => c.OldName).HasMaxLength(100);
        builder.Property(c => c.NewName).HasMaxLength(100);
        builder.OwnsOne(c => c.OldLegalRepresentative, p => p.MapPerson("old_legal_rep"));
        builder.OwnsOne(c => c.NewLegalRepresentative, p => p.MapPerson("new_legal_rep"));
        builder.Property(c => c.Note).HasMaxLength(OrganizationChange.MaxNoteLength);
        builder.Property(c => c.ReviewNote).HasMaxLength(OrganizationChange.MaxNoteLength);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.ShopId, c.Id });
        builder.HasIndex(c => new { c.DivisionCode, c.Id });
        builder.HasIndex(c => c.OrganizationId);
        builder.HasMany(c => c.Seals).WithOne().HasForeignKey(s => s.OrganizationChangeId);
        builder.Navigation(c => c.Seals).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OrganizationChangeSealConfiguration : IEntityTypeConfiguration<OrganizationChangeSeal>
{
    public void Configure(EntityTypeBuilder<OrganizationChangeSeal> builder)
    {
        builder.ToTable("organization_change_seals");
        builder.HasOne<Seal>().WithMany().HasForeignKey(s => s.SealId);
        builder.Property(s => s.SealCode).HasMaxLength(13);
    }
}
