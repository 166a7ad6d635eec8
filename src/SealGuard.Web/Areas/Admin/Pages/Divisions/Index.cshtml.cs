using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Core.Divisions;

namespace SealGuard.Web.Areas.Admin.Pages.Divisions;

/// <summary>行政区划: the GB/T 2260 catalog as a read-only tree (it changes only with a new data file).</summary>
public sealed class IndexModel : PageModel
{
    public DivisionCatalog Catalog { get; } = DivisionCatalog.Default;
}
