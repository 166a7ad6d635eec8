using SealGuard.ArchitectureTests.Checking;

namespace SealGuard.ArchitectureTests;

/// <summary>The dependency graphs the rules run over, each read once.</summary>
internal static class Graphs
{
    private static readonly Lazy<DependencyGraph> CoreGraph = new(() => DependencyGraph.Of(typeof(Core.Filings.Seal).Assembly));
    private static readonly Lazy<DependencyGraph> WebGraph = new(() => DependencyGraph.Of(typeof(Web.Data.SealGuardDbContext).Assembly));
    private static readonly Lazy<DependencyGraph> FixtureGraph = new(() => DependencyGraph.Of(typeof(Graphs).Assembly));

    public static DependencyGraph Core => CoreGraph.Value;

    public static DependencyGraph Web => WebGraph.Value;

    /// <summary>This project's fixtures (Fixtures/), laid out as <see cref="Layout.Fixtures"/>.</summary>
    public static DependencyGraph Fixtures => FixtureGraph.Value;
}
