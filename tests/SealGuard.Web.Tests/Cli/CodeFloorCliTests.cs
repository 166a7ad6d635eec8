using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Cli;

/// <summary>
/// <c>sealguard codes floor set|import</c> and <c>codes status</c>, and what running out of codes does. The development
/// zones 410771–410773 are county-level divisions of 新乡市 no other test files in, so floors set here disturb nobody.
/// </summary>
public sealed class CodeFloorCliTests(SharedApps apps)
{
    private const string FloorDivision = "410773";
    private const string SealExhaustedDivision = "410771";
    private const string OrgExhaustedDivision = "410772";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_floor_makes_numbering_continue_above_the_replaced_systems_codes_and_is_raise_only_and_audited(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");

        var (exitCode, output) = await app.RunCliAsync("codes", "floor", "set", FloorDivision, "5000");
        exitCode.ShouldBe(0, output);
        var filing = await shop.FileAsync(TestData.Intake(TestData.Organization(FloorDivision)));
        filing.Seals.ShouldHaveSingleItem().SealCode.ShouldBe(FloorDivision + "0005001");

        // Lowering, or a floor at the serial already handed out, is refused in one line and changes nothing.
        foreach (var lower in new[] { "4000", "5001" })
        {
            (exitCode, output) = await app.RunCliAsync("codes", "floor", "set", FloorDivision, lower);
            exitCode.ShouldBe(1, output);
            output.Trim().ShouldBe("Refused: " + Messages.Get("CodeFloor.NotRaised", FloorDivision, 5001, lower));
        }

        (await shop.FileAsync(TestData.Intake(TestData.Organization(FloorDivision)))).Seals[0].SealCode.ShouldBe(FloorDivision + "0005002");
        var audit = (await app.AuditOfAsync("CodeSequence", "seal/" + FloorDivision)).ShouldHaveSingleItem();
        (audit.Action, audit.Detail, audit.ActorName).ShouldBe(("CodeFloor.Raised", "floor=5000;previous=0", "system"));
        (exitCode, output) = await app.RunCliAsync("audit", "verify");
        exitCode.ShouldBe(0, output);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Floors_are_refused_outside_the_jurisdiction_for_unknown_kinds_and_for_bad_numbers(string provider)
    {
        var app = await apps.GetAsync(provider);
        var cases = new (string[] Command, string Mentions)[]
        {
            (["codes", "floor", "set", "110101", "10"], "110101"),
            (["codes", "floor", "set", "410700", "10"], "410700"),
            (["codes", "floor", "set", FloorDivision, "10", "--kind", "shop"], "shop"),
            (["codes", "floor", "set", FloorDivision, "ten"], Messages.Get("CodeFloor.InvalidFloor", SealCode.MaxSerial)),
            (["codes", "floor", "set", FloorDivision, "1000000", "--kind", "org"], Messages.Get("CodeFloor.InvalidFloor", OrgCode.MaxSerial)),
        };
        var before = await app.LastAuditIdAsync();
        foreach (var (command, mentions) in cases)
        {
            var (exitCode, output) = await app.RunCliAsync(command);
            exitCode.ShouldBe(1, string.Join(' ', command));
            output.ShouldContain(mentions, Case.Sensitive, string.Join(' ', command));
        }

        // Other tests raise floors meanwhile; none of the refused ones is among them.
        var raised = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Id > before && a.Action == "CodeFloor.Raised").Select(a => a.Detail).ToListAsync());
        raised.ShouldNotContain(d => d!.StartsWith("floor=10;") || d.StartsWith("floor=1000000;"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_checks_every_line_and_applies_all_or_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var last = await LastValuesAsync(app, "org", "410724", "410725");
        var floor = Math.Max(last.Values.Max(), 1000) + 1000;
        var bad = Path.Combine(app.DataDirectory, $"floors-bad-{provider}.csv");
        var good = Path.Combine(app.DataDirectory, $"floors-good-{provider}.csv");
        await File.WriteAllTextAsync(bad, $"division,floor\n410724,{floor}\n110101,5\n410725,abc\n410724,{floor}\n", ct);
        await File.WriteAllTextAsync(good, $"division,floor\n410724,{floor}\n\n# 原阳县\n410725,{floor + 7}\n", ct);

        var (exitCode, output) = await app.RunCliAsync("codes", "floor", "import", bad, "--kind", "org");

        exitCode.ShouldBe(1, output);
        output.ShouldContain("line 3: " + Messages.Get("Jurisdiction.Outside", "110101", "北京市东城区", "河南省新乡市"));
        output.ShouldContain("line 4: " + Messages.Get("CodeFloor.InvalidFloor", OrgCode.MaxSerial));
        output.ShouldContain("line 5: " + Messages.Get("CodeFloor.DuplicateDivision", "410724"));
        (await LastValuesAsync(app, "org", "410724", "410725")).ShouldBe(last);

        (exitCode, output) = await app.RunCliAsync("codes", "floor", "import", good, "--kind", "org");

        exitCode.ShouldBe(0, output);
        (await LastValuesAsync(app, "org", "410724", "410725")).ShouldBe(new Dictionary<string, int> { ["410724"] = floor, ["410725"] = floor + 7 });
        var organization = TestData.Organization("410725");
        await (await app.SignInAsync("shop.demo")).FileAsync(TestData.Intake(organization));
        (await app.WithDbAsync(db => db.Organizations.Where(o => o.CreditCode == organization.CreditCode).Select(o => o.OrgCode).SingleAsync(ct)))
            .ShouldBe("410725" + (floor + 8).ToString("000000", CultureInfo.InvariantCulture));

        // The same file again would lower nothing but raises nothing either: refused, all lines named.
        (exitCode, output) = await app.RunCliAsync("codes", "floor", "import", good, "--kind", "org");
        exitCode.ShouldBe(1, output);
        output.ShouldContain(Messages.Get("CodeFloor.NotRaised", "410725", floor + 8, floor + 7));
    }

    /// <summary>Running out of organization codes was a 500 (the code could not be built) while seal codes were a 409: now both are the same 409 and nothing is written.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Running_out_of_seal_or_organization_codes_is_a_409_that_writes_nothing_and_status_warns_first(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var ct = TestContext.Current.CancellationToken;

        // 90 % and more of the space: allocation still works, status warns.
        (await app.RunCliAsync("codes", "floor", "set", SealExhaustedDivision, "9999998")).ExitCode.ShouldBe(0);
        (await app.RunCliAsync("codes", "floor", "set", OrgExhaustedDivision, "999999", "--kind", "org")).ExitCode.ShouldBe(0);
        var (exitCode, status) = await app.RunCliAsync("codes", "status");
        exitCode.ShouldBe(0, status);
        status.Split('\n').ShouldContain(l => l.StartsWith("seal  " + SealExhaustedDivision) && l.Contains(" 9999998 ") && l.Contains("NEARLY EXHAUSTED"), status);
        status.Split('\n').ShouldContain(l => l.StartsWith("org   " + OrgExhaustedDivision) && l.Contains("NEARLY EXHAUSTED"), status);
        status.ShouldContain("WARNING");
        (await shop.FileAsync(TestData.Intake(TestData.Organization(SealExhaustedDivision)))).Seals[0].SealCode.ShouldBe(SealExhaustedDivision + "9999999");

        var sealsRefused = TestData.Intake(TestData.Organization(SealExhaustedDivision));
        var orgRefused = TestData.Intake(TestData.Organization(OrgExhaustedDivision));
        var sealProblem = await (await shop.PostIntakeAsync(sealsRefused)).ShouldBeRefusedAsync("SealCode.Exhausted");
        var orgProblem = await (await shop.PostIntakeAsync(orgRefused)).ShouldBeRefusedAsync("OrgCode.Exhausted");

        sealProblem.GetProperty("detail").GetString().ShouldBe(Messages.Get("SealCode.Exhausted", SealExhaustedDivision));
        orgProblem.GetProperty("detail").GetString().ShouldBe(Messages.Get("OrgCode.Exhausted", OrgExhaustedDivision));
        var creditCodes = new[] { sealsRefused.Organization!.CreditCode, orgRefused.Organization!.CreditCode };
        (await app.WithDbAsync(db => db.Organizations.CountAsync(o => creditCodes.Contains(o.CreditCode), ct))).ShouldBe(0);
        (await app.WithDbAsync(db => db.Seals.CountAsync(s => s.DivisionCode == OrgExhaustedDivision, ct))).ShouldBe(0);
        (await LastValuesAsync(app, "seal", SealExhaustedDivision))[SealExhaustedDivision].ShouldBe(SealCode.MaxSerial);
        (await LastValuesAsync(app, "org", OrgExhaustedDivision))[OrgExhaustedDivision].ShouldBe(OrgCode.MaxSerial);
    }

    private static async Task<Dictionary<string, int>> LastValuesAsync(SealGuardApp app, string kind, params string[] divisions)
    {
        var rows = await app.WithDbAsync(db => db.CodeSequences.AsNoTracking().Where(s => s.Kind == kind && divisions.Contains(s.DivisionCode)).ToListAsync());
        return divisions.ToDictionary(d => d, d => rows.SingleOrDefault(r => r.DivisionCode == d)?.LastValue ?? 0);
    }
}
