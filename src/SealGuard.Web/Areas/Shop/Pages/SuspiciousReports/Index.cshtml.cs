using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.SuspiciousReports;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Shop.Pages.SuspiciousReports;

/// <summary>可疑情况报告: the shop reports what it saw (a person, an organization, a seal) and follows its own reports' state.</summary>
public sealed class IndexModel(ListSuspiciousReportsHandler list, FileSuspiciousReportHandler file) : PageModel
{
    [BindProperty]
    public SuspiciousReportRequest Report { get; set; } = new(null, null, null, null, null);

    /// <summary>Set after the redirect that follows a filed report.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Filed { get; set; }

    public FormErrors Errors { get; } = new();

    public IReadOnlyList<SuspiciousReportView> Reports { get; private set; } = [];

    private Actor Actor => Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostFileAsync(CancellationToken cancellationToken)
    {
        var outcome = await file.HandleAsync(Actor, Report, cancellationToken);
        if (outcome.IsSuccess)
        {
            return RedirectToPage(new { filed = true });
        }

        Errors.Add(outcome.Failure!);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Reports = (await list.HandleAsync(Actor, null, cancellationToken)).Value ?? [];
}
