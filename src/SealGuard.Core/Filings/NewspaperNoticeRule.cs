using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>A lost-seal replacement (遗失补刻) needs the newspaper notice (登报声明) before engraving.</summary>
public static class NewspaperNoticeRule
{
    public static CodeError? Check(Filing filing) =>
        filing.Reason != EngravingReason.LostReplacement || filing.HasDocument(DocumentKind.NewspaperNotice)
            ? null
            : RuleViolation.Of("Filing.NewspaperNoticeRequired");
}
