using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Inspections;

/// <summary>Inspection steps over the API: the default check-list, an inspection with chosen failed items, a shop of a county.</summary>
internal static class InspectionSteps
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<ChecklistTemplateView> DefaultTemplateAsync(this HttpClient police) =>
        (await police.GetFromJsonAsync<List<ChecklistTemplateView>>("/api/v1/checklist-templates", FilingSteps.Json, Ct))!
            .First(t => t.Name == Core.Inspections.DefaultChecklist.Name);

    /// <summary>An inspection request with every item passed except the positions in <paramref name="failed"/>.</summary>
    public static InspectionRequest Request(ChecklistTemplateView template, string shopCode, params int[] failed) =>
        new(shopCode, template.Id, null, "张伟、李强", new LocationInput(35.3030, 113.9268, 12, "Device"), "现场检查",
            template.Items.Select(i => new ItemResultInput(i.Id, failed.Contains(i.Position) ? "Fail" : "Pass", failed.Contains(i.Position) ? $"第{i.Position}项存在问题" : null)).ToList());

    public static async Task<InspectionDetails> InspectAsync(this HttpClient police, string shopCode, params int[] failed)
    {
        var template = await police.DefaultTemplateAsync();
        var response = await police.PostAsJsonAsync("/api/v1/inspections", Request(template, shopCode, failed), FilingSteps.Json, Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<InspectionDetails>(FilingSteps.Json, Ct))!;
    }

    public static async Task<RectificationDetails> RectificationAsync(this HttpClient client, long id) =>
        (await client.GetFromJsonAsync<RectificationDetails>($"/api/v1/rectifications/{id}", FilingSteps.Json, Ct))!;

    public static Task<HttpResponseMessage> MarkAsync(this HttpClient shop, long rectificationId, long itemId, string? note, byte[]? photo = null, string fileName = "fixed.png")
    {
        var form = new MultipartFormDataContent();
        if (note is not null)
        {
            form.Add(new StringContent(note), "note");
        }

        if (photo is not null)
        {
            form.Add(new ByteArrayContent(photo), "file", fileName);
        }

        return shop.PostAsync($"/api/v1/rectifications/{rectificationId}/items/{itemId}/rectified", form, Ct);
    }

    public static Task<string> ShopCodeInAsync(this SealGuardApp app, string division) =>
        app.WithDbAsync(db => db.Shops.Where(s => s.DivisionCode == division).OrderBy(s => s.Id).Select(s => s.ShopCode).FirstAsync(Ct));
}
