using Microsoft.AspNetCore.Mvc;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Shops;

namespace SealGuard.Web.Areas.Police.Pages.Penalties;

/// <summary>行政处罚 of the jurisdiction, newest first, filtered by shop, type and decision date.</summary>
public sealed class IndexModel(ListPenaltiesHandler handler) : PolicePage
{
    [BindProperty(SupportsGet = true)]
    public string? ShopCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public PenaltyPage Result { get; private set; } = new([], null);

    public static IReadOnlyList<PenaltyType> Types => Enum.GetValues<PenaltyType>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, new PenaltyFilters(ShopCode, Type, From, To, Before), cancellationToken);
        if (outcome.Value is { } page)
        {
            Result = page;
        }
        else
        {
            Errors.Add(outcome.Failure!);
        }
    }
}
