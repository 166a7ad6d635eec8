using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Core.Divisions;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.PublicDirectory.Pages;

/// <summary>刻章店名录: anyone may look up where to have a seal engraved legally; no personal data is shown.</summary>
public sealed class ShopsModel(ShopDirectoryHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Division { get; set; }

    public IReadOnlyList<Division> Divisions { get; } = ShopDirectoryHandler.Divisions();

    public IReadOnlyList<DirectoryShop> Shops { get; private set; } = [];

    public string? DivisionError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Division, cancellationToken);
        Shops = outcome.Value ?? [];
        DivisionError = outcome.Failure?.Errors?.GetValueOrDefault("division")?.FirstOrDefault();
    }
}
