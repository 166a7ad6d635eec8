using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core.CodeTables;

namespace SealGuard.Web.Features.CodeTables;

internal sealed class CodeTableEntryConfiguration : IEntityTypeConfiguration<CodeTableEntry>
{
    public void Configure(EntityTypeBuilder<CodeTableEntry> builder)
    {
        builder.ToTable("code_table_entries");
        builder.HasKey(e => new { e.Table, e.Code });
        builder.Property(e => e.Table).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Code).HasMaxLength(32);
        builder.Property(e => e.Name).HasMaxLength(64);
    }
}
