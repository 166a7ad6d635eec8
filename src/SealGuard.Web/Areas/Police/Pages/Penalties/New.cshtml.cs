using Microsoft.AspNetCore.Mvc;
using SealGuard.Core.Codes;
using SealGuard.Core.Shops;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Penalties;

/// <summary>登记行政处罚, reached from a shop's detail page: against the shop or one of its staff. Amounts are typed in yuan.</summary>
public sealed class NewModel(GetShopHandler shops, RecordPenaltyHandler record) : PolicePage
{
    [BindProperty(SupportsGet = true)]
    public string ShopCode { get; set; } = string.Empty;

    [BindProperty]
    public PenaltyForm Form { get; set; } = new();

    public ShopDetails Shop { get; private set; } = null!;

    public static IReadOnlyList<PenaltyType> Types => Enum.GetValues<PenaltyType>();

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (DayModelBinderProvider.AnyInvalid(ModelState))
        {
            return await ShowAsync(cancellationToken);
        }

        if (!PenaltyForm.TryCents(Form.AmountYuan, out var cents))
        {
            Errors.AddField("amountCents", Messages.Get("Penalty.AmountFormat"));
            return await ShowAsync(cancellationToken);
        }

        var outcome = await record.HandleAsync(Actor, new PenaltyRequest(ShopCode, Form.StaffId, Form.DecisionNumber, Form.Type, Form.LegalBasis, cents, Form.DecidedOn, Form.SuspendedFrom, Form.SuspendedTo), cancellationToken);
        if (outcome.IsSuccess)
        {
            return Redirect("/Police/Shops/" + ShopCode);
        }

        if (outcome.Failure!.Kind == FailureKind.NotFound && outcome.Failure.Code == "Shop.NotFound")
        {
            return NotFound();
        }

        Errors.Add(outcome.Failure);
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var outcome = await shops.HandleAsync(Actor, ShopCode, cancellationToken);
        if (outcome.Value is null)
        {
            return NotFound();
        }

        Shop = outcome.Value;
        return Page();
    }
}

/// <summary>The form's fields; the amount as typed in yuan (元, up to two decimals).</summary>
public sealed class PenaltyForm
{
    public long? StaffId { get; set; }

    public string? DecisionNumber { get; set; }

    public string? Type { get; set; }

    public string? LegalBasis { get; set; }

    public string? AmountYuan { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DateOnly? SuspendedFrom { get; set; }

    public DateOnly? SuspendedTo { get; set; }

    /// <summary>Yuan with at most two decimals to whole fen; empty is no amount.</summary>
    public static bool TryCents(string? yuan, out long? cents)
    {
        cents = null;
        if (string.IsNullOrWhiteSpace(yuan))
        {
            return true;
        }

        if (!decimal.TryParse(yuan.Trim(), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value) || decimal.Round(value, 2) != value || value > 1_000_000_000m)
        {
            return false;
        }

        cents = (long)(value * 100);
        return true;
    }
}
