using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Notices;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Notices;

/// <summary>One notice with its read receipts: which shops have read it (who first, when) and which not yet.</summary>
public sealed class DetailsModel(GetNoticeHandler handler) : PolicePage
{
    public NoticeDetails Notice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, id, cancellationToken);
        if (outcome.Value is null)
        {
            return outcome.Failure?.Kind == FailureKind.Forbidden ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        }

        Notice = outcome.Value;
        return Page();
    }
}
