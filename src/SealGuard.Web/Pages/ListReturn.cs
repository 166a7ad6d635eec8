namespace SealGuard.Web.Pages;

/// <summary>
/// 返回查询 on a detail page: the list URL the list put in <c>back</c> (its search, order and page), accepted only when it
/// is that list on this site, so the parameter cannot send anyone elsewhere.
/// </summary>
public static class ListReturn
{
    public const string Parameter = "back";

    public static string To(string listPath, string? back)
    {
        ArgumentNullException.ThrowIfNull(listPath);
        if (string.IsNullOrEmpty(back) || back.Contains('\\', StringComparison.Ordinal) || back.Contains("//", StringComparison.Ordinal))
        {
            return listPath;
        }

        return string.Equals(back, listPath, StringComparison.Ordinal) || back.StartsWith(listPath + "?", StringComparison.Ordinal) ? back : listPath;
    }
}
