using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("zh-CN")]

namespace SealGuard.Core.Codes;

/// <summary>
/// User-facing messages, keyed by a stable message code. The texts live in <c>Resources/Messages.resx</c>
/// whose neutral culture is zh-CN; every message code used in Core must have an entry there.
/// </summary>
public static class Messages
{
    private static readonly ResourceManager Resources =
        new("SealGuard.Core.Resources.Messages", typeof(Messages).Assembly);

    /// <summary>
    /// Returns the message for <paramref name="code"/> in the current UI culture (falling back to zh-CN).
    /// A code without an entry returns the code itself, so a missing text shows up without breaking the page.
    /// </summary>
    public static string Get(string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        return Resources.GetString(code, CultureInfo.CurrentUICulture) ?? code;
    }

    /// <summary>Returns the message for <paramref name="code"/> with <paramref name="args"/> formatted in the current culture.</summary>
    public static string Get(string code, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(code), args);

    /// <summary>Whether a message exists for <paramref name="code"/>.</summary>
    internal static bool Exists(string code) =>
        Resources.GetString(code, CultureInfo.InvariantCulture) is not null;
}
