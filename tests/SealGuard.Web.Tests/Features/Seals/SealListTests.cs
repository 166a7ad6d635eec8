using System.Net;
using System.Net.Http.Json;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

/// <summary>The seal lists' orders, totals and filters (type, acceptance dates, person), and the name search on the seal row.</summary>
public sealed class SealListTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_sortable_column_orders_both_ways_with_ties_in_id_order_and_pages_the_same(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var police = await app.LoginAsync("police.demo");
        var word = TestData.UniqueWord();

        // 安 sorts before 王 by code point and by pinyin alike, whatever the database's collation.
        await shop.FileAsync(TestData.Intake(TestData.Organization() with { Name = "新乡市" + word + "王记商贸有限公司" }, sealTypes: ["01", "02", "04"]));
        await shop.FileAsync(TestData.Intake(TestData.Organization() with { Name = "新乡市" + word + "安达商贸有限公司" }));
        var filter = "orgName=" + Uri.EscapeDataString(word);
        var all = (await PageAsync(police, filter + "&limit=100")).Items;
        all.Count.ShouldBe(4);

        // Seal codes of one division are handed out in id order, so they stand in for the id tie-break.
        var keys = new Dictionary<string, Func<SealListItem, IComparable>>
        {
            ["acceptedAt"] = i => i.AcceptedAt,
            ["sealCode"] = i => i.SealCode,
            ["orgName"] = i => i.OrgName,
            ["type"] = i => i.Type,
        };
        foreach (var (name, key) in keys)
        {
            foreach (var descending in new[] { false, true })
            {
                var sort = (descending ? "-" : string.Empty) + name;
                var expected = (descending
                    ? all.OrderByDescending(key, OrdinalComparer.Instance).ThenByDescending(i => i.SealCode, StringComparer.Ordinal)
                    : all.OrderBy(key, OrdinalComparer.Instance).ThenBy(i => i.SealCode, StringComparer.Ordinal)).Select(i => i.SealCode).ToList();

                var page = await PageAsync(police, $"{filter}&sort={sort}&limit=100");
                page.Items.Select(i => i.SealCode).ShouldBe(expected, sort);
                page.Sort.ShouldBe(sort);
                (await WalkAsync(police, $"{filter}&sort={sort}&limit=1")).ShouldBe(expected, sort + ", one row a page");
            }
        }

        // The default: newest accepted first; the two intakes' times differ, equal times fall back to the id.
        (await PageAsync(police, filter)).Items.Select(i => i.SealCode).ShouldBe(all.OrderByDescending(i => i.AcceptedAt).ThenByDescending(i => i.SealCode, StringComparer.Ordinal).Select(i => i.SealCode));
        await (await police.GetAsync($"/api/v1/seals?{filter}&sort=color", Ct)).ShouldNameFieldsAsync("sort");

        // A cursor of one order is not a cursor of another.
        var cursor = (await PageAsync(police, $"{filter}&sort=sealCode&limit=1")).NextCursor.ShouldNotBeNull();
        await (await police.GetAsync($"/api/v1/seals?{filter}&sort=type&cursor={cursor}", Ct)).ShouldNameFieldsAsync("cursor");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_total_counts_the_whole_search_not_the_page_and_says_when_it_stopped_counting(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var police = await app.LoginAsync("police.demo");
        var word = TestData.UniqueWord();
        await shop.FileAsync(TestData.Intake(TestData.OrganizationNamed(word), sealTypes: ["01", "02", "04"]));

        var page = await PageAsync(police, $"orgName={Uri.EscapeDataString(word)}&limit=1");
        page.Items.Count.ShouldBe(1);
        page.Total.ShouldBe(3);
        page.TotalIsLowerBound.ShouldBeFalse();

        var everything = await PageAsync(police, "limit=1");
        var seals = await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Seals, Ct));
        everything.Total.ShouldBe(Math.Min(seals, SearchSealsHandler.TotalCap));
        everything.TotalIsLowerBound.ShouldBe(seals > SearchSealsHandler.TotalCap);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Type_and_acceptance_day_filters_narrow_the_list_and_bad_values_name_their_field(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var police = await app.LoginAsync("police.demo");
        var word = TestData.UniqueWord();
        var filed = await shop.FileAsync(TestData.Intake(TestData.OrganizationNamed(word), sealTypes: ["01", "02"]));
        var finance = filed.Seals[1].SealCode;
        var filter = "orgName=" + Uri.EscapeDataString(word);
        var today = ChinaTime.Today(TimeProvider.System);
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var typed = (await PageAsync(police, $"{filter}&type=02")).Items.ShouldHaveSingleItem();
        typed.SealCode.ShouldBe(finance);
        typed.TypeName.ShouldBe("财务专用章");
        (await PageAsync(police, $"{filter}&from={Day(0)}&to={Day(0)}")).Total.ShouldBe(2);
        (await PageAsync(police, $"{filter}&from={Day(-30)}")).Total.ShouldBe(2);
        (await PageAsync(police, $"{filter}&to={Day(-1)}")).Total.ShouldBe(0);
        (await PageAsync(police, $"{filter}&from={Day(1)}")).Total.ShouldBe(0);

        await (await police.GetAsync($"/api/v1/seals?{filter}&type=X9", Ct)).ShouldNameFieldsAsync("type");
        await (await police.GetAsync($"/api/v1/seals?{filter}&from=2026-13-01", Ct)).ShouldNameFieldsAsync("from");
        await (await police.GetAsync($"/api/v1/seals?{filter}&from={Day(1)}&to={Day(0)}", Ct)).ShouldNameFieldsAsync("to");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_person_search_by_name_is_audited_once_and_its_token_pages_and_sorts_it_for_that_session_only(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var police = await app.LoginAsync("police.demo");
        var word = TestData.UniqueWord();
        var represented = TestData.OrganizationNamed(word);
        var agent = TestData.Person();
        var byRepresentative = await shop.FileAsync(TestData.Intake(represented, sealTypes: ["01", "02"]));
        var (_, byAgent) = await shop.DeliverNewSealToAsync(TestData.Intake(TestData.OrganizationNamed(word), agent), TestData.Person());
        var purpose = "核查 " + TestData.UniqueWord(4);
        var before = await app.LastAuditIdAsync();

        var response = await police.PostAsJsonAsync("/api/v1/seals/search", new SealSearch(null, null, word, null, null, null, purpose, null, 1, PersonName: represented.LegalRepresentative!.Name), FilingSteps.Json, Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue();
        var first = (await response.Content.ReadFromJsonAsync<SealPage>(FilingSteps.Json, Ct))!;
        first.Total.ShouldBe(2);
        first.Person.ShouldBe(PersonNames.Mask(represented.LegalRepresentative.Name!));
        var token = first.PersonToken.ShouldNotBeNull();
        token.ShouldNotContain(represented.LegalRepresentative.Name!);

        // The token repeats the search: the next page, another order, another filter; no new audit entry for any of them.
        var filter = $"orgName={Uri.EscapeDataString(word)}&personToken={token}";
        var second = await PageAsync(police, $"{filter}&limit=1&cursor={first.NextCursor}");
        new[] { first.Items[0].SealCode, second.Items.ShouldHaveSingleItem().SealCode }.ShouldBe(byRepresentative.Seals.Select(s => s.SealCode), ignoreOrder: true);
        (await PageAsync(police, $"{filter}&sort=type")).Items.Select(i => i.Type).ShouldBe(["01", "02"]);
        (await PageAsync(police, $"{filter}&type=02")).Total.ShouldBe(1);
        var searched = await AuditSinceAsync(app, before, purpose);
        searched.ShouldHaveSingleItem().EntityKey.ShouldBe(PersonNames.Mask(represented.LegalRepresentative.Name!));

        // Bound to the user and the sign-in session that made it.
        await (await (await app.LoginAsync("police.admin")).GetAsync($"/api/v1/seals?{filter}", Ct)).ShouldNameFieldsAsync("personToken");
        await (await (await app.LoginAsync("police.demo")).GetAsync($"/api/v1/seals?{filter}", Ct)).ShouldNameFieldsAsync("personToken");
        await (await police.GetAsync("/api/v1/seals?personToken=unknown", Ct)).ShouldNameFieldsAsync("personToken");

        // The agent's name finds the filing the agent brought; a shop may not search by person.
        (await SearchAsync(police, new SealSearch(null, null, word, null, null, null, purpose, null, null, PersonName: agent.Name))).Items.Select(i => i.SealCode).ShouldBe([byAgent]);
        (await shop.PostAsJsonAsync("/api/v1/seals/search", new SealSearch(null, null, word, null, null, null, purpose, null, null, PersonName: agent.Name), FilingSteps.Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await police.PostAsJsonAsync("/api/v1/seals/search", new SealSearch(null, null, word, null, null, null, null, null, null, PersonName: agent.Name), FilingSteps.Json, Ct)).ShouldNameFieldsAsync("purpose");
        (await AuditSinceAsync(app, before, purpose)).Count.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_name_search_reads_the_name_on_the_seal_and_follows_a_rename(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var police = await app.SignInAsync("police.demo");
        var word = TestData.UniqueWord();
        var organization = TestData.OrganizationNamed(word);
        var codes = (await shop.FileAsync(TestData.Intake(organization, sealTypes: ["01", "02"]))).Seals.Select(s => s.SealCode).ToList();
        var newName = organization.Name![..^4] + "集团有限公司";
        (await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Seals.Where(s => codes.Contains(s.SealCode)).Select(s => s.OrganizationName), Ct)))
            .ShouldAllBe(n => n == organization.Name);

        var change = await shop.PostAsJsonAsync("/api/v1/organization-changes", new OrganizationChangeRequest(organization.CreditCode, newName, null, "股东会决议更名", []), FilingSteps.Json, Ct);
        await change.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var id = (await change.Content.ReadFromJsonAsync<OrganizationChangeView>(FilingSteps.Json, Ct))!.Id;
        await (await police.PostAsync($"/api/v1/organization-changes/{id}/approve", null, Ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        // Three characters and more read the seals' trigram index; two the organizations' (bigram on PostgreSQL, LIKE on SQLite).
        foreach (var term in new[] { word + "商贸集团", word[..3], word[2..4] })
        {
            var found = (await PageAsync(police, $"orgName={Uri.EscapeDataString(term)}&limit=100")).Items.Where(i => codes.Contains(i.SealCode)).ToList();
            found.Select(i => i.SealCode).ShouldBe(codes, ignoreOrder: true, term);
            found.ShouldAllBe(i => i.OrgName == newName);
        }

        (await PageAsync(police, $"orgName={Uri.EscapeDataString(word + "商贸有限")}")).Items.ShouldBeEmpty();
    }

    private static Task<List<SealGuard.Web.Features.Audit.AuditEntry>> AuditSinceAsync(SealGuardApp app, long before, string purpose) =>
        app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AuditEntries.Where(a => a.Id > before && a.Action == "PersonalData.Searched" && a.Purpose == purpose), Ct));

    private static async Task<List<string>> WalkAsync(HttpClient client, string query)
    {
        var codes = new List<string>();
        string? cursor = null;
        do
        {
            var page = await PageAsync(client, query + (cursor is null ? string.Empty : "&cursor=" + cursor));
            codes.AddRange(page.Items.Select(i => i.SealCode));
            cursor = page.NextCursor;
        }
        while (cursor is not null && codes.Count < 50);

        return codes;
    }

    private static async Task<SealPage> PageAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/seals?" + query, Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SealPage>(FilingSteps.Json, Ct))!;
    }

    private static async Task<SealPage> SearchAsync(HttpClient client, SealSearch search)
    {
        var response = await client.PostAsJsonAsync("/api/v1/seals/search", search, FilingSteps.Json, Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SealPage>(FilingSteps.Json, Ct))!;
    }

    private sealed class OrdinalComparer : IComparer<IComparable>
    {
        public static readonly OrdinalComparer Instance = new();

        public int Compare(IComparable? x, IComparable? y) =>
            x is string a && y is string b ? string.CompareOrdinal(a, b) : Comparer<IComparable>.Default.Compare(x, y);
    }
}
