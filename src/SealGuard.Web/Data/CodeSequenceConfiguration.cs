using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SealGuard.Web.Data;

internal sealed class CodeSequenceConfiguration : IEntityTypeConfiguration<CodeSequence>
{
    public void Configure(EntityTypeBuilder<CodeSequence> builder)
    {
        builder.ToTable("code_sequences");
        builder.HasKey(s => new { s.Kind, s.DivisionCode });
        builder.Property(s => s.Kind).HasMaxLength(16);
        builder.Property(s => s.DivisionCode).HasMaxLength(6);

        // Writers that predate floors (the synthetic bulk loader) insert rows without the column.
        builder.Property(s => s.Floor).HasDefaultValue(0);
    }
}
