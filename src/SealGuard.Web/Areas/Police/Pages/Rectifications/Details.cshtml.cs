using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Rectifications;

/// <summary>
/// One rectification: the failed items with their legal basis and the shop's marks, the rechecks, the printable notice,
/// and while it is open the 复查 form: each item rectified or not; all rectified closes it, otherwise a new deadline or a proposed penalty.
/// </summary>
public sealed class DetailsModel(GetRectificationHandler handler, RecheckRectificationHandler recheck) : PolicePage
{
    [BindProperty(SupportsGet = true)] public string? Back { get; set; }

    /// <summary>"rechecked" after the redirect that follows a recheck.</summary>
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    [BindProperty] public RecheckForm Form { get; set; } = new();

    public RectificationDetails Rectification { get; private set; } = null!;

    public string BackToList => Web.Pages.ListReturn.To(IndexModel.Path, Back);

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        Form.Officers = User.FindFirstValue("display_name");
        return ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        var items = Form.Items.Where(i => i.Rectified is not null).Select(i => new RecheckItemInput(i.ItemId, i.Rectified!.Value)).ToList();
        var outcome = await recheck.HandleAsync(Actor, id, new RecheckRequest(Form.Officers, Form.Notes, items, Form.Decision, Form.NewDeadline), cancellationToken);
        if (outcome.IsSuccess)
        {
            return Redirect($"/Police/Rectifications/{id}?done=rechecked");
        }

        if (outcome.Failure!.Kind == FailureKind.NotFound && outcome.Failure.Code == "Rectification.NotFound")
        {
            return NotFound();
        }

        Errors.Add(outcome.Failure);
        return await ShowAsync(id, cancellationToken);
    }

    /// <summary>What the officer chose for an item, kept when the form comes back with errors.</summary>
    public bool? RectifiedFor(long itemId) => Form.Items.FirstOrDefault(i => i.ItemId == itemId)?.Rectified;

    private async Task<IActionResult> ShowAsync(long id, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, id, cancellationToken);
        if (outcome.Value is null)
        {
            return outcome.Failure!.Kind == FailureKind.Forbidden ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        }

        Rectification = outcome.Value;
        return Page();
    }
}

/// <summary>The recheck form: each item's judgement by its rectification item id, and the decision when some are left.</summary>
public sealed class RecheckForm
{
    public string? Officers { get; set; }

    public string? Notes { get; set; }

    public List<RecheckItemForm> Items { get; set; } = [];

    /// <summary><c>Extend</c> or <c>ProposePenalty</c>; ignored when every item is rectified.</summary>
    public string? Decision { get; set; }

    public DateOnly? NewDeadline { get; set; }
}

public sealed class RecheckItemForm
{
    public long ItemId { get; set; }

    public bool? Rectified { get; set; }
}
