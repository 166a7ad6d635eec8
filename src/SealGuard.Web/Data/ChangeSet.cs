using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SealGuard.Core.Filings;

namespace SealGuard.Web.Data;

/// <summary>One row a unit of work's save wrote: how, its values before (for a change or removal) and as saved (generated keys included).</summary>
public sealed class EntityChange
{
    private readonly PropertyValues? _original;
    private readonly PropertyValues _saved;
    private readonly HashSet<string> _modified;

    internal EntityChange(object entity, EntityState state, PropertyValues? original, PropertyValues saved, HashSet<string> modified)
    {
        Entity = entity;
        State = state;
        _original = original;
        _saved = saved;
        _modified = modified;
    }

    public object Entity { get; }

    /// <summary><see cref="EntityState.Added"/>, <see cref="EntityState.Modified"/> or <see cref="EntityState.Deleted"/>.</summary>
    public EntityState State { get; }

    public bool IsModified(string property) => _modified.Contains(property);

    /// <summary>The value the row had before this save; an added row has none.</summary>
    public TValue Original<TValue>(string property) =>
        (_original ?? throw new InvalidOperationException($"An added {Entity.GetType().Name} has no original values.")).GetValue<TValue>(property);

    /// <summary>The value as this save wrote it (a key the database generated is known here).</summary>
    public TValue Saved<TValue>(string property) => _saved.GetValue<TValue>(property);
}

/// <summary>Everything a unit of work's saves wrote through EF, in save order; one entity appears once per save that wrote it.</summary>
public sealed class ChangeSet
{
    private readonly List<EntityChange> _entries = [];

    public IReadOnlyList<EntityChange> Entries => _entries;

    public IEnumerable<EntityChange> Of<TEntity>() => _entries.Where(e => e.Entity is TEntity);

    internal void Add(EntityChange change) => _entries.Add(change);
}

/// <summary>A seal as the bulk loader wrote it: what the counters and the next participants need to know of it.</summary>
public sealed record BulkSeal(string DivisionCode, long ShopId, string Type, LifeState Life, DateTime AcceptedAt, string SealCode, EngravingReason Reason, string OrganizationName, bool FilingHasNewspaperNotice);

/// <summary>What one bulk batch wrote around EF; the writer adds to it, the participants read it before the batch commits.</summary>
public sealed class BulkBatch
{
    private readonly List<BulkSeal> _seals = [];

    public IReadOnlyList<BulkSeal> Seals => _seals;

    public void Wrote(Seal seal) => _seals.Add(new BulkSeal(seal.DivisionCode, seal.ShopId, seal.Type, seal.Life, seal.AcceptedAt, seal.SealCode, seal.Reason, seal.OrganizationName,
        seal.Filing.HasDocument(DocumentKind.NewspaperNotice)));
}
