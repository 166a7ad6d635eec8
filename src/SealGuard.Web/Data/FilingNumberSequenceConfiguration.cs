using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core.Shops;

namespace SealGuard.Web.Data;

internal sealed class FilingNumberSequenceConfiguration : IEntityTypeConfiguration<FilingNumberSequence>
{
    public void Configure(EntityTypeBuilder<FilingNumberSequence> builder)
    {
        builder.ToTable("filing_number_sequences");
        builder.HasKey(s => new { s.ShopId, s.Year });
        builder.HasOne<EngravingShop>().WithMany().HasForeignKey(s => s.ShopId);
    }
}
