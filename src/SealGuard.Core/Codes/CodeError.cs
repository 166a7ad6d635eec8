namespace SealGuard.Core.Codes;

/// <summary>
/// A user-facing validation problem.
/// </summary>
/// <param name="Code">A stable machine key, e.g. <c>CreditCode.CheckCharacter</c>; the key of the message in <c>Resources/Messages.resx</c>.</param>
/// <param name="Message">The zh-CN text shown to the user.</param>
public sealed record CodeError(string Code, string Message)
{
    /// <summary>Creates the error for <paramref name="code"/> with its message from <see cref="Messages"/>.</summary>
    internal static CodeError Of(string code) => new(code, Messages.Get(code));

    /// <summary>Creates the error for <paramref name="code"/> with its message formatted with <paramref name="args"/>.</summary>
    internal static CodeError Of(string code, params object[] args) => new(code, Messages.Get(code, args));
}
