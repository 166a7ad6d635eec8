namespace SealGuard.Web.Infrastructure.Outcomes;

/// <summary>
/// Parses an enum from its exact member name only. <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/> also takes
/// numbers and comma lists ("New,Replacement" becomes a third value), which must never reach a rule.
/// </summary>
public static class EnumName
{
    public static bool TryParse<T>(string? value, out T result)
        where T : struct, Enum
    {
        if (value is not null && Enum.GetNames<T>().Contains(value, StringComparer.Ordinal))
        {
            result = Enum.Parse<T>(value);
            return true;
        }

        result = default;
        return false;
    }
}
