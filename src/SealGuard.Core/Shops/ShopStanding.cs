using SealGuard.Core.Codes;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Shops;

/// <summary>A period (China calendar days, both ends included) in which a 停业整顿 penalty suspends a shop.</summary>
public readonly record struct SuspensionPeriod(DateOnly From, DateOnly To)
{
    public bool Covers(DateOnly day) => From <= day && day <= To;
}

/// <summary>
/// What a shop's state allows, the one home of the rule: the effective state is the state police set, or Suspended
/// while a 停业整顿 period covers the day (computed from the clock, so the block starts and ends exactly with the
/// period without a job flipping it); a shop that is not Normal takes no intakes and does no seal work (engraving,
/// imprint, delivery, loss and surrender).
/// </summary>
public static class ShopStanding
{
    public const string SuspendedCode = "Shop.Suspended";
    public const string ClosedCode = "Shop.Closed";
    public const string ClosedIsFinalCode = "Shop.ClosedIsFinal";
    public const string StateUnchangedCode = "Shop.StateUnchanged";
    public const string EffectiveInFutureCode = "Shop.StateEffectiveInFuture";

    public static ShopState Effective(ShopState set, IEnumerable<SuspensionPeriod> periods, DateOnly today) =>
        set == ShopState.Normal && periods.Any(p => p.Covers(today)) ? ShopState.Suspended : set;

    /// <summary>Why a shop in <paramref name="effective"/> state may not take an intake or work a seal; <see langword="null"/> when it may.</summary>
    public static CodeError? SealWorkRefusal(ShopState effective) => effective switch
    {
        ShopState.Normal => null,
        ShopState.Suspended => RuleViolation.Of(SuspendedCode),
        _ => RuleViolation.Of(ClosedCode),
    };

    /// <summary>
    /// Whether police may move a shop from <paramref name="from"/> to <paramref name="to"/> effective <paramref name="effectiveOn"/>:
    /// Closed is final (注销: a closed business files anew, under a new filing, to reopen), a change must change something,
    /// and it takes effect today or records a decision already taken, never a future one (a future stop is a 停业整顿 penalty with its period).
    /// </summary>
    public static CodeError? ChangeRefusal(ShopState from, ShopState to, DateOnly effectiveOn, DateOnly today) =>
        from == ShopState.Closed ? RuleViolation.Of(ClosedIsFinalCode)
        : from == to ? RuleViolation.Of(StateUnchangedCode)
        : effectiveOn > today ? RuleViolation.Of(EffectiveInFutureCode)
        : null;
}
