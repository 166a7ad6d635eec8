using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Inspections;

namespace SealGuard.Web.Areas.Police.Pages.Checklists;

/// <summary>监督检查表 (PoliceAdmin): the current check-lists, their earlier versions on request, each item with its legal basis.</summary>
public sealed class IndexModel(ListChecklistTemplatesHandler handler) : PolicePage
{
    [BindProperty(SupportsGet = true)] public bool All { get; set; }

    /// <summary>The id of the version just saved, to say so.</summary>
    [BindProperty(SupportsGet = true)] public long? Saved { get; set; }

    public IReadOnlyList<ChecklistTemplateView> Templates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = Actor;
        if (!actor.Can(Capability.ManageChecklists))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var outcome = await handler.HandleAsync(actor, All, cancellationToken);
        Templates = outcome.Value ?? [];
        return Page();
    }
}
