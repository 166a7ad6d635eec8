using System.Text.RegularExpressions;

namespace SealGuard.Web.Tests.Features.Identity;

/// <summary>
/// The capability table (Features/Identity/Capabilities.cs) is the only place a role is mapped to anything: a handler,
/// page or seeder that asks "is this role X" instead of <c>actor.Can(...)</c> or <c>actor.Scope</c> fails here.
/// </summary>
public sealed partial class RoleSpellingTests
{
    private const string TableFile = "src/SealGuard.Web/Features/Identity/Capabilities.cs";

    [Fact]
    public void No_file_outside_the_capability_table_spells_out_roles()
    {
        var root = RepositoryRoot();
        var found = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f != TableFile && !f.Contains("/Migrations/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => SpellsARole(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        found.ShouldBeEmpty("ask actor.Can(Capability.X) or actor.Scope, and map roles only in " + TableFile);
    }

    [Theory]
    [InlineData("if (actor.Role is UserRole.PoliceAdmin)")]
    [InlineData("if (actor.Role is not (UserRole.PoliceAdmin or UserRole.SystemAdmin))")]
    [InlineData("if (user.Role == UserRole.SystemAdmin)")]
    [InlineData("if (role != UserRole.SystemAdmin)")]
    [InlineData("var isShop = userRole is UserRole.ShopOperator or UserRole.ShopManager;")]
    [InlineData("UserRole.ShopOperator or UserRole.ShopManager => \"/Shop\",")]
    [InlineData("case UserRole.PoliceOfficer:")]
    [InlineData("if (!actor.IsShop && !actor.IsPolice)")]
    [InlineData("UserAccess.IsShopRole(role) ? [] : jurisdiction")]
    [InlineData("p.RequireRole(nameof(UserRole.ShopOperator), nameof(UserRole.ShopManager))")]
    [InlineData("p.RequireRole(\"SystemAdmin\")")]
    [InlineData("User.IsInRole(\"PoliceAdmin\")")]
    [InlineData("\"ShopOperator\" or \"ShopManager\" => new[] { \"/Shop\" },")]
    [InlineData("if (role == \"PoliceAdmin\")")]
    public void A_role_spelling_is_recognised(string line) => SpellsARole(line).ShouldBeTrue();

    [Theory]
    [InlineData("if (!actor.Can(Capability.ReadAuditLog))")]
    [InlineData("if (actor.Scope is ScopeKind.Shop)")]
    [InlineData("new Actor(0, \"demo.seed\", UserRole.ShopOperator, shop.Id, [], null)")]
    [InlineData("(\"police.admin\", \"PoliceAdmin\", \"4107\"),")]
    [InlineData("Engravers = shop.Staff.OrderBy(s => s.Role == StaffRole.Engraver ? 0 : 1)")]
    [InlineData("p.RequireRole(Names(RoleCapabilities.RolesWith(capability)))")]
    public void Data_and_capability_checks_are_not_role_spellings(string line) => SpellsARole(line).ShouldBeFalse();

    private static bool SpellsARole(string line) => RoleSpelling().IsMatch(line);

    [GeneratedRegex("""
        \bIs(Shop|Police)(Role)?\b
        | (\bis|==|!=)\s*(not\s*)?\(?\s*UserRole\.
        | \bUserRole\.\w+\s+(or|and)\b
        | \bUserRole\.\w+\s*=>
        | \bcase\s+UserRole\.
        | \bRequireRole\(\s*(nameof|")
        | \bIsInRole\(
        | "(ShopOperator|ShopManager|PoliceOfficer|PoliceAdmin|SystemAdmin)"\s*(or|and|=>|==|!=)
        | (==|!=|\bis)\s*"(ShopOperator|ShopManager|PoliceOfficer|PoliceAdmin|SystemAdmin)"
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex RoleSpelling();

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
}
