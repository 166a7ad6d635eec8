using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Verification;

public sealed class VerificationTests(SharedApps apps)
{
    private static readonly TimeZoneInfo ChinaStandardTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_delivered_seal_in_use_is_valid_for_its_exact_organization_name(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var (intake, recipient, code) = await DeliverAsync(shop);
        var shopName = (await shop.GetFromJsonAsync<MyShopView>("/api/v1/shops/me", FilingSteps.Json, TestContext.Current.CancellationToken))!.Name;

        var (json, raw) = await VerifyAsync(app, code, intake.Organization!.Name!);

        json.GetProperty("result").GetString().ShouldBe("Valid");
        json.GetProperty("orgName").GetString().ShouldBe(intake.Organization.Name);
        json.GetProperty("shopName").GetString().ShouldBe(shopName);
        json.GetProperty("sealType").GetString().ShouldBe("01");
        json.GetProperty("sealTypeName").GetString().ShouldBe("单位专用章(公章)");
        json.GetProperty("lifeState").GetString().ShouldBe("InUse");
        json.GetProperty("deliveredOn").GetString().ShouldBe(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, ChinaStandardTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        ShouldNotMention(raw, intake.Organization.LegalRepresentative!, intake.Agent!, recipient);

        // Surrounding spaces are forgiven; the grouped code form is accepted.
        (await VerifyAsync(app, code[..6] + " " + code[6..], "  " + intake.Organization.Name + " ")).Json.GetProperty("result").GetString().ShouldBe("Valid");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_wrong_organization_name_is_not_found_and_tells_nothing_about_the_seal(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var (intake, recipient, code) = await DeliverAsync(shop);
        var name = intake.Organization!.Name!;

        foreach (var wrongName in new[] { name + "分公司", name[..^4], "新乡市某某有限公司" })
        {
            var (json, raw) = await VerifyAsync(app, code, wrongName);
            json.GetProperty("result").GetString().ShouldBe("NotFound", wrongName);
            foreach (var property in new[] { "orgName", "shopName", "sealType", "sealTypeName", "deliveredOn", "lifeState" })
            {
                (json.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null).ShouldBeFalse($"{property} for {wrongName}");
            }

            raw.ShouldNotContain(name);
            ShouldNotMention(raw, intake.Organization.LegalRepresentative!, intake.Agent!, recipient);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_seal_reported_lost_is_invalid(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var (intake, recipient, code) = await DeliverAsync(shop);
        await (await shop.PostAsJsonAsync($"/api/v1/seals/{code}/loss-report", new LifeStateRequest("经办人报称遗失", true), TestContext.Current.CancellationToken))
            .ShouldHaveStatusAsync(HttpStatusCode.OK);

        var (json, raw) = await VerifyAsync(app, code, intake.Organization!.Name!);

        json.GetProperty("result").GetString().ShouldBe("Invalid");
        json.GetProperty("lifeState").GetString().ShouldBe("ReportedLost");
        ShouldNotMention(raw, intake.Organization.LegalRepresentative!, intake.Agent!, recipient);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_seal_not_yet_delivered_is_invalid(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var intake = TestData.Intake();
        var code = (await shop.FileAsync(intake)).Seals[0].SealCode;

        var (json, _) = await VerifyAsync(app, code, intake.Organization!.Name!);
        json.GetProperty("result").GetString().ShouldBe("Invalid");
        (json.TryGetProperty("deliveredOn", out var delivered) && delivered.ValueKind != JsonValueKind.Null).ShouldBeFalse();

        await (await shop.EngraveAsync(code, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await VerifyAsync(app, code, intake.Organization.Name!)).Json.GetProperty("result").GetString().ShouldBe("Invalid");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_malformed_seal_code_or_a_missing_name_is_refused_naming_the_field(string provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.AnonymousClient();
        var ct = TestContext.Current.CancellationToken;

        foreach (var (query, field) in new[]
        {
            ("sealCode=41070200001&orgName=x", "sealCode"),
            ("sealCode=41070200000ab&orgName=x", "sealCode"),
            ("sealCode=4107020000000&orgName=x", "sealCode"),
            ("orgName=x", "sealCode"),
            ("sealCode=4107020000001", "orgName"),
            ("sealCode=4107020000001&orgName=" + new string('甲', 101), "orgName"),
        })
        {
            var problem = await (await client.GetAsync("/api/v1/public/verification?" + query, ct)).ProblemAsync(HttpStatusCode.BadRequest);
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(query);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_name_is_compared_with_the_seals_inscription_and_a_legal_representative_seal_does_not_repeat_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var organization = TestData.Organization();
        var legalRepresentative = organization.LegalRepresentative!;
        var intake = new IntakeRequest(organization, legalRepresentative, "New", [new SealInput("05", "04", "04", "S20", legalRepresentative.Name)]);
        var (_, code) = await shop.DeliverNewSealToAsync(intake, legalRepresentative);

        // The 05 seal bears the person's name, not the organization's.
        (await VerifyAsync(app, code, organization.Name!)).Json.GetProperty("result").GetString().ShouldBe("NotFound");
        var (json, raw) = await VerifyAsync(app, code, legalRepresentative.Name!);
        json.GetProperty("result").GetString().ShouldBe("Valid");
        json.GetProperty("sealType").GetString().ShouldBe("05");
        (json.TryGetProperty("orgName", out var name) && name.ValueKind != JsonValueKind.Null).ShouldBeFalse();
        ShouldNotMention(raw, legalRepresentative);
    }

    private static async Task<(IntakeRequest Intake, PersonInput Recipient, string SealCode)> DeliverAsync(HttpClient shop)
    {
        var intake = TestData.Intake(agent: TestData.Person());
        var recipient = TestData.Person();
        var (_, code) = await shop.DeliverNewSealToAsync(intake, recipient);
        return (intake, recipient, code);
    }

    /// <summary>As the public: an anonymous client.</summary>
    private static async Task<(JsonElement Json, string Raw)> VerifyAsync(SealGuardApp app, string sealCode, string orgName)
    {
        var response = await app.AnonymousClient().GetAsync(
            $"/api/v1/public/verification?sealCode={Uri.EscapeDataString(sealCode)}&orgName={Uri.EscapeDataString(orgName)}", TestContext.Current.CancellationToken);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (JsonDocument.Parse(raw).RootElement.Clone(), raw);
    }

    private static void ShouldNotMention(string json, params PersonInput[] people)
    {
        foreach (var person in people)
        {
            // Names are checked as JSON-escaped too, in case the serializer escapes non-ASCII.
            json.ShouldNotContain(person.Name!);
            json.ShouldNotContain(JsonSerializer.Serialize(person.Name).Trim('"'));
            json.ShouldNotContain(person.IdNumber!);
            json.ShouldNotContain(person.IdNumber![..6] + "********");
            json.ShouldNotContain(person.Phone!);
            json.ShouldNotContain(person.Phone![..3] + "****");
        }
    }
}
