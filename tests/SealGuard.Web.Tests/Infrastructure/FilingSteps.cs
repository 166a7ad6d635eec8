using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Cli;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.Web.Tests.Infrastructure;

/// <summary>The API calls of the filing lifecycle as a shop terminal makes them.</summary>
public static class FilingSteps
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<IntakeResponse> FileAsync(this HttpClient client, IntakeRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/filings", await client.WithMaterialsAsync(request), Json);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<IntakeResponse>(Json))!;
    }

    /// <summary>
    /// The request with its required materials (<see cref="RequiredMaterials"/>) staged by <paramref name="client"/> and named
    /// in <c>DocumentIds</c>, as the wizard does; a request that already names its documents (even none) is left as it is.
    /// </summary>
    public static async Task<IntakeRequest> WithMaterialsAsync(this HttpClient client, IntakeRequest request)
    {
        if (request.DocumentIds is not null)
        {
            return request;
        }

        var reason = Enum.TryParse<EngravingReason>(request.Reason, out var parsed) ? parsed : EngravingReason.New;
        var ids = new List<long>();
        foreach (var kind in RequiredMaterials.For(request.Organization?.Type, reason, AgentIsLegalRepresentative(request)))
        {
            ids.Add((await client.StageDocumentAsync(kind)).Id);
        }

        return request with { DocumentIds = ids };
    }

    /// <summary>Stages one document for the signed-in user; asserts 201.</summary>
    public static async Task<StagedDocumentView> StageDocumentAsync(this HttpClient client, DocumentKind kind, byte[]? content = null, string fileName = "scan.png")
    {
        var response = await client.PostStagedDocumentAsync(kind.ToString(), content, fileName);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<StagedDocumentView>(Json))!;
    }

    public static Task<HttpResponseMessage> PostStagedDocumentAsync(this HttpClient client, string kind, byte[]? content = null, string fileName = "scan.png")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "kind" },
            { new ByteArrayContent(content ?? TestData.Png()), "file", fileName },
        };
        return client.PostAsync("/api/v1/filings/staged-documents", form);
    }

    /// <summary>As the handler decides it: the same ID number (a legacy 15-digit one counts as its 18-character form).</summary>
    private static bool AgentIsLegalRepresentative(IntakeRequest request) =>
        !IdNumber.TryParse(request.Agent?.IdNumber, out var agent, out _)
        || !IdNumber.TryParse(request.Organization?.LegalRepresentative?.IdNumber, out var legal, out _)
        || agent.Value == legal.Value;

    public static Task<HttpResponseMessage> UploadDocumentAsync(this HttpClient client, long filingId, string kind, byte[]? content = null, string fileName = "scan.png")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "kind" },
            { new ByteArrayContent(content ?? TestData.Png()), "file", fileName },
        };
        return client.PostAsync($"/api/v1/filings/{filingId}/documents", form);
    }

    public static async Task<long> EngraverIdAsync(this HttpClient client)
    {
        var shop = await client.GetFromJsonAsync<MyShopView>("/api/v1/shops/me", Json);
        return shop!.Staff.First(s => s.Role == Core.Shops.StaffRole.Engraver && s.State == Core.Shops.StaffState.Accepted).Id;
    }

    public static Task<HttpResponseMessage> EngraveAsync(this HttpClient client, string sealCode, long engraverStaffId) =>
        client.PostAsJsonAsync($"/api/v1/seals/{sealCode}/engraving", new EngravingRequest(engraverStaffId), Json);

    public static Task<HttpResponseMessage> UploadImprintAsync(this HttpClient client, string sealCode, byte[]? content = null, string fileName = "imprint.png")
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content ?? TestData.Png()), "file", fileName } };
        return client.PutAsync($"/api/v1/seals/{sealCode}/imprint", form);
    }

    public static Task<HttpResponseMessage> DeliverAsync(this HttpClient client, string sealCode, PersonInput? recipient = null) =>
        client.PostAsJsonAsync($"/api/v1/seals/{sealCode}/delivery", new DeliveryRequest(recipient ?? TestData.Person()), Json);

    /// <summary>Intake to delivery of one seal; returns its code.</summary>
    public static async Task<string> DeliverNewSealAsync(this HttpClient client, IntakeRequest? request = null)
    {
        var filing = await client.FileAsync(request ?? TestData.Intake());
        var code = filing.Seals[0].SealCode;
        await (await client.EngraveAsync(code, await client.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await client.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await client.DeliverAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        return code;
    }

    public static async Task<SealDetails> GetSealAsync(this HttpClient client, string sealCode)
    {
        var response = await client.GetAsync($"/api/v1/seals/{sealCode}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<SealDetails>(Json))!;
    }

    /// <summary>Asserts the status and shows the body (problem details) when it differs.</summary>
    public static async Task ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(expected, body);
        }
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        await response.ShouldHaveStatusAsync(expected);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A client without a token, as the public or a third-party API client: redirects are not followed, so a challenge shows as it is.</summary>
    public static HttpClient AnonymousClient(this SealGuardApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>The arguments of a <c>sealguard</c> CLI run against the app's data: Development and the app's settings, then the command.</summary>
    public static string[] CliArgs(this SealGuardApp app, params string[] command) =>
        ["--environment=Development", .. app.Settings.Where(s => s.Value is not null).Select(s => $"--{s.Key}={s.Value}"), .. command];

    /// <summary>Runs the <c>sealguard</c> CLI in-process against the app's data; returns its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunCliAsync(this SealGuardApp app, params string[] command)
    {
        using var output = new StringWriter();
        var exitCode = await CliApp.RunAsync(app.CliArgs(command), output, TestContext.Current.CancellationToken);
        return (exitCode, output.ToString());
    }

    /// <summary>Creates a user with <c>sealguard users add</c> in the app's database (password <see cref="DemoSeeder.DemoPassword"/>); returns the user name.</summary>
    public static async Task<string> AddUserAsync(this SealGuardApp app, UserRole role, string? shopCode = null, string? jurisdiction = null, bool eligible = true)
    {
        var userName = "t." + role.ToString().ToLowerInvariant() + "." + Guid.NewGuid().ToString("N")[..12];
        List<string> command = ["users", "add", "--username", userName, "--password", DemoSeeder.DemoPassword, "--role", role.ToString()];
        if (shopCode is not null)
        {
            command.AddRange(["--shop", shopCode]);
            if (eligible)
            {
                // A shop account works only linked to accepted staff of its shop (ADR 0011): by default the test user is one.
                command.AddRange(["--staff", (await app.AddAcceptedStaffAsync(shopCode)).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            }
        }

        if (jurisdiction is not null)
        {
            command.AddRange(["--jurisdiction", jurisdiction]);
        }

        var (exitCode, output) = await app.RunCliAsync([.. command]);
        exitCode.ShouldBe(0, output);
        return userName;
    }

    /// <summary>A new staff member of the shop, accepted as if filed by the police with the shop (synthetic person); its id.</summary>
    public static async Task<long> AddAcceptedStaffAsync(this SealGuardApp app, string shopCode, StaffRole role = StaffRole.Operator)
    {
        var protector = app.Services.GetRequiredService<PersonalDataProtector>();
        var person = TestData.Person();
        return await app.WithDbAsync(async db =>
        {
            var shopId = await db.Shops.Where(s => s.ShopCode == shopCode).Select(s => s.Id).SingleAsync();
            var staff = ShopStaff.Filed(shopId, protector.Protect(person.Name!, IdNumber.Parse(person.IdNumber!), person.Phone), role,
                new DateOnly(2025, 1, 2), new DateTime(2025, 1, 2, 0, 0, 0, DateTimeKind.Utc), new EventActor(0, "system"));
            db.ShopStaff.Add(staff);
            await db.SaveChangesAsync();
            return staff.Id;
        });
    }

    /// <summary>The code of a demo shop other than shop.demo's.</summary>
    public static Task<string> OtherShopCodeAsync(this SealGuardApp app) =>
        app.WithDbAsync(db => db.Shops.Where(s => s.ShopCode != DemoSeeder.DemoShopCode).OrderBy(s => s.Id).Select(s => s.ShopCode)
            .FirstAsync(TestContext.Current.CancellationToken));

    /// <summary>The audit entries about one entity, in chain order.</summary>
    public static Task<List<AuditEntry>> AuditOfAsync(this SealGuardApp app, string entityType, string entityKey) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityKey == entityKey).OrderBy(a => a.Id)
            .ToListAsync(TestContext.Current.CancellationToken));

    /// <summary>The id of the newest audit entry, to look only at what a test's own requests wrote after it.</summary>
    public static async Task<long> LastAuditIdAsync(this SealGuardApp app) =>
        await app.WithDbAsync(db => db.AuditEntries.MaxAsync(a => (long?)a.Id, TestContext.Current.CancellationToken)) ?? 0;

    /// <summary>Files an intake, attaches a power of attorney when the agent is not the legal representative, engraves, uploads the imprint and delivers to <paramref name="recipient"/>.</summary>
    public static async Task<(long FilingId, string SealCode)> DeliverNewSealToAsync(this HttpClient client, IntakeRequest request, PersonInput recipient)
    {
        var filing = await client.FileAsync(request);
        if (request.Agent?.IdNumber != request.Organization?.LegalRepresentative?.IdNumber)
        {
            await (await client.UploadDocumentAsync(filing.FilingId, "PowerOfAttorney")).ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        var code = filing.Seals[0].SealCode;
        await (await client.EngraveAsync(code, await client.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await client.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await client.DeliverAsync(code, recipient)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (filing.FilingId, code);
    }
}
