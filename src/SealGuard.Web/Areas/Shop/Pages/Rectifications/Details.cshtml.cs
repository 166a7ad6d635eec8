using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Shop.Pages.Rectifications;

/// <summary>
/// One rectification of the own shop: what failed and why (finding, legal basis), the deadline, and per item the 已整改
/// mark with a note and/or a photo for the police recheck; a later mark replaces the earlier one.
/// </summary>
public sealed class DetailsModel(GetRectificationHandler handler, MarkRectificationItemHandler mark) : PageModel
{
    /// <summary>The item whose mark form was sent, so its errors show under it.</summary>
    [BindProperty] public long? ItemId { get; set; }

    [BindProperty] public string? Note { get; set; }

    /// <summary>"marked" after the redirect that follows a mark.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public RectificationDetails Rectification { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    private Actor CurrentActor() => Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostMarkAsync(long id, IFormFile? photo, CancellationToken cancellationToken)
    {
        var content = photo is { Length: > 0 } ? await Uploads.ReadAsync(photo, cancellationToken) : null;
        var outcome = await mark.HandleAsync(CurrentActor(), id, ItemId ?? 0, Note, content is null ? null : new PhotoUpload(photo!.FileName, content), cancellationToken);
        if (outcome.IsSuccess)
        {
            return Redirect($"/Shop/Rectifications/{id}?done=marked");
        }

        if (outcome.Failure!.Kind == FailureKind.NotFound && outcome.Failure.Code == "Rectification.NotFound")
        {
            return NotFound();
        }

        Errors.Add(outcome.Failure);
        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(long id, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(CurrentActor(), id, cancellationToken);
        if (outcome.Value is null)
        {
            return outcome.Failure!.Kind == FailureKind.Forbidden ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        }

        Rectification = outcome.Value;
        return Page();
    }
}
