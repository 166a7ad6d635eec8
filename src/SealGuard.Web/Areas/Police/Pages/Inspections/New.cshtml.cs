using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using SealGuard.Core;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Inspections;

/// <summary>
/// 登记检查, made for a phone on site: the shop, one result per item of the current check-list (a failed item needs
/// its finding), the overall opinion, photos, and the location when the browser gives it (wwwroot/js/police-inspection.js;
/// without it the coordinates may be typed or left empty). Failed items issue the rectification notice.
/// </summary>
public sealed class NewModel(ListChecklistTemplatesHandler templates, ListShopsHandler shops, RecordInspectionHandler record) : PolicePage
{
    [BindProperty(SupportsGet = true)] public string? ShopCode { get; set; }

    [BindProperty(SupportsGet = true)] public long? TemplateId { get; set; }

    [BindProperty] public InspectionForm Form { get; set; } = new();

    public IReadOnlyList<ShopListItem> Shops { get; private set; } = [];

    public IReadOnlyList<ChecklistTemplateView> Templates { get; private set; } = [];

    public ChecklistTemplateView? Template { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Form.Officers = User.FindFirstValue("display_name");
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> photos, CancellationToken cancellationToken)
    {
        var uploads = new List<PhotoUpload>();
        foreach (var photo in photos.Where(p => p.Length > 0))
        {
            uploads.Add(new PhotoUpload(photo.FileName, (await Uploads.ReadAsync(photo, cancellationToken))!));
        }

        var location = Form.Latitude is null && Form.Longitude is null && Form.AccuracyMeters is null
            ? null
            : new LocationInput(Form.Latitude, Form.Longitude, Form.AccuracyMeters, Form.LocationSource);
        var inspectedAt = Form.InspectedAt is { } local ? ChinaTime.ToUtc(local) : (DateTime?)null;
        var request = new InspectionRequest(ShopCode, TemplateId, inspectedAt, Form.Officers, location, Form.Notes,
            Form.Results.Select(r => new ItemResultInput(r.ItemId, r.Outcome, r.Note)).ToList());
        var outcome = await record.HandleAsync(Actor, request, uploads, cancellationToken);
        if (outcome.Value is { } inspection)
        {
            return Redirect($"/Police/Inspections/{inspection.Id}?done=recorded");
        }

        if (outcome.Failure!.Kind == FailureKind.NotFound)
        {
            return NotFound();
        }

        Errors.Add(outcome.Failure);
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var actor = Actor;
        var listed = await templates.HandleAsync(actor, includeSuperseded: false, cancellationToken);
        if (listed.Value is null)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Templates = listed.Value;
        Template = Templates.FirstOrDefault(t => t.Id == TemplateId) ?? (Templates.Count > 0 ? Templates[0] : null);
        TemplateId = Template?.Id;
        Shops = (await shops.HandleAsync(actor, null, null, cancellationToken)).Value ?? [];
        return Page();
    }

    /// <summary>The result the officer chose for an item, kept when the form comes back with errors.</summary>
    public ItemResultForm ResultFor(int index, long itemId) =>
        Form.Results.ElementAtOrDefault(index) is { } r && r.ItemId == itemId ? r : new ItemResultForm { ItemId = itemId };
}

/// <summary>The fields of the inspection form; <c>InspectedAt</c> as typed in China time, empty for now.</summary>
public sealed class InspectionForm
{
    public DateTime? InspectedAt { get; set; }

    public string? Officers { get; set; }

    public string? Notes { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public double? AccuracyMeters { get; set; }

    /// <summary><c>Device</c> when the browser's geolocation filled the coordinates, <c>Typed</c> otherwise.</summary>
    public string? LocationSource { get; set; }

    public List<ItemResultForm> Results { get; set; } = [];
}

public sealed class ItemResultForm
{
    public long ItemId { get; set; }

    public string? Outcome { get; set; }

    public string? Note { get; set; }
}
