using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Organizations;

namespace SealGuard.Web.Areas.Police.Pages.Organizations;

/// <summary>An organization (统一社会信用代码 or 单位编码 in the URL) with all its seals over time.</summary>
public sealed class DetailsModel(GetOrganizationSealsHandler handler) : PolicePage
{
    public OrganizationSealsView Organization { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, key, cancellationToken);
        if (outcome.Value is null)
        {
            return NotFound();
        }

        Organization = outcome.Value;
        return Page();
    }
}
