using System.Net;
using System.Net.Http.Json;
using SealGuard.Core.Codes;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.CodeTables;

public sealed class CodeTablesApiTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Signed_in_users_read_the_code_tables(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var shop = await app.LoginAsync("shop.demo");

        var names = await shop.GetFromJsonAsync<List<string>>("/api/v1/code-tables", ct);
        names.ShouldBe(["SealType", "SealMaterial", "OrganizationType", "SealStatus", "SealShape", "SealSpec", "EngravingReason", "DocumentKind"], ignoreOrder: true);

        var sealTypes = (await shop.GetFromJsonAsync<List<CodeTableEntryView>>("/api/v1/code-tables/SealType", FilingSteps.Json, ct))!;
        var official = sealTypes.Where(e => e.Code == "01").ShouldHaveSingleItem();
        official.Name.ShouldBe("单位专用章(公章)");
        official.IsStandard.ShouldBeTrue();
        official.IsActive.ShouldBeTrue();
        sealTypes.First().Code.ShouldBe("01");
        sealTypes.Select(e => e.SortOrder).ShouldBeInOrder(SortDirection.Ascending);

        await (await shop.GetAsync("/api/v1/code-tables/Nope", ct)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_administrator_adds_a_local_material_that_intakes_then_accept(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.LoginAsync("admin.demo");
        var shop = await app.LoginAsync("shop.demo");

        var added = await admin.PutAsJsonAsync("/api/v1/code-tables/SealMaterial/08", new CodeTableEntryInput("树脂", true, null), ct);
        await added.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var entry = (await added.Content.ReadFromJsonAsync<CodeTableEntryView>(ct))!;
        entry.IsStandard.ShouldBeFalse();
        entry.Name.ShouldBe("树脂");
        (await shop.GetFromJsonAsync<List<CodeTableEntryView>>("/api/v1/code-tables/SealMaterial", ct))!.ShouldContain(e => e.Code == "08" && e.Name == "树脂");

        var accepted = await shop.FileAsync(WithMaterial("08"));
        (await shop.GetSealAsync(accepted.Seals[0].SealCode)).Material.ShouldBe("08");

        // Switched off, the code is refused; switched on again, accepted.
        await (await admin.PutAsJsonAsync("/api/v1/code-tables/SealMaterial/08", new CodeTableEntryInput("树脂", false, null), ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var refused = await (await shop.PostAsJsonAsync("/api/v1/filings", WithMaterial("08"), FilingSteps.Json, ct)).ProblemAsync(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").TryGetProperty("seals[0].material", out _).ShouldBeTrue();
        await (await admin.PutAsJsonAsync("/api/v1/code-tables/SealMaterial/08", new CodeTableEntryInput("树脂", true, null), ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await shop.FileAsync(WithMaterial("08"));

        (await app.AuditOfAsync("CodeTableEntry", "SealMaterial/08")).ShouldAllBe(a => a.Action == "CodeTable.Edited" && a.ActorName == "admin.demo");
    }

    /// <summary>The shape and size of a spec come from its code; a code that names none would make every intake with it fail the face rule.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_local_spec_must_name_its_outline_and_size_in_its_code(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.LoginAsync("admin.demo");

        var refused = await (await admin.PutAsJsonAsync("/api/v1/code-tables/SealSpec/BIG", new CodeTableEntryInput("大号圆章", true, null), ct)).ProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PutAsJsonAsync("/api/v1/code-tables/SealSpec/R45", new CodeTableEntryInput("圆形 直径45mm", true, null), ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        refused.GetProperty("errors").GetProperty("code")[0].GetString().ShouldBe(Messages.Get("SealFace.SpecUnreadable", "BIG"));
        var shop = await app.LoginAsync("shop.demo");
        var organization = TestData.Organization();
        var filing = await shop.FileAsync(new IntakeRequest(organization, organization.LegalRepresentative, "New", [new SealInput("01", "01", "01", "R45", organization.Name)]));
        (await shop.GetSealAsync(filing.Seals[0].SealCode)).Spec.ShouldBe("R45");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Closed_tables_take_no_new_codes_and_standard_names_stay(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var admin = await app.LoginAsync("admin.demo");

        var closed = await (await admin.PutAsJsonAsync("/api/v1/code-tables/EngravingReason/Gift", new CodeTableEntryInput("赠送", true, null), ct)).ProblemAsync(HttpStatusCode.Conflict);
        closed.GetProperty("code").GetString().ShouldBe("CodeTable.Closed");
        var renamed = await (await admin.PutAsJsonAsync("/api/v1/code-tables/SealType/01", new CodeTableEntryInput("公章", true, null), ct)).ProblemAsync(HttpStatusCode.Conflict);
        renamed.GetProperty("code").GetString().ShouldBe("CodeTable.StandardNameFixed");

        var reasons = (await admin.GetFromJsonAsync<List<CodeTableEntryView>>("/api/v1/code-tables/EngravingReason", ct))!;
        reasons.ShouldNotContain(e => e.Code == "Gift");
        (await admin.GetFromJsonAsync<List<CodeTableEntryView>>("/api/v1/code-tables/SealType", ct))!.Single(e => e.Code == "01").Name.ShouldBe("单位专用章(公章)");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_system_administrators_edit_code_tables(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        foreach (var user in new[] { "shop.demo", "shop.manager", "police.demo", "police.admin" })
        {
            var response = await (await app.LoginAsync(user)).PutAsJsonAsync("/api/v1/code-tables/SealMaterial/01", new CodeTableEntryInput("有机玻璃", false, null), ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, user);
        }

        (await (await app.LoginAsync("shop.demo")).GetFromJsonAsync<List<CodeTableEntryView>>("/api/v1/code-tables/SealMaterial", ct))!
            .Single(e => e.Code == "01").IsActive.ShouldBeTrue();
    }

    private static IntakeRequest WithMaterial(string material)
    {
        var intake = TestData.Intake();
        return intake with { Seals = [intake.Seals![0] with { Material = material }] };
    }
}
