using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using SealGuard.Web.Features.Filings;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Tests.Infrastructure;

/// <summary>The API calls of the filing lifecycle as a shop terminal makes them.</summary>
public static class FilingSteps
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<IntakeResponse> FileAsync(this HttpClient client, IntakeRequest request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/filings", request, Json);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<IntakeResponse>(Json))!;
    }

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
        return shop!.Staff.First(s => s.Role == Core.Shops.StaffRole.Engraver).Id;
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
}
