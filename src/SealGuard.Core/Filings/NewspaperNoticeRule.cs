using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>A lost-seal replacement (遗失补刻) needs the newspaper notice (登报声明) before engraving.</summary>
public static class NewspaperNoticeRule
{
    /// <summary>Whether a filing for <paramref name="reason"/> needs the notice (<see cref="RequiredMaterials"/> asks this too).</summary>
    public static bool Requires(EngravingReason reason) => reason == EngravingReason.LostReplacement;

    public static CodeError? Check(Filing filing) =>
        !Requires(filing.Reason) || filing.HasDocument(DocumentKind.NewspaperNotice)
            ? null
            : RuleViolation.Of("Filing.NewspaperNoticeRequired");
}
