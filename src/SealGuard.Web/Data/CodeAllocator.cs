using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Data;

/// <summary>
/// Hands out per-division serials (seal codes, organization and shop codes) inside the caller's transaction.
/// The statement is <see cref="DatabaseDialect.AllocateSerialsAsync"/>, shared with the bulk loader. A division whose
/// serial space is used up is refused with the kind's 409 rule and nothing is written; from 90 % of the space on every
/// allocation logs a warning.
/// </summary>
public sealed partial class CodeAllocator(SealGuardDbContext db, Jurisdiction jurisdiction, ILogger<CodeAllocator> logger)
{
    /// <exception cref="InvalidOperationException">No unit of work is open, or the division is not a county of the jurisdiction (callers validate first).</exception>
    public async Task<Outcome<int>> NextAsync(CodeKind kind, string divisionCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Codes are allocated inside a unit of work.");
        }

        if (!jurisdiction.Allows(divisionCode))
        {
            // The last line of defence: a code outside the area would be invisible to its officers and collide with another system's.
            throw new InvalidOperationException($"Division {divisionCode} is not a county-level division of the jurisdiction {jurisdiction.Prefix}; no {kind.Key} code is allocated there.");
        }

        if (await db.Dialect.AllocateSerialsAsync(db.Database, kind.Key, divisionCode, 1, kind.MaxSerial, cancellationToken) is not { } serial)
        {
            LogExhausted(kind.Key, divisionCode);
            return Failure.Rule(kind.Exhausted(divisionCode));
        }

        if (kind.IsNearlyExhausted(serial))
        {
            LogNearlyExhausted(kind.Key, divisionCode, serial, kind.Remaining(serial));
        }

        return serial;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Division {Division} is nearly out of {Kind} codes: serial {Serial} handed out, {Remaining} left (see `sealguard codes status`)")]
    private partial void LogNearlyExhausted(string kind, string division, int serial, int remaining);

    [LoggerMessage(Level = LogLevel.Error, Message = "Division {Division} has no {Kind} code left; the request was refused")]
    private partial void LogExhausted(string kind, string division);
}
