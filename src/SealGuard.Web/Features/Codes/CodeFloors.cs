using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Codes;

/// <summary>One division's new floor: allocation continues at <see cref="Floor"/> + 1.</summary>
public sealed record CodeFloorChange(string Kind, string DivisionCode, int Floor, int PreviousLastValue);

/// <summary>One row of <c>sealguard codes status</c>.</summary>
public sealed record CodeSequenceStatus(string Kind, string DivisionCode, string DivisionName, int LastValue, int Floor, int Remaining, bool NearlyExhausted);

/// <summary>
/// Per-division floors for taking over from the system being replaced: the highest serial it issued in a division, so
/// SealGuard never re-issues a code already engraved. A floor only raises the sequence (it must exceed the last serial
/// handed out), is audited in the hash-chained log, and an import applies every line or none.
/// </summary>
public sealed class CodeFloorsHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, Jurisdiction jurisdiction)
{
    /// <summary>The kinds a floor can be set for: seal codes and organization codes (shops are few and filed by the police).</summary>
    public static readonly IReadOnlyList<CodeKind> FloorKinds = [CodeKind.Seal, CodeKind.Organization];

    public Task<Outcome<IReadOnlyList<CodeFloorChange>>> SetAsync(Actor actor, string? kind, string? divisionCode, string? floor, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var parsedKind = ParseKind(errors, kind);
        var entry = ParseEntry(errors, "division", "floor", divisionCode, floor, parsedKind);
        return errors.HasErrors ? Task.FromResult<Outcome<IReadOnlyList<CodeFloorChange>>>(errors.ToFailure()) : ApplyAsync(actor, parsedKind!, [entry!.Value], cancellationToken);
    }

    /// <summary>Reads <c>division,floor</c> lines (an optional <c>division,floor</c> header, blank lines and <c># comments</c> skipped); every line is checked before anything is written.</summary>
    public Task<Outcome<IReadOnlyList<CodeFloorChange>>> ImportAsync(Actor actor, string? kind, TextReader csv, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var errors = new ValidationErrors();
        var parsedKind = ParseKind(errors, kind);
        var entries = new List<(DivisionCode Division, int Floor)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        while (csv.ReadLine() is { } line)
        {
            number++;
            var text = line.Trim().TrimStart('\uFEFF');
            if (text.Length == 0 || text.StartsWith('#') || (number == 1 && text.StartsWith("division", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var field = string.Create(CultureInfo.InvariantCulture, $"line {number}");
            var parts = text.Split(',', StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                errors.Add(field, Messages.Get("CodeFloor.InvalidLine", number));
                continue;
            }

            if (ParseEntry(errors, field, field, parts[0], parts[1], parsedKind) is { } entry)
            {
                if (seen.Add(entry.Division.Value))
                {
                    entries.Add(entry);
                }
                else
                {
                    errors.Add(field, Messages.Get("CodeFloor.DuplicateDivision", entry.Division.Value));
                }
            }
        }

        if (entries.Count == 0 && !errors.HasErrors)
        {
            errors.Add("file", Messages.Get("CodeFloor.ImportEmpty"));
        }

        return errors.HasErrors ? Task.FromResult<Outcome<IReadOnlyList<CodeFloorChange>>>(errors.ToFailure()) : ApplyAsync(actor, parsedKind!, entries, cancellationToken);
    }

    /// <summary>Every division with a sequence: last serial, floor, what is left, and whether 90 % of the space is used.</summary>
    public async Task<IReadOnlyList<CodeSequenceStatus>> StatusAsync(CancellationToken cancellationToken)
    {
        var rows = await db.CodeSequences.AsNoTracking().OrderBy(s => s.Kind).ThenBy(s => s.DivisionCode).ToListAsync(cancellationToken);
        var catalog = DivisionCatalog.Default;
        return rows.Where(r => CodeKind.Find(r.Kind) is not null).Select(r =>
        {
            var kind = CodeKind.Find(r.Kind)!;
            return new CodeSequenceStatus(r.Kind, r.DivisionCode, catalog.DisplayName(r.DivisionCode), r.LastValue, r.Floor, kind.Remaining(r.LastValue), kind.IsNearlyExhausted(r.LastValue));
        }).ToList();
    }

    private Task<Outcome<IReadOnlyList<CodeFloorChange>>> ApplyAsync(Actor actor, CodeKind kind, List<(DivisionCode Division, int Floor)> entries, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync<IReadOnlyList<CodeFloorChange>>(async ct =>
        {
            var changes = new List<CodeFloorChange>();
            var refused = new List<CodeError>();
            foreach (var (division, floor) in entries)
            {
                var code = division.Value;
                await db.Database.ExecuteSqlAsync($"INSERT INTO code_sequences (kind, division_code, last_value, floor) VALUES ({kind.Key}, {code}, 0, 0) ON CONFLICT DO NOTHING", ct);
                var previous = await LastValueAsync(kind, code, ct);

                // The condition in the UPDATE (not the read above) decides, so a concurrent allocation can never be undercut.
                var raised = await db.Database.ExecuteSqlAsync(
                    $"UPDATE code_sequences SET floor = {floor}, last_value = {floor} WHERE kind = {kind.Key} AND division_code = {code} AND last_value < {floor}", ct);
                if (raised == 0)
                {
                    refused.Add(new CodeError("CodeFloor.NotRaised", Messages.Get("CodeFloor.NotRaised", code, await LastValueAsync(kind, code, ct), floor)));
                    continue;
                }

                changes.Add(new CodeFloorChange(kind.Key, code, floor, previous));
                audit.Record(actor, "CodeFloor.Raised", "CodeSequence", kind.Key + "/" + code,
                    detail: string.Create(CultureInfo.InvariantCulture, $"floor={floor};previous={previous}"));
            }

            return refused.Count switch
            {
                0 => changes,
                1 when entries.Count == 1 => Failure.Rule(refused[0]),
                _ => Failure.Validation(new Dictionary<string, string[]> { ["floor"] = [.. refused.Select(e => e.Message)] }),
            };
        }, cancellationToken);

    private Task<int> LastValueAsync(CodeKind kind, string divisionCode, CancellationToken cancellationToken) =>
        db.CodeSequences.AsNoTracking().Where(s => s.Kind == kind.Key && s.DivisionCode == divisionCode).Select(s => s.LastValue).SingleAsync(cancellationToken);

    private static CodeKind? ParseKind(ValidationErrors errors, string? kind)
    {
        var found = FloorKinds.FirstOrDefault(k => k.Key == kind);
        if (found is null)
        {
            errors.Add("kind", Messages.Get("CodeFloor.InvalidKind", kind ?? string.Empty));
        }

        return found;
    }

    private (DivisionCode Division, int Floor)? ParseEntry(ValidationErrors errors, string divisionField, string floorField, string? divisionCode, string? floor, CodeKind? kind)
    {
        var division = errors.Parse<DivisionCode>(divisionField, divisionCode?.Trim(), jurisdiction.TryParseFilingDivision);
        var max = kind?.MaxSerial ?? CodeKind.Seal.MaxSerial;
        if (!int.TryParse(floor?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > max)
        {
            errors.Add(floorField, Messages.Get("CodeFloor.InvalidFloor", max));
            return null;
        }

        return division is { } parsed ? (parsed, value) : null;
    }
}
