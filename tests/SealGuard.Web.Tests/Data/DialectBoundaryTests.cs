using System.Text.RegularExpressions;

namespace SealGuard.Web.Tests.Data;

/// <summary>
/// Provider knowledge lives in <c>src/SealGuard.Web/Data/</c> only (docs/decisions/0002-provider-dialect.md): no other
/// source file tests the provider, names a provider's context, or writes PostgreSQL's lock clauses; they ask the dialect.
/// </summary>
public sealed partial class DialectBoundaryTests
{
    private const string DataFolder = "src/SealGuard.Web/Data/";

    [Fact]
    public void No_source_file_outside_the_data_layer_knows_the_provider()
    {
        var root = RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(Path.Combine(root, f))));

        Offences(files).ShouldBeEmpty();
    }

    [Fact]
    public void The_scan_catches_a_provider_test_in_a_handler_and_allows_it_in_the_data_layer()
    {
        (string, string)[] fixture =
        [
            ("src/SealGuard.Web/Features/Reports/Handler.cs", "var sql = db.Database.IsNpgsql() ? a : b;"),
            ("src/SealGuard.Web/Features/Seals/Lock.cs", "SELECT id FROM seals WHERE id = {0} for update"),
            ("src/SealGuard.Web/Features/Audit/Chain.cs", "if (db is SqliteSealGuardDbContext) { }"),
            ("src/SealGuard.Web/Seeding/Synthetic/Writer.cs", "await connection.BeginBinaryImportAsync(copy, ct); PRAGMA cache_size = -200000"),
            ("src/SealGuard.Web/Data/PostgresDialect.cs", "SELECT pg_advisory_xact_lock(1); db is PostgresSealGuardDbContext"),
        ];

        Offences(fixture).ShouldBe([
            "src/SealGuard.Web/Features/Reports/Handler.cs: IsNpgsql",
            "src/SealGuard.Web/Features/Seals/Lock.cs: for update",
            "src/SealGuard.Web/Features/Audit/Chain.cs: SqliteSealGuardDbContext",
            "src/SealGuard.Web/Seeding/Synthetic/Writer.cs: BeginBinaryImport",
            "src/SealGuard.Web/Seeding/Synthetic/Writer.cs: PRAGMA cache_size =",
        ]);
    }

    private static List<string> Offences(IEnumerable<(string Path, string Text)> files) =>
        [.. files.Where(f => !f.Path.StartsWith(DataFolder, StringComparison.Ordinal))
            .SelectMany(f => ProviderKnowledge().Matches(f.Text).Select(m => $"{f.Path}: {m.Value}"))];

    [GeneratedRegex(@"IsNpgsql|IsSqlite|PostgresSealGuardDbContext|SqliteSealGuardDbContext|pg_advisory|\bFOR\s+UPDATE\b|BeginBinaryImport|\bPRAGMA\s+[a-z_]+\s*[=(;]|sqlite_sequence", RegexOptions.IgnoreCase)]
    private static partial Regex ProviderKnowledge();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SealGuard.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SealGuard.slnx not found above " + AppContext.BaseDirectory);
    }
}
