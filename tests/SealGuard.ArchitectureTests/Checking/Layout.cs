namespace SealGuard.ArchitectureTests.Checking;

/// <summary>
/// Where the layers live, by namespace. The rules read only this, so the same rule checks SealGuard itself and the
/// fixtures in this project that break it on purpose.
/// </summary>
/// <param name="Core">The domain: every rule, no framework.</param>
/// <param name="Web">The application: <c>Data</c>, <c>Features.&lt;X&gt;</c>, <c>Areas</c>, <c>Pages</c>, <c>Seeding</c>.</param>
/// <param name="SharedFeatures">
/// Features every other feature uses as a service, not a use case: audit (every change is recorded), identity (the actor
/// and its jurisdiction), personal data (the protector) and code tables (the lookups behind validation). Any public type
/// of theirs may be used.
/// </param>
public sealed record Layout(string Core, string Web, IReadOnlySet<string> SharedFeatures)
{
    public static readonly Layout SealGuard = new("SealGuard.Core", "SealGuard.Web", DefaultShared);

    public static readonly Layout Fixtures = new(
        "SealGuard.ArchitectureTests.Fixtures.Core", "SealGuard.ArchitectureTests.Fixtures.Web", DefaultShared);

    private static IReadOnlySet<string> DefaultShared => new HashSet<string>(["Audit", "Identity", "PersonalData", "CodeTables"]);

    public string Data => Web + ".Data";

    public string Features => Web + ".Features";

    public string Seeding => Web + ".Seeding";

    /// <summary>The feature a namespace belongs to (<c>Seals</c> for <c>…Features.Seals.X</c>), or null outside the features.</summary>
    public string? FeatureOf(string? ns) =>
        ns is not null && Names.IsIn(ns, Features) && ns.Length > Features.Length ? ns[(Features.Length + 1)..].Split('.')[0] : null;
}
