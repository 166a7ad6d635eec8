using System.Text.RegularExpressions;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Seeding.Synthetic;

namespace SealGuard.Web.Tests.Features.Audit;

/// <summary>
/// Every action and kind of object the code records has a Chinese name in <c>Features/Audit/AuditNames.resx</c>, and
/// the table names nothing the code no longer records. The recorded keys are found by scanning every
/// <c>audit.Record(…)</c> call in src/: a literal key is read as written; a key computed at the call has its expansion
/// below, and a new kind of computed key fails until it gets one.
/// </summary>
public sealed partial class AuditNamesTests
{
    /// <summary>The computed action arguments, by file and expression, and the keys they can take.</summary>
    private static readonly Dictionary<string, Func<string, IEnumerable<string>>> Computed = new(StringComparer.Ordinal)
    {
        ["Features/Identity/RecordRefusedSignIn.cs: action"] = root => Literals(root, "src/SealGuard.Web/Features/Identity/PasswordSignIn.cs", RefusedCall()),
        ["Features/Identity/UserAccounts.cs: action"] = root => Literals(root, "src/SealGuard.Web/Features/Identity/UserAccounts.cs", ChangeCall()),
        ["Features/Shops/StaffRegistration.cs: action"] = root => Literals(root, "src/SealGuard.Web/Features/Shops/StaffRegistration.cs", StaffChangeCall()),
        ["Features/Seals/ChangeLifeState.cs: \"Seal.\" + target"] = _ =>
            Enum.GetValues<LifeState>().Where(s => SealSteps.ToLifeState(s) is not null).Select(s => "Seal." + s),
        ["Features/Intake/GetFilingReceipt.cs: AuditAction"] = _ => [GetFilingReceiptHandler.AuditAction],
        ["Features/Seals/GetImprintCardPdf.cs: AuditAction"] = _ => [ImprintCardPdfHandler.AuditAction],
        ["Seeding/Synthetic/SyntheticLoader.cs: AuditAction"] = _ => [SyntheticLoader.AuditAction],
    };

    [Fact]
    public void Every_recorded_action_has_a_Chinese_name()
    {
        var recorded = Recorded();

        recorded.Actions.ShouldContain("Seal.Delivered", "the scan finds literal keys");
        recorded.Actions.ShouldContain("Auth.Failed", "the scan follows forwarded keys");
        recorded.Actions.ShouldContain("Seal.ReportedLost", "the scan expands computed keys");
        recorded.Actions.Where(a => !AuditNames.IsNamedAction(a)).ShouldBeEmpty("add each to Features/Audit/AuditNames.resx as Action.<key>");
        recorded.Actions.Select(AuditNames.FamilyOf).Distinct().Where(f => !AuditNames.IsNamedFamily(f))
            .ShouldBeEmpty("add each family to AuditNames.resx as Family.<prefix>");
        AuditNames.Action("Seal.Delivered").ShouldBe("交付印章");
    }

    [Fact]
    public void Every_recorded_kind_of_object_has_a_Chinese_name()
    {
        var recorded = Recorded();

        recorded.EntityTypes.ShouldContain("Seal");
        recorded.EntityTypes.Where(t => !AuditNames.IsNamedEntity(t)).ShouldBeEmpty("add each to Features/Audit/AuditNames.resx as Entity.<type>");
        AuditNames.Entity("Seal").ShouldBe("印章");
    }

    [Fact]
    public void The_table_names_only_what_the_code_records()
    {
        var recorded = Recorded();

        AuditNames.Actions.Except(recorded.Actions).ShouldBeEmpty("a name without a recording action is stale");
        AuditNames.EntityTypes.Except(recorded.EntityTypes).ShouldBeEmpty("a name without a recorded kind of object is stale");
    }

    private static (IReadOnlySet<string> Actions, IReadOnlySet<string> EntityTypes) Recorded()
    {
        var root = RepositoryRoot();
        var web = Path.Combine(root, "src", "SealGuard.Web");
        var actions = new HashSet<string>(StringComparer.Ordinal);
        var types = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match call in RecordCall().Matches(File.ReadAllText(file)))
            {
                var action = call.Groups["action"].Value.Trim();
                types.Add(call.Groups["type"].Value);
                if (OnlyLiterals().IsMatch(action))
                {
                    actions.UnionWith(Literal().Matches(action).Select(m => m.Groups["key"].Value));
                }
                else if (Computed.TryGetValue($"{Path.GetRelativePath(web, file).Replace('\\', '/')}: {action}", out var expand))
                {
                    actions.UnionWith(expand(root));
                }
                else
                {
                    unknown.Add($"{Path.GetRelativePath(root, file)}: {action}");
                }
            }
        }

        unknown.ShouldBeEmpty("a computed action key needs its expansion in AuditNamesTests.Computed");
        return (actions, types);
    }

    private static List<string> Literals(string root, string file, Regex call)
    {
        var keys = call.Matches(File.ReadAllText(Path.Combine(root, file))).Select(m => m.Groups["key"].Value).ToList();
        keys.ShouldNotBeEmpty($"the forwarding calls in {file} were not found");
        return keys;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SealGuard.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SealGuard.slnx not found above " + AppContext.BaseDirectory);
    }

    // audit.Record(actor, <action>, "<EntityType>", ...): the trail's only entry point besides its own definition.
    [GeneratedRegex("""\baudit\.Record\(\s*[\w.]+,\s*(?<action>[^,]+?),\s*"(?<type>\w+)"\s*,""")]
    private static partial Regex RecordCall();

    // A literal or a choice between literals (reveal ? "A.B" : "C.D").
    [GeneratedRegex("""^(\w+\s*\?\s*)?"[A-Za-z]+\.[A-Za-z]+"(\s*:\s*"[A-Za-z]+\.[A-Za-z]+")?$""")]
    private static partial Regex OnlyLiterals();

    [GeneratedRegex(@"""(?<key>[A-Za-z]+\.[A-Za-z]+)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\bRefused\(actor,\s*""(?<key>[^""]+)""")]
    private static partial Regex RefusedCall();

    [GeneratedRegex(@"\bChangeAsync\(actor,\s*userName,\s*""(?<key>[^""]+)""")]
    private static partial Regex ChangeCall();

    [GeneratedRegex(@"\bChangeAsync\(actor,\s*staffId,\s*""(?<key>[^""]+)""")]
    private static partial Regex StaffChangeCall();
}
