using SealGuard.Core.Codes;

namespace SealGuard.Core.Filings;

/// <summary>Builds the <see cref="CodeError"/> for a broken lifecycle rule, with its zh-CN message.</summary>
public static class RuleViolation
{
    public static CodeError Of(string code) => new(code, Messages.Get(code));
}
