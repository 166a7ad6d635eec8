using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core.Organizations;
using SealGuard.Web.Features.PersonalData;

namespace SealGuard.Web.Features.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("organizations");
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
        builder.OwnsOne(o => o.LegalRepresentative, p => p.MapPerson("legal_rep"));
    }
}
