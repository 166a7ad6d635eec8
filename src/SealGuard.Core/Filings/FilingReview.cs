using System.Linq.Expressions;
using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>
/// The one home of the police review (核验) rules. A filing is reviewed once it is complete: under 国发〔2017〕7号 the
/// filing reports the organization, the applicant and the 印模 after engraving, so without every imprint there is
/// nothing to check (印模不清 could not even be judged). Only a pending filing (filed, or resubmitted after a return)
/// takes a decision; a returned one waits for the shop, a checked one is done. A return lets the shop correct what the
/// shop supplied — the materials, the imprints and the agent's phone and the organization's address — never the
/// organization's identity (name, credit code, legal representative) nor a seal's code or face: those make a different
/// filing. The seals stay usable unless the officer suspends them with the return; checking the filing lifts that.
/// </summary>
public static class FilingReview
{
    /// <summary>
    /// Complete for review: at least one seal with its imprint, and no seal in use still without one. An expression, so
    /// the review queue asks the database the same question (<see cref="IsComplete"/> asks it of a loaded filing).
    /// </summary>
    public static readonly Expression<Func<Filing, bool>> Complete = f =>
        f.Seals.Any(s => s.Imprint != null) && !f.Seals.Any(s => s.Life == LifeState.InUse && s.Imprint == null);

    private static readonly Func<Filing, bool> CompleteInMemory = Complete.Compile();

    public static bool IsComplete(Filing filing) => CompleteInMemory(filing);

    /// <summary>Why the filing cannot take a decision now, or <see langword="null"/>.</summary>
    public static CodeError? DecisionRefusal(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        if (filing.ReviewState != ReviewState.Pending)
        {
            return RuleViolation.Of("Review.NotPending");
        }

        return IsComplete(filing) ? null : RuleViolation.Of("Review.Incomplete");
    }

    /// <summary>Why the shop cannot resubmit (only a returned filing is corrected and resubmitted), or <see langword="null"/>.</summary>
    public static CodeError? ResubmissionRefusal(Filing filing)
    {
        ArgumentNullException.ThrowIfNull(filing);
        return filing.ReviewState == ReviewState.Returned ? null : RuleViolation.Of("Review.NotReturned");
    }

    /// <summary>
    /// Whether a seal may take a new imprint as a correction although its making is past that step: its filing is returned
    /// and the seal is still in use (a lost or cancelled seal's imprint is history).
    /// </summary>
    public static bool AllowsImprintCorrection(Filing filing, Seal seal)
    {
        ArgumentNullException.ThrowIfNull(filing);
        ArgumentNullException.ThrowIfNull(seal);
        return filing.ReviewState == ReviewState.Returned && seal.Life == LifeState.InUse && seal.Imprint is not null;
    }

    /// <summary>The reasons of a return: at least one, each once; 其他 only with a note (<see cref="ReturnReason.Other"/>).</summary>
    public static CodeError? ReasonsRefusal(IReadOnlyCollection<ReturnReason> reasons, string? note)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        if (reasons.Count == 0)
        {
            return RuleViolation.Of("Review.ReasonRequired");
        }

        return reasons.Contains(ReturnReason.Other) && string.IsNullOrWhiteSpace(note) ? RuleViolation.Of("Review.OtherNeedsNote") : null;
    }

    /// <summary>The reasons as stored and shown, in <see cref="ReturnReason"/> order: "资料不全、印模不清".</summary>
    public static string Describe(IEnumerable<ReturnReason> reasons) =>
        string.Join("、", reasons.Distinct().Order().Select(r => Messages.Get("ReturnReason." + r)));
}
