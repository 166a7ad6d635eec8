using System.Reflection;

namespace SealGuard.ArchitectureTests.Checking;

/// <summary>
/// The layering rules of docs/decisions/0001 and 0003. Each returns the offending uses as
/// "<c>Source</c> uses <c>Target</c>: why", empty when the rule holds.
/// </summary>
public static class ArchitectureRules
{
    private static readonly string[] Frameworks =
        ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Microsoft.Net.Http.Headers", "Microsoft.Data.Sqlite", "Npgsql"];

    /// <summary>(a) The domain uses no web framework, no EF Core and nothing of the application.</summary>
    public static IReadOnlyList<string> CoreIsIndependent(DependencyGraph graph, Layout layout) =>
        Uses(graph, t => Names.IsIn(t.Namespace, layout.Core), (_, target, _) =>
            Frameworks.FirstOrDefault(f => Names.IsIn(Names.NamespaceOf(target), f)) is { } framework ? $"the domain uses {framework}"
            : Names.IsIn(Names.NamespaceOf(target), layout.Web) ? "the domain uses the application" : null);

    /// <summary>
    /// (b) Persistence holds no feature behaviour. From <c>Features</c> it may use only the shape of the model: the
    /// entities (the element types of its DbContext's <c>DbSet</c>s), their EF configurations and enums. A handler,
    /// service or policy called from <c>Data</c> is the persistence layer calling up into a feature; <c>Seeding</c>
    /// (tooling built on the features) is behaviour too.
    /// </summary>
    public static IReadOnlyList<string> DataHoldsNoFeatureBehaviour(DependencyGraph graph, Layout layout)
    {
        var entities = graph.Types
            .Where(t => Names.IsIn(t.Namespace, layout.Data) && t.IsAssignableTo(typeof(Microsoft.EntityFrameworkCore.DbContext)))
            .SelectMany(t => t.GetProperties())
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Microsoft.EntityFrameworkCore.DbSet<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .ToHashSet();
        return Uses(graph, t => Names.IsIn(t.Namespace, layout.Data), (_, target, type) =>
        {
            var ns = Names.NamespaceOf(target);
            if (Names.IsIn(ns, layout.Seeding))
            {
                return "persistence calls the seeding tools";
            }

            if (!Names.IsIn(ns, layout.Features))
            {
                return null;
            }

            return type is not null && (entities.Contains(type) || type.IsEnum || IsEntityConfiguration(type))
                ? null
                : "persistence calls feature behaviour (only entities, their configurations and enums may be used)";
        });
    }

    /// <summary>(c1) A page model never touches persistence: no DbContext, unit of work or EF Core query of its own.</summary>
    public static IReadOnlyList<string> PagesUseNoPersistence(DependencyGraph graph, Layout layout) =>
        Uses(graph, IsPageModel, (_, target, _) =>
            Names.IsIn(Names.NamespaceOf(target), layout.Data) ? "a page uses persistence (ask a handler)"
            : Names.IsIn(Names.NamespaceOf(target), "Microsoft.EntityFrameworkCore") ? "a page queries with EF Core (ask a handler)"
            : null);

    /// <summary>
    /// (c2) From the features a page model uses only their contracts: handlers, view and request records, enums, and
    /// static helpers (pure functions such as code checks). Not a feature's entities or services: the page would be
    /// doing the handler's work.
    /// </summary>
    public static IReadOnlyList<string> PagesUseHandlersAndViewRecords(DependencyGraph graph, Layout layout) =>
        Uses(graph, IsPageModel, (_, target, type) =>
            !Names.IsIn(Names.NamespaceOf(target), layout.Features) || type is not null && (IsContract(type) || type is { IsAbstract: true, IsSealed: true })
                ? null
                : "a page uses a feature's entity or service (only handlers, view records, enums)");

    /// <summary>
    /// (d) A feature reaches another through that feature's public contract: its handlers, its registry (the one home
    /// through which others find or register its records, e.g. <c>OrganizationRegistry</c> for intake), its records
    /// (requests and views) and its enums. Never its internal types, its endpoints (<c>…Api</c>), its entities' EF configuration, its
    /// services or static helpers. The shared features (<see cref="Layout.SharedFeatures"/>) offer every public type.
    /// </summary>
    public static IReadOnlyList<string> FeaturesMeetThroughContracts(DependencyGraph graph, Layout layout) =>
        Uses(graph, t => layout.FeatureOf(t.Namespace) is not null, (source, _, type) =>
            type is null || layout.FeatureOf(type.Namespace) is not { } feature || feature == layout.FeatureOf(source.Namespace) ? null
            : !IsPublic(type) ? "a feature uses another feature's internal type"
            : layout.SharedFeatures.Contains(feature) ? null
            : type.Name.EndsWith("Api", StringComparison.Ordinal) ? "a feature calls another feature's endpoints"
            : IsContract(type) || type.IsClass && type.Name.EndsWith("Registry", StringComparison.Ordinal) ? null
            : "a feature uses another feature's service or helper (only its handlers, registry, records, enums)");

    private static IReadOnlyList<string> Uses(DependencyGraph graph, Func<Type, bool> sources, Func<Type, string, Type?, string?> offence) =>
        [.. graph.Types.Where(sources).OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(source => graph.UsedBy(source).Order(StringComparer.Ordinal)
                .Select(target => offence(source, target, graph.Find(target)) is { } why ? $"{source.FullName} uses {target}: {why}" : null)
                .OfType<string>())];

    private static bool IsPageModel(Type type) => type.IsAssignableTo(typeof(Microsoft.AspNetCore.Mvc.RazorPages.PageModel));

    private static bool IsContract(Type type) =>
        IsPublic(type) && (type.IsEnum || IsRecord(type) || type.IsClass && type.Name.EndsWith("Handler", StringComparison.Ordinal));

    private static bool IsPublic(Type type) => type.IsPublic || type.IsNestedPublic && IsPublic(type.DeclaringType!);

    // The compiler gives every record class an EqualityContract property; no hand-written class has one.
    private static bool IsRecord(Type type) =>
        type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly) is not null
        || type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static bool IsEntityConfiguration(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<>));
}
