using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.Web.Tests.Infrastructure.Http;

/// <summary>
/// Control characters and bidi overrides in any text input (JSON body, query string, form field) are refused with a
/// 400 naming the field, before a handler or the database sees them: a NUL used to answer 500 on PostgreSQL.
/// </summary>
public sealed class TextInputGuardTests(SharedApps apps)
{
    public static TheoryData<string, string> ForbiddenOnProviders()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in TestDatabase.Providers.Select(p => (string)p.Data))
        {
            foreach (var text in new[] { "\0", "\u0007", "\u007F", "\u0085", "\u202E", "\u2067" })
            {
                data.Add(provider, text);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ForbiddenOnProviders))]
    public async Task A_forbidden_character_in_the_token_request_username_is_refused_naming_it(string provider, string forbidden)
    {
        var app = await apps.GetAsync(provider);

        var response = await app.AnonymousClient().PostAsJsonAsync("/api/v1/auth/token", new TokenRequest("police" + forbidden + ".demo", DemoSeeder.DemoPassword), TestContext.Current.CancellationToken);

        (await response.ShouldNameFieldsAsync("username"))["username"].ShouldBe([Messages.Get("Text.ForbiddenCharacters")]);
    }

    [Theory]
    [MemberData(nameof(ForbiddenOnProviders))]
    public async Task A_forbidden_character_in_public_verification_is_refused_naming_the_field(string provider, string forbidden)
    {
        var app = await apps.GetAsync(provider);
        var client = app.AnonymousClient();
        var ct = TestContext.Current.CancellationToken;
        var text = Uri.EscapeDataString("新乡市" + forbidden + "有限公司");

        (await (await client.GetAsync($"/api/v1/public/verification?sealCode=4107020000001{Uri.EscapeDataString(forbidden)}&orgName=x", ct)).ShouldNameFieldsAsync("sealCode"))["sealCode"]
            .ShouldBe([Messages.Get("Text.ForbiddenCharacters")]);
        (await (await client.GetAsync($"/api/v1/public/verification?sealCode=4107020000001&orgName={text}", ct)).ShouldNameFieldsAsync("orgName"))["orgName"]
            .ShouldBe([Messages.Get("Text.ForbiddenCharacters")]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_nul_in_the_seal_search_query_is_refused_naming_the_field(string provider)
    {
        var police = await (await apps.GetAsync(provider)).SignInAsync("police.demo");

        var response = await police.GetAsync("/api/v1/seals?orgName=%E6%96%B0%00%E4%B9%A1", TestContext.Current.CancellationToken);

        (await response.ShouldNameFieldsAsync("orgName"))["orgName"].ShouldBe([Messages.Get("Text.ForbiddenCharacters")]);
    }

    [Theory]
    [MemberData(nameof(ForbiddenOnProviders))]
    public async Task A_forbidden_character_in_an_intake_field_is_refused_naming_it_and_nothing_is_written(string provider, string forbidden)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var intake = TestData.Intake();
        var organization = intake.Organization! with { Name = "新乡市" + forbidden + "商贸有限公司" };

        var response = await shop.PostIntakeAsync(intake with { Organization = organization });

        (await response.ShouldNameFieldsAsync("organization.name"))["organization.name"].ShouldBe([Messages.Get("Text.ForbiddenCharacters")]);
        (await app.WithDbAsync(db => db.Organizations.AnyAsync(o => o.CreditCode == organization.CreditCode, TestContext.Current.CancellationToken))).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_nul_in_a_form_field_is_refused_naming_it(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake());
        var filed = (await shop.GetSealAsync(filing.Seals[0].SealCode)).Filing.Documents;

        var response = await shop.UploadDocumentAsync(filing.FilingId, "BusinessLicense\0");

        (await response.ShouldNameFieldsAsync("kind"))["kind"].ShouldBe([Messages.Get("Text.ForbiddenCharacters")]);
        (await shop.GetSealAsync(filing.Seals[0].SealCode)).Filing.Documents.ShouldBe(filed, "only the materials filed with the intake");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Tabs_and_line_breaks_stay_allowed_in_text(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var filing = await shop.FileAndEngraveAsync();

        var state = await (await shop.ChangeLifeStateAsync(filing.Seals[0].SealCode, "scrap", "刻制有误\r\n\t重新刻制")).ReadStateAsync();

        state.LifeState.ShouldBe(Core.Filings.LifeState.Scrapped);
    }

    /// <summary>
    /// One pooled connection, auto-prepared statements: a NUL that reached PostgreSQL failed the statement and left the
    /// connection unusable for the valid requests after it. Refused up front, it never gets there.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Valid_requests_still_succeed_after_nul_requests_on_a_single_pooled_connection(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider, settings =>
        {
            settings["SealGuard:DemoOrganizations"] = "0";
            if (settings.TryGetValue("ConnectionStrings:Default", out var connection) && connection is not null)
            {
                settings["ConnectionStrings:Default"] = connection + ";Maximum Pool Size=1";
            }
        });
        var client = app.AnonymousClient();
        var ct = TestContext.Current.CancellationToken;

        for (var round = 0; round < 3; round++)
        {
            (await client.GetAsync("/api/v1/public/verification?sealCode=4107020000001&orgName=%E6%96%B0%E4%B9%A1", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest("nobody.here", "wrong"), ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            await (await client.GetAsync("/api/v1/public/verification?sealCode=4107020000001&orgName=%E6%96%B0%00", ct)).ShouldNameFieldsAsync("orgName");
            await (await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest("no\0body", "wrong"), ct)).ShouldNameFieldsAsync("username");
        }

        await app.LoginAsync("police.demo");
    }
}
