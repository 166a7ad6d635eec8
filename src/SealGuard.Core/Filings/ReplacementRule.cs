using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>
/// 换刻 / 损坏重刻 / 遗失补刻 name the seal they replace: a seal of the same organization and type, delivered and in use
/// (or, for a lost replacement, reported lost), not claimed by another replacement. Delivering the replacement retires
/// the old seal in the same change: one still in use is surrendered (缴销) with a note naming the new seal. A lost seal
/// stays reported lost: <see cref="LifeStateRule"/> would allow its surrender, but 缴销 records that the organization
/// handed the seal in, which a lost seal was not, and 挂失 is what verification and police must keep seeing if it turns up.
/// </summary>
public static class ReplacementRule
{
    public const string Field = "replacesSealCode";

    /// <summary>Whether the reason replaces a seal (and so must name it); a new seal names none.</summary>
    public static bool NamesReplacedSeal(EngravingReason reason) => reason != EngravingReason.New;

    /// <param name="reason">The filing's reason (not New).</param>
    /// <param name="sealType">The type of the new seal.</param>
    /// <param name="organizationId">The organization of the filing.</param>
    /// <param name="replaced">The named seal, or <see langword="null"/> when no seal has that code.</param>
    /// <param name="replacements">The states of the seals that already name it as replaced, including earlier lines of the same filing.</param>
    public static CodeError? CheckReplaced(EngravingReason reason, string sealType, long organizationId, Seal? replaced, IEnumerable<(FlowState Flow, LifeState Life)> replacements)
    {
        if (replaced is null)
        {
            return RuleViolation.Of("Seal.ReplacedSealNotFound");
        }

        if (replaced.OrganizationId != organizationId || !string.Equals(replaced.Type, sealType, StringComparison.Ordinal))
        {
            return RuleViolation.Of("Seal.ReplacedSealMismatch");
        }

        var claims = replacements.Where(Claims).ToList();
        if (claims.Count > 0)
        {
            return RuleViolation.Of(claims.Exists(c => c.Flow == FlowState.Delivered) ? "Seal.AlreadyReplaced" : "Seal.ReplacementInProgress");
        }

        return replaced.Refusal(reason == EngravingReason.LostReplacement ? SealStep.ReplaceLost : SealStep.Replace);
    }

    /// <summary>A replacement claims the seal it names unless it was scrapped before delivery (a failed engraving).</summary>
    public static bool Claims((FlowState Flow, LifeState Life) replacement) =>
        replacement.Life != LifeState.Scrapped || replacement.Flow == FlowState.Delivered;

    /// <summary>On delivery of <paramref name="delivered"/>: retires the seal it replaces, as the class summary says.</summary>
    /// <param name="delivered">The replacement just delivered, with <see cref="Seal.Replaces"/> loaded.</param>
    /// <param name="actor">Who delivered.</param>
    /// <param name="now">When.</param>
    /// <returns>The seal surrendered, or <see langword="null"/>.</returns>
    public static Seal? RetireReplaced(Seal delivered, EventActor actor, DateTime now)
    {
        if (delivered.ReplacesSealId is not null && delivered.Replaces is null)
        {
            throw new InvalidOperationException($"Seal {delivered.SealCode} replaces another seal that was not loaded.");
        }

        if (delivered.Replaces is not { Life: LifeState.InUse } old)
        {
            return null;
        }

        // A delivered, in-use seal can always be surrendered (intake checked it was delivered); anything else is a bug.
        if (old.Surrender(actor, now, Messages.Get("Seal.ReplacedBy", delivered.SealCode)) is { } error)
        {
            throw new InvalidOperationException(error.Message);
        }

        return old;
    }
}
