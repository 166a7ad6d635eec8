using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.People;
using SealGuard.Web.Data;
using SealGuard.Web.Features.PersonalData;

namespace SealGuard.Web.Features.WatchList;

/// <summary>
/// The question the watch-list alert rule asks: is this person on the list? An exact match of the blind index
/// (<see cref="PersonRecord.IdNumberIndex"/>, as every stored person carries it) against the active entries, one
/// index seek; nothing is decrypted and no ID number is handled.
/// </summary>
public sealed class WatchListRegistry(SealGuardDbContext db, PersonalDataProtector protector)
{
    /// <summary>Whether the person of this blind index (e.g. an agent's or recipient's <see cref="PersonRecord.IdNumberIndex"/>) is on the active watch list.</summary>
    public Task<bool> IsListedAsync(string idNumberIndex, CancellationToken cancellationToken) =>
        db.WatchList.AsNoTracking().AnyAsync(e => e.IdNumberIndex == idNumberIndex && e.RemovedAt == null, cancellationToken);

    /// <inheritdoc cref="IsListedAsync(string, CancellationToken)"/>
    public Task<bool> IsListedAsync(PersonRecord person, CancellationToken cancellationToken) =>
        IsListedAsync(person.IdNumberIndex, cancellationToken);

    /// <summary>Whether the person of this ID number is on the active watch list.</summary>
    public Task<bool> IsListedAsync(IdNumber idNumber, CancellationToken cancellationToken) =>
        IsListedAsync(protector.BlindIndex(idNumber), cancellationToken);

    /// <summary>Which of these blind indexes (an intake's agent and recipient at once) are on the active watch list.</summary>
    public async Task<IReadOnlySet<string>> ListedAmongAsync(IReadOnlyCollection<string> idNumberIndexes, CancellationToken cancellationToken)
    {
        if (idNumberIndexes.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var listed = await db.WatchList.AsNoTracking().Where(e => idNumberIndexes.Contains(e.IdNumberIndex) && e.RemovedAt == null)
            .Select(e => e.IdNumberIndex).ToListAsync(cancellationToken);
        return listed.ToHashSet(StringComparer.Ordinal);
    }
}
