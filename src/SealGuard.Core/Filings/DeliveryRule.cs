using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>A seal is handed over only once its imprint (印模) is on file.</summary>
public static class DeliveryRule
{
    public static CodeError? Check(Seal seal) => Check(seal.Imprint is not null);

    public static CodeError? Check(bool hasImprint) => hasImprint ? null : RuleViolation.Of("Seal.ImprintRequired");
}
