using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.Codes;
using SealGuard.Web.Features.WatchList;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.WatchList;

/// <summary>
/// 关注名单: a PoliceAdmin adds a person by ID number and sees the list masked; the ID number is stored only as blind
/// index and ciphertext, and the registry the alert rule asks matches it exactly; removal takes a reason and ends the match.
/// </summary>
public sealed class WatchListTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_listed_person_is_matched_by_blind_index_shown_masked_and_never_stored_in_plain_text(string provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.SignInAsync("police.admin");
        var person = IdNumber.Parse(TestData.Person().IdNumber!);
        var other = IdNumber.Parse(TestData.Person().IdNumber!);

        var added = await admin.PostAsJsonAsync("/api/v1/watch-list", new WatchListRequest(person.Value, "涉嫌冒用他人身份刻章"), FilingSteps.Json, Ct);
        await added.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var addedText = await added.Content.ReadAsStringAsync(Ct);
        addedText.ShouldNotContain(person.Value);
        var entry = JsonSerializer.Deserialize<WatchListItem>(addedText, FilingSteps.Json)!;
        entry.MaskedIdNumber.ShouldBe(person.Masked);

        var listText = await (await admin.GetAsync("/api/v1/watch-list", Ct)).Content.ReadAsStringAsync(Ct);
        listText.ShouldNotContain(person.Value);
        JsonSerializer.Deserialize<List<WatchListItem>>(listText, FilingSteps.Json)!.ShouldContain(e => e.Id == entry.Id && e.MaskedIdNumber == person.Masked && e.Reason == "涉嫌冒用他人身份刻章");

        // The raw row, every column read as text: no plaintext ID number.
        var row = await app.WithDbAsync(db => RawRowAsync(db, entry.Id));
        row.ShouldNotBeEmpty();
        row.ShouldAllBe(value => !value.Contains(person.Value, StringComparison.Ordinal));
        app.Logs.ShouldNotContain(line => line.Contains(person.Value, StringComparison.Ordinal));

        (await IsListedAsync(app, person)).ShouldBeTrue();
        (await IsListedAsync(app, other)).ShouldBeFalse();
        await (await admin.PostAsJsonAsync("/api/v1/watch-list", new WatchListRequest(person.Value, "重复"), FilingSteps.Json, Ct)).ShouldBeRefusedAsync("WatchList.AlreadyListed");

        await (await admin.PostAsJsonAsync($"/api/v1/watch-list/{entry.Id}/remove", new WatchListRemoval(" "), FilingSteps.Json, Ct)).ShouldNameFieldsAsync("reason");
        await (await admin.PostAsJsonAsync($"/api/v1/watch-list/{entry.Id}/remove", new WatchListRemoval("经核查排除嫌疑"), FilingSteps.Json, Ct)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await IsListedAsync(app, person)).ShouldBeFalse();
        (await admin.GetFromJsonAsync<List<WatchListItem>>("/api/v1/watch-list", FilingSteps.Json, Ct))!.ShouldNotContain(e => e.Id == entry.Id);
        await (await admin.PostAsJsonAsync($"/api/v1/watch-list/{entry.Id}/remove", new WatchListRemoval("再次"), FilingSteps.Json, Ct)).ShouldBeRefusedAsync("WatchList.AlreadyRemoved");

        (await app.AuditOfAsync("WatchList", entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))).Select(a => a.Action)
            .ShouldBe(["WatchList.Added", "WatchList.Removed"]);

        // Listed again after removal: a new active entry.
        await (await admin.PostAsJsonAsync("/api/v1/watch-list", new WatchListRequest(person.Value, "再次发现可疑"), FilingSteps.Json, Ct)).ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await IsListedAsync(app, person)).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_a_PoliceAdmin_keeps_the_list_and_a_bad_ID_number_is_refused(string provider)
    {
        var app = await apps.GetAsync(provider);
        var request = new WatchListRequest(TestData.Person().IdNumber, "原因");
        foreach (var user in new[] { "police.demo", "police.fengqiu", "shop.demo" })
        {
            var client = await app.SignInAsync(user);
            (await client.GetAsync("/api/v1/watch-list", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.PostAsJsonAsync("/api/v1/watch-list", request, FilingSteps.Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        var admin = await app.SignInAsync("police.admin");
        await (await admin.PostAsJsonAsync("/api/v1/watch-list", new WatchListRequest("41070219900101123", null), FilingSteps.Json, Ct)).ShouldNameFieldsAsync("idNumber", "reason");
        await (await admin.PostAsJsonAsync("/api/v1/watch-list", new WatchListRequest("999", "原因"), FilingSteps.Json, Ct)).ShouldNameFieldsAsync("idNumber");
        await (await admin.PostAsJsonAsync("/api/v1/watch-list/999999999/remove", new WatchListRemoval("原因"), FilingSteps.Json, Ct)).ShouldBeNotFoundAsync("WatchList.NotFound");
    }

    private static async Task<bool> IsListedAsync(SealGuardApp app, IdNumber idNumber)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WatchListRegistry>().IsListedAsync(idNumber, Ct);
    }

    private static async Task<List<string>> RawRowAsync(Web.Data.SealGuardDbContext db, long id)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM watch_list WHERE id = " + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var values = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values.Add(reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            }
        }

        return values;
    }
}
