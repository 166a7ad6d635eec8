using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>
/// The one table of what a seal's states allow next. <see cref="Seal"/>'s state changes refuse with it, and pages,
/// verification and intake ask it instead of comparing states themselves. It answers from the seal alone: who may take
/// a step is the actor's permission, and whether another replacement already claims a seal is
/// <see cref="ReplacementRule"/>'s question.
/// </summary>
public static class SealSteps
{
    /// <summary>The states a seal starts in when it is accepted.</summary>
    public static (FlowState Flow, LifeState Life) Accepted => (FlowState.Accepted, LifeState.InUse);

    /// <summary>Whether the seal is in force (有效): delivered and in use. Only such a seal verifies as valid.</summary>
    public static bool IsInForce(FlowState flow, LifeState life) => flow == FlowState.Delivered && life == LifeState.InUse;

    /// <summary>Why <paramref name="step"/> is not possible in these states, or <see langword="null"/> when it is.</summary>
    public static CodeError? Refusal(SealStep step, FlowState flow, LifeState life, bool hasImprint) => step switch
    {
        SealStep.Engrave => Awaiting(FlowState.Accepted, flow, life, "Seal.NotAwaitingEngraving"),
        SealStep.UploadImprint => Awaiting(FlowState.Engraved, flow, life, "Seal.NotAwaitingImprint"),
        SealStep.Deliver => Awaiting(FlowState.Engraved, flow, life, "Seal.NotAwaitingDelivery") ?? DeliveryRule.Check(hasImprint),
        SealStep.ReportLost => LifeStateRule.Check(flow, life, LifeState.ReportedLost),
        SealStep.Surrender => LifeStateRule.Check(flow, life, LifeState.Surrendered),
        SealStep.Scrap => LifeStateRule.Check(flow, life, LifeState.Scrapped),
        SealStep.Replace => IsInForce(flow, life) ? null
            : RuleViolation.Of(life == LifeState.ReportedLost ? "Seal.LostReplacementRequired" : "Seal.ReplacedSealNotInUse"),
        SealStep.ReplaceLost => life == LifeState.ReportedLost ? null : RuleViolation.Of("Seal.LostSealNotReported"),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };

    /// <summary>The steps possible in these states, in <see cref="SealStep"/> order.</summary>
    public static IReadOnlyList<SealStep> AllowedIn(FlowState flow, LifeState life, bool hasImprint) =>
        Enum.GetValues<SealStep>().Where(step => Refusal(step, flow, life, hasImprint) is null).ToList();

    /// <summary>The step that moves a seal to the life state <paramref name="target"/>, or <see langword="null"/> (none leads back to in use).</summary>
    public static SealStep? ToLifeState(LifeState target) => target switch
    {
        LifeState.ReportedLost => SealStep.ReportLost,
        LifeState.Surrendered => SealStep.Surrender,
        LifeState.Scrapped => SealStep.Scrap,
        _ => null,
    };

    /// <summary>The life state a life step leads to, or <see langword="null"/> for a step of the making.</summary>
    public static LifeState? LifeStateAfter(SealStep step) => step switch
    {
        SealStep.ReportLost => LifeState.ReportedLost,
        SealStep.Surrender => LifeState.Surrendered,
        SealStep.Scrap => LifeState.Scrapped,
        _ => null,
    };

    private static CodeError? Awaiting(FlowState awaited, FlowState flow, LifeState life, string errorCode) =>
        flow == awaited && life == LifeState.InUse ? null : RuleViolation.Of(errorCode);
}
