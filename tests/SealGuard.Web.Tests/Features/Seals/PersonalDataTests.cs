using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

public sealed partial class PersonalDataTests(SharedApps apps)
{
    private const string Purpose = "案件核查";
    private static readonly string EscapedPurpose = Uri.EscapeDataString(Purpose);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_seal_record_shows_id_numbers_and_phones_masked(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (people, code) = await DeliverWithThreePeopleAsync(app);

        foreach (var reader in new[] { "shop.demo", "police.demo" })
        {
            var client = await app.LoginAsync(reader);
            var response = await client.GetAsync($"/api/v1/seals/{code}", TestContext.Current.CancellationToken);
            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var json = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var seal = System.Text.Json.JsonSerializer.Deserialize<SealDetails>(json, FilingSteps.Json)!;

            seal.Revealed.ShouldBeFalse();
            ShouldBeMasked(seal.Organization.LegalRepresentative, people.LegalRepresentative);
            ShouldBeMasked(seal.Filing.Agent, people.Agent);
            ShouldBeMasked(seal.Recipient.ShouldNotBeNull(), people.Recipient);
            foreach (var person in people.All)
            {
                json.ShouldNotContain(person.IdNumber!, customMessage: reader);
                json.ShouldNotContain(person.Phone!, customMessage: reader);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Police_reveal_with_a_purpose_shows_the_filed_id_numbers_and_is_audited(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (people, code) = await DeliverWithThreePeopleAsync(app);
        var police = await app.LoginAsync("police.demo");

        var response = await police.GetAsync($"/api/v1/seals/{code}?reveal=true&purpose={EscapedPurpose}", TestContext.Current.CancellationToken);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var seal = (await response.Content.ReadFromJsonAsync<SealDetails>(FilingSteps.Json, TestContext.Current.CancellationToken))!;
        seal.Revealed.ShouldBeTrue();
        seal.Organization.LegalRepresentative.IdNumber.ShouldBe(people.LegalRepresentative.IdNumber);
        seal.Organization.LegalRepresentative.Phone.ShouldBe(people.LegalRepresentative.Phone);
        seal.Filing.Agent.IdNumber.ShouldBe(people.Agent.IdNumber);
        seal.Recipient.ShouldNotBeNull().IdNumber.ShouldBe(people.Recipient.IdNumber);

        var reveal = (await app.AuditOfAsync("Seal", code)).Where(a => a.Action == "PersonalData.Revealed").ShouldHaveSingleItem();
        reveal.Purpose.ShouldBe(Purpose);
        reveal.ActorName.ShouldBe("police.demo");
        reveal.Detail?.ShouldNotContain(people.LegalRepresentative.IdNumber!);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reveal_without_a_purpose_is_refused_naming_purpose(string provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await (await app.LoginAsync("shop.demo")).FileAsync(TestData.Intake())).Seals[0].SealCode;
        var police = await app.LoginAsync("police.demo");

        foreach (var query in new[] { "reveal=true", "reveal=true&purpose=", "reveal=true&purpose=%20%20", "reveal=true&purpose=x" })
        {
            var problem = await (await police.GetAsync($"/api/v1/seals/{code}?{query}", TestContext.Current.CancellationToken)).ProblemAsync(HttpStatusCode.BadRequest);
            problem.GetProperty("errors").TryGetProperty("purpose", out _).ShouldBeTrue(query);
        }

        (await app.AuditOfAsync("Seal", code)).ShouldNotContain(a => a.Action == "PersonalData.Revealed");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_shop_user_may_not_reveal(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var code = (await shop.FileAsync(TestData.Intake())).Seals[0].SealCode;

        await (await shop.GetAsync($"/api/v1/seals/{code}?reveal=true&purpose={EscapedPurpose}", TestContext.Current.CancellationToken)).ProblemAsync(HttpStatusCode.Forbidden);

        (await app.AuditOfAsync("Seal", code)).ShouldNotContain(a => a.Action == "PersonalData.Revealed");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_plain_view_of_a_seal_is_audited(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var code = (await shop.FileAsync(TestData.Intake())).Seals[0].SealCode;
        var police = await app.LoginAsync("police.demo");

        await shop.GetSealAsync(code);
        await police.GetSealAsync(code);
        await police.GetSealAsync(code);

        var views = (await app.AuditOfAsync("Seal", code)).Where(a => a.Action == "Seal.Viewed").ToList();
        views.Select(v => v.ActorName).ShouldBe(["shop.demo", "police.demo", "police.demo"]);
        views.ShouldAllBe(v => v.Purpose == null);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_database_never_holds_a_plain_id_number(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (people, code) = await DeliverWithThreePeopleAsync(app);
        var police = await app.LoginAsync("police.demo");
        await police.GetAsync($"/api/v1/seals/{code}?reveal=true&purpose={EscapedPurpose}", ct);
        await SearchAsync(police, new { idNumber = people.Agent.IdNumber, purpose = Purpose });

        // The stored people: a cipher that does not contain the number and an index that is not the number.
        await app.WithDbAsync(async db =>
        {
            var seal = await db.Seals.AsNoTracking().Include(s => s.Filing).SingleAsync(s => s.SealCode == code, ct);
            var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == seal.OrganizationId, ct);
            foreach (var (stored, person) in new[]
            {
                (organization.LegalRepresentative, people.LegalRepresentative),
                (seal.Filing.LegalRepresentative, people.LegalRepresentative),
                (seal.Filing.Agent, people.Agent),
                (seal.Recipient!, people.Recipient),
            })
            {
                stored.IdNumberCipher.ShouldNotContain(person.IdNumber!);
                stored.IdNumberIndex.ShouldNotBe(person.IdNumber);
                stored.IdNumberIndex.ShouldNotContain(person.IdNumber!);
            }

            return 0;
        });

        // Every text column of every table, raw.
        var hits = await app.WithDbAsync(async db =>
        {
            var columns = db.Model.GetEntityTypes()
                .Where(e => e.GetTableName() is not null)
                .SelectMany(e => e.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => (Table: e.GetTableName()!, Column: p.GetColumnName())))
                .Distinct()
                .GroupBy(c => c.Table)
                .ToList();
            columns.Select(c => c.Key).ShouldContain("organizations");
            columns.Select(c => c.Key).ShouldContain("filings");
            columns.Select(c => c.Key).ShouldContain("seals");
            columns.Select(c => c.Key).ShouldContain("audit_entries");
            var found = new List<string>();
            foreach (var table in columns)
            {
                foreach (var person in people.All)
                {
                    var where = string.Join(" OR ", table.Select(c => $"\"{c.Column}\" LIKE '%{person.IdNumber}%'"));
                    var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table.Key}\" WHERE {where}";
                    var count = (await db.Database.SqlQueryRaw<long>(sql).ToListAsync(ct)).Single();
                    if (count > 0)
                    {
                        found.Add($"{table.Key}: {count} row(s)");
                    }
                }
            }

            return found;
        });
        hits.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Police_find_seals_by_the_id_number_of_a_legal_representative_agent_or_recipient_and_the_search_is_audited(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (people, code) = await DeliverWithThreePeopleAsync(app);
        var police = await app.LoginAsync("police.demo");

        foreach (var person in people.All)
        {
            var before = await app.LastAuditIdAsync();
            var page = await SearchByIdAsync(police, person.IdNumber!);
            page.Items.Select(i => i.SealCode).ShouldBe([code], person.Name);

            var searched = (await app.AuditOfAsync("Person", MaskedId(person.IdNumber!))).Where(a => a.Id > before).ShouldHaveSingleItem(person.Name);
            searched.Action.ShouldBe("PersonalData.Searched");
            searched.Purpose.ShouldBe(Purpose);
            searched.ActorName.ShouldBe("police.demo");
        }

        (await SearchByIdAsync(police, TestData.Person().IdNumber!)).Items.ShouldBeEmpty();
        (await SearchByIdAsync(await app.LoginAsync("police.fengqiu"), people.LegalRepresentative.IdNumber!)).Items.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Id_number_search_is_refused_to_shops_and_without_a_purpose(string provider)
    {
        var app = await apps.GetAsync(provider);
        var id = TestData.Person().IdNumber!;
        var before = await app.LastAuditIdAsync();

        var shop = await app.LoginAsync("shop.demo");
        await (await SearchAsync(shop, new { idNumber = id, purpose = Purpose })).ProblemAsync(HttpStatusCode.Forbidden);

        var police = await app.LoginAsync("police.demo");
        var noPurpose = await (await SearchAsync(police, new { idNumber = id })).ProblemAsync(HttpStatusCode.BadRequest);
        noPurpose.GetProperty("errors").TryGetProperty("purpose", out _).ShouldBeTrue();
        var badId = await (await SearchAsync(police, new { idNumber = "12345", purpose = Purpose })).ProblemAsync(HttpStatusCode.BadRequest);
        badId.GetProperty("errors").TryGetProperty("idNumber", out _).ShouldBeTrue();

        (await app.AuditOfAsync("Person", MaskedId(id))).Where(a => a.Id > before).ShouldBeEmpty();
    }

    /// <summary>A URL lands in browser histories, proxy and access logs: a GET carrying an ID number is refused, pointing to the POST, and runs nothing.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_get_with_an_id_number_is_refused_pointing_to_the_post_and_writes_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var (people, _) = await DeliverWithThreePeopleAsync(app);
        var police = await app.LoginAsync("police.demo");
        var before = await app.LastAuditIdAsync();

        foreach (var query in new[] { $"idNumber={people.Agent.IdNumber}&purpose={EscapedPurpose}", $"IDNUMBER={people.Agent.IdNumber}", "idNumber=" })
        {
            var problem = await (await police.GetAsync($"/api/v1/seals?{query}", TestContext.Current.CancellationToken)).ProblemAsync(HttpStatusCode.BadRequest);
            problem.GetProperty("code").GetString().ShouldBe("Search.IdNumberInUrl", query);
            problem.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("POST /api/v1/seals/search");
            problem.GetProperty("errors").TryGetProperty("idNumber", out _).ShouldBeTrue(query);
        }

        // Other tests write to the shared app's log meanwhile: look for this person's search, not at the log's end.
        (await app.AuditOfAsync("Person", MaskedId(people.Agent.IdNumber!))).Where(a => a.Id > before).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Responses_with_revealed_personal_data_may_not_be_cached(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (people, code) = await DeliverWithThreePeopleAsync(app);
        var police = await app.LoginAsync("police.demo");

        var masked = await police.GetAsync($"/api/v1/seals/{code}", ct);
        var revealed = await police.GetAsync($"/api/v1/seals/{code}?reveal=true&purpose={EscapedPurpose}", ct);
        var searched = await SearchAsync(police, new { idNumber = people.Recipient.IdNumber, purpose = Purpose });

        await masked.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (masked.Headers.CacheControl?.NoStore ?? false).ShouldBeFalse();
        foreach (var response in new[] { revealed, searched })
        {
            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            response.Headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue(response.RequestMessage!.RequestUri!.ToString());
            response.Headers.Pragma.ToString().ShouldBe("no-cache");
        }
    }

    /// <summary>Intake by shop.demo for a legal representative with a separate agent, delivered to a third person.</summary>
    private static async Task<(People People, string SealCode)> DeliverWithThreePeopleAsync(SealGuardApp app)
    {
        var people = new People(TestData.Person(), TestData.Person(), TestData.Person());
        var shop = await app.LoginAsync("shop.demo");
        var (_, code) = await shop.DeliverNewSealToAsync(TestData.Intake(TestData.Organization(legalRepresentative: people.LegalRepresentative), people.Agent), people.Recipient);
        return (people, code);
    }

    private static async Task<SealPage> SearchByIdAsync(HttpClient client, string idNumber)
    {
        var response = await SearchAsync(client, new { idNumber, purpose = Purpose });
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SealPage>(FilingSteps.Json, TestContext.Current.CancellationToken))!;
    }

    private static Task<HttpResponseMessage> SearchAsync(HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/v1/seals/search", body, FilingSteps.Json, TestContext.Current.CancellationToken);

    private static void ShouldBeMasked(PersonView shown, PersonInput filed)
    {
        shown.Name.ShouldBe(filed.Name);
        shown.IdNumber.ShouldMatch(MaskedIdPattern().ToString());
        shown.IdNumber.ShouldBe(MaskedId(filed.IdNumber!));
        shown.Phone.ShouldNotBeNull().ShouldMatch(MaskedPhonePattern().ToString());
        shown.Phone.ShouldBe(filed.Phone![..3] + "****" + filed.Phone[7..]);
    }

    private static string MaskedId(string idNumber) => idNumber[..6] + "********" + idNumber[14..];

    [GeneratedRegex(@"^\d{6}\*{8}\d{3}[\dX]$")]
    private static partial Regex MaskedIdPattern();

    [GeneratedRegex(@"^1\d{2}\*{4}\d{4}$")]
    private static partial Regex MaskedPhonePattern();

    private sealed record People(PersonInput LegalRepresentative, PersonInput Agent, PersonInput Recipient)
    {
        public IEnumerable<PersonInput> All => [LegalRepresentative, Agent, Recipient];
    }
}
