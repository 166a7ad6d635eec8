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
        result = TryParse(typeof(T), value, out var parsed) ? (T)parsed! : default;
        return parsed is not null;
    }

    public static bool TryParse(Type enumType, string? value, out object? result)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        result = value is not null && Enum.GetNames(enumType).Contains(value, StringComparer.Ordinal) ? Enum.Parse(enumType, value) : null;
        return result is not null;
    }
}
