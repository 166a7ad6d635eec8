using System.Reflection;

namespace SealGuard.Core.CodeTables;

/// <summary>
/// The code tables a new installation starts with (embedded <c>code-tables.csv</c>): GA 241.2 codes marked standard,
/// plus local extensions an administrator may rename, reorder or switch off.
/// </summary>
public static class StandardCodeTables
{
    /// <summary>Tables whose codes the domain itself relies on: administrators may not add codes to them.</summary>
    public static readonly IReadOnlySet<CodeTable> Closed = new HashSet<CodeTable> { CodeTable.SealStatus, CodeTable.EngravingReason, CodeTable.DocumentKind };

    public static IReadOnlyList<CodeTableEntry> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SealGuard.Core.CodeTables.code-tables.csv")
            ?? throw new InvalidOperationException("code-tables.csv is not embedded.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var entries = new List<CodeTableEntry>();
        var order = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(',');
            entries.Add(new CodeTableEntry(Enum.Parse<CodeTable>(parts[0]), parts[1], parts[2], bool.Parse(parts[3]), ++order));
        }

        return entries;
    }
}
