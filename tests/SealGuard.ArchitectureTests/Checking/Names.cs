namespace SealGuard.ArchitectureTests.Checking;

internal static class Names
{
    /// <summary>True for the namespace itself and every namespace under it.</summary>
    public static bool IsIn(string? ns, string prefix) =>
        ns is not null && (ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal));

    /// <summary>The namespace of a full type name (<c>A.B.C+Nested</c> → <c>A.B</c>).</summary>
    public static string? NamespaceOf(string fullName)
    {
        var outer = fullName.Split('+')[0];
        var dot = outer.LastIndexOf('.');
        return dot < 0 ? null : outer[..dot];
    }
}
