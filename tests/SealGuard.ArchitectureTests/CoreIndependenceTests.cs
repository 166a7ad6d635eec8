using SealGuard.ArchitectureTests.Checking;

namespace SealGuard.ArchitectureTests;

/// <summary>Rule (a): every rule lives in Core, and Core can be used without the web application or a database.</summary>
public sealed class CoreIndependenceTests
{
    [Fact]
    public void Core_uses_no_web_framework_no_EF_Core_and_nothing_of_the_application() =>
        ArchitectureRules.CoreIsIndependent(Graphs.Core, Layout.SealGuard).ShouldBeEmpty();

    [Fact]
    public void The_rule_reports_a_domain_type_that_uses_ASP_NET_Core_EF_Core_or_the_application()
    {
        var violations = ArchitectureRules.CoreIsIndependent(Graphs.Fixtures, Layout.Fixtures);

        Offenders(violations).ShouldBe(
            ["Fixtures.Core.RuleAskingTheApplication", "Fixtures.Core.RuleQueryingTheDatabase", "Fixtures.Core.RuleReadingTheRequest"],
            ignoreOrder: true);
        violations.ShouldContain(v => v.Contains("Microsoft.AspNetCore.Http.HttpContext", StringComparison.Ordinal));
        violations.ShouldContain(v => v.Contains("Microsoft.EntityFrameworkCore.DbContext", StringComparison.Ordinal));
    }

    internal static IEnumerable<string> Offenders(IEnumerable<string> violations) =>
        violations.Select(v => v.Split(' ')[0].Replace("SealGuard.ArchitectureTests.", string.Empty, StringComparison.Ordinal)).Distinct();
}
