using SealGuard.Core.Codes;
using SealGuard.Core.Organizations;

namespace SealGuard.Core.Filings;

/// <summary>
/// The one wording of what a seal's states mean to someone relying on it (the public verification, a list's tag):
/// 制作中 and 尚未交付 for a seal still being made, 暂停使用 for a seal an officer suspended with a returned filing (never
/// why), 有效 only when <see cref="IsValid"/>, else the life state. A seal of a deregistered organization that was not
/// otherwise ended says that its organization is deregistered.
/// </summary>
public static class SealStanding
{
    /// <summary>Whether a relying party may trust the seal: in force (<see cref="SealSteps.IsInForce"/>), not suspended and its organization not deregistered.</summary>
    public static bool IsValid(FlowState flow, LifeState life, bool suspended = false, OrganizationState organization = OrganizationState.Active) =>
        SealSteps.IsInForce(flow, life) && !suspended && organization == OrganizationState.Active;

    /// <summary>The message key of the standing, e.g. <c>Seal.Standing.Engraved</c>.</summary>
    public static string KeyOf(FlowState flow, LifeState life, bool suspended = false, OrganizationState organization = OrganizationState.Active) => life switch
    {
        LifeState.ReportedLost => "Seal.Standing.ReportedLost",
        LifeState.Surrendered => "Seal.Standing.Surrendered",
        LifeState.Scrapped => "Seal.Standing.Scrapped",
        _ when organization == OrganizationState.Deregistered => "Seal.Standing.OrganizationDeregistered",
        _ when suspended => "Seal.Standing.Suspended",
        _ => flow switch
        {
            FlowState.Accepted => "Seal.Standing.Accepted",
            FlowState.Engraved => "Seal.Standing.Engraved",
            _ => "Seal.Standing.InForce",
        },
    };

    /// <summary>The zh-CN wording of the standing, e.g. 尚未交付（已制作，尚未交付使用单位）.</summary>
    public static string Describe(FlowState flow, LifeState life, bool suspended = false, OrganizationState organization = OrganizationState.Active) =>
        Messages.Get(KeyOf(flow, life, suspended, organization));
}
