using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Core.Shops;
using SealGuard.Web.Data;
using SealGuard.Web.Features.PersonalData;

namespace SealGuard.Web.Features.Intake;

internal sealed class FilingConfiguration : IEntityTypeConfiguration<Filing>
{
    public void Configure(EntityTypeBuilder<Filing> builder)
    {
        builder.ToTable("filings");
        builder.IsFerried();
        builder.Property(f => f.Reason).HasConversion<string>().HasMaxLength(24);
        builder.Property(f => f.FilingNumber).HasMaxLength(FilingNumber.Length);
        builder.HasIndex(f => f.FilingNumber).IsUnique();
        builder.OwnsOne(f => f.Agent, p => p.MapPerson("agent", searchedByName: true));
        builder.OwnsOne(f => f.LegalRepresentative, p => p.MapPerson("legal_rep"));
        builder.Property(f => f.OrganizationName).HasMaxLength(100);
        builder.Property(f => f.OrganizationType).HasMaxLength(8);
        builder.Property(f => f.OrganizationDivisionCode).HasMaxLength(6);
        builder.Property(f => f.OrganizationAddress).HasMaxLength(200);
        builder.HasOne<EngravingShop>().WithMany().HasForeignKey(f => f.ShopId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(f => f.OrganizationId);
        builder.HasIndex(f => new { f.ShopId, f.Id });
        builder.HasIndex(f => f.OrganizationId);
        builder.HasMany(f => f.Documents).WithOne().HasForeignKey(d => d.FilingId);
        builder.Navigation(f => f.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(f => f.Seals).WithOne(s => s.Filing).HasForeignKey(s => s.FilingId);
        builder.Navigation(f => f.Seals).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(f => f.AgentIsLegalRepresentative);

        // 核验: the police review queue reads one state, oldest first.
        builder.Property(f => f.ReviewState).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(f => new { f.ReviewState, f.Id });
        builder.Property(f => f.ReturnReasonCodes).HasMaxLength(128);
        builder.Property(f => f.ReviewNote).HasMaxLength(FieldLimits.Note);
        builder.Ignore(f => f.ReturnReasons);
    }
}

internal sealed class FilingDocumentConfiguration : IEntityTypeConfiguration<FilingDocument>
{
    public void Configure(EntityTypeBuilder<FilingDocument> builder)
    {
        builder.ToTable("filing_documents");
        builder.IsFerried();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.Format).HasMaxLength(8);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.NormalizedSha256).HasMaxLength(64);
        // Asked by the blob clean-up (DocumentBlobReferences) for every blob it would delete.
        builder.HasIndex(d => d.Sha256);
        builder.HasIndex(d => d.NormalizedSha256);
    }
}
