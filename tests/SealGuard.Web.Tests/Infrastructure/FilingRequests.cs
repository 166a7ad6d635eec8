using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.Codes;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.Web.Tests.Infrastructure;

/// <summary>
/// What the filing tests share beyond <see cref="FilingSteps"/>: cached sign-ins, a second shop, raw requests, assertions
/// for refusals, and code mutators that break exactly one check of a valid credit code or ID number.
/// </summary>
internal static class FilingRequests
{
    private static readonly ConditionalWeakTable<SealGuardApp, ConcurrentDictionary<string, Lazy<Task<string>>>> Tokens = [];

    /// <summary>
    /// A client signed in as a demo user, reusing one token per user and app: checking the password hash costs
    /// more than most of the requests a test makes.
    /// </summary>
    public static async Task<HttpClient> SignInAsync(this SealGuardApp app, string userName)
    {
        var tokens = Tokens.GetValue(app, _ => new ConcurrentDictionary<string, Lazy<Task<string>>>(StringComparer.Ordinal));
        var token = await tokens.GetOrAdd(userName, user => new Lazy<Task<string>>(async () =>
            (await app.LoginAsync(user)).DefaultRequestHeaders.Authorization!.Parameter!)).Value;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Posts an intake with its required materials staged (<see cref="FilingSteps.WithMaterialsAsync"/>) unless it names its documents.</summary>
    public static async Task<HttpResponseMessage> PostIntakeAsync(this HttpClient client, IntakeRequest request) =>
        await client.PostAsJsonAsync("/api/v1/filings", await client.WithMaterialsAsync(request), FilingSteps.Json);

    public static Task<HttpResponseMessage> PostRawJsonAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    /// <summary>挂失 / 缴销 / 报废 with the box ticked and a reason (a default one when <paramref name="note"/> is null).</summary>
    public static Task<HttpResponseMessage> ChangeLifeStateAsync(this HttpClient client, string sealCode, string route, string? note = null, bool? confirmed = true) =>
        client.PostAsJsonAsync($"/api/v1/seals/{sealCode}/{route}", new LifeStateRequest(note ?? "经核实办理", confirmed), FilingSteps.Json);

    public static async Task<SealStateView> ReadStateAsync(this HttpResponseMessage response)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SealStateView>(FilingSteps.Json))!;
    }

    /// <summary>Files one seal and engraves it with an engraver of the signed-in shop; returns the filing.</summary>
    public static async Task<IntakeResponse> FileAndEngraveAsync(this HttpClient client, IntakeRequest? request = null)
    {
        var filing = await client.FileAsync(request ?? TestData.Intake());
        await (await client.EngraveAsync(filing.Seals[0].SealCode, await client.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        return filing;
    }

    /// <summary>A 409 problem whose <c>code</c> extension names the broken rule.</summary>
    public static async Task<JsonElement> ShouldBeRefusedAsync(this HttpResponseMessage response, string code)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("status").GetInt32().ShouldBe(409);
        return problem;
    }

    /// <summary>A 400 validation problem naming each of <paramref name="fields"/> in <c>errors</c>; returns the errors.</summary>
    public static async Task<Dictionary<string, string[]>> ShouldNameFieldsAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("code").GetString().ShouldBe("Validation");
        var errors = problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
        foreach (var field in fields)
        {
            errors.Keys.ShouldContain(field, $"errors were: {string.Join(", ", errors.Keys)}");
            errors[field].ShouldNotBeEmpty();
        }

        return errors;
    }

    public static async Task<JsonElement> ShouldBeNotFoundAsync(this HttpResponseMessage response, string code)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        problem.GetProperty("code").GetString().ShouldBe(code);
        return problem;
    }

    /// <summary>
    /// Signs in as an operator of a demo shop other than the demo shop (a user created for the test), so a test can
    /// own seals the demo shop must not reach.
    /// </summary>
    public static async Task<HttpClient> LoginOtherShopAsync(this SealGuardApp app)
    {
        var shopCode = await app.WithDbAsync(db => db.Shops.Where(s => s.ShopCode != DemoSeeder.DemoShopCode).OrderBy(s => s.Id).Select(s => s.ShopCode).FirstAsync());
        var userName = "other." + Guid.NewGuid().ToString("N")[..12];
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<AddUserHandler>();
            var created = await users.AddAsync(Actor.System,
                new NewUser(userName, userName, DemoSeeder.DemoPassword, UserRole.ShopOperator, shopCode, [], StaffId: await app.AddAcceptedStaffAsync(shopCode)), CancellationToken.None);
            created.IsSuccess.ShouldBeTrue(created.Failure?.Message);
        }

        return await app.LoginAsync(userName);
    }

    /// <summary>An active engraver of another shop than the demo shop.</summary>
    public static Task<long> OtherShopEngraverIdAsync(this SealGuardApp app) =>
        app.WithDbAsync(async db =>
        {
            var demoShopId = await db.Shops.Where(s => s.ShopCode == DemoSeeder.DemoShopCode).Select(s => s.Id).SingleAsync();
            return await db.ShopStaff.Where(s => s.ShopId != demoShopId && s.Role == StaffRole.Engraver && s.State == StaffState.Accepted)
                .OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        });

    /// <summary>The same credit code with a different (wrong) GB 32100 check character at position 18.</summary>
    public static string WithWrongCheckCharacter(string creditCode)
    {
        var wrong = creditCode[17] == '0' ? '1' : '0';
        return creditCode[..17] + wrong;
    }

    /// <summary>
    /// A credit code whose embedded organization code (positions 9–17) fails its GB 11714 check, while position 18 is
    /// recomputed so only the organization-code check fails.
    /// </summary>
    public static string WithBrokenOrganizationCheck(string creditCode)
    {
        var wrongOrgCheck = creditCode[16] == '0' ? '1' : '0';
        var first17 = creditCode[..16] + wrongOrgCheck;
        return first17 + CreditCode.ComputeCheckCharacter(first17);
    }

    /// <summary>The same ID number with a different (wrong) check character.</summary>
    public static string WithBadCheckDigit(string idNumber)
    {
        var wrong = idNumber[17] == '0' ? '1' : '0';
        return idNumber[..17] + wrong;
    }

    /// <summary>A person with a legacy 15-digit ID number (born 19yy), and the 18-character form it stands for.</summary>
    public static (PersonInput Legacy, string Full) LegacyPerson(string areaCode = "410702")
    {
        var sequence = Random.Shared.Next(1, 1000).ToString("000", CultureInfo.InvariantCulture);
        var legacy = areaCode + "800101" + sequence;
        var first17 = areaCode + "19800101" + sequence;
        var person = TestData.Person(areaCode);
        return (person with { IdNumber = legacy }, first17 + IdNumber.ComputeCheckCharacter(first17));
    }

    /// <summary>The masked form GET shows: the first 6 and the last 4 characters.</summary>
    public static string Masked(string idNumber) => idNumber[..6] + "********" + idNumber[14..];
}
