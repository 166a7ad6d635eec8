namespace SealGuard.Web.Hosting;

/// <summary>
/// The nodes a module runs on (architecture.md, "Zones"): the shop zone on the VPN private network, the police zone on
/// the intranet. <see cref="All"/> is both: the single-process deployment runs every module.
/// </summary>
[Flags]
public enum NodeRole
{
    Shop = 1,
    Police = 2,
    All = Shop | Police,
}

public static class NodeRoles
{
    /// <summary>The configured <c>SealGuard:Role</c> as a node role; only <c>all</c> runs until the split deployment is built.</summary>
    public static NodeRole Parse(string configured) => string.Equals(configured, "all", StringComparison.OrdinalIgnoreCase)
        ? NodeRole.All
        // The split deployment (shop zone / police zone with the gatekeeper ferry) is not built yet: say so rather than half-run.
        : throw new SealGuardConfigurationException($"SealGuard:Role '{configured}' is not supported yet; use 'all'.");

    public static bool RunsOn(this IFeatureModule module, NodeRole node) => (module.Roles & node) != 0;
}
