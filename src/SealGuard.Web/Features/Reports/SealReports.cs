using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Divisions;
using SealGuard.Web.Data;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Features.Reports;

/// <summary>The report tables (统计报表), by the name they have in the API's routes.</summary>
public enum ReportKind
{
    /// <summary>Seals accepted per county-level division.</summary>
    Divisions,

    /// <summary>Seals accepted per shop.</summary>
    Shops,

    /// <summary>Seals accepted per seal type.</summary>
    SealTypes,

    /// <summary>Seals accepted per engraving reason (新刻, 换刻, …).</summary>
    Reasons,

    /// <summary>Seals accepted per China-time month.</summary>
    Months,

    /// <summary>The shop-supervision overview per division (<see cref="SupervisionReportHandler"/>).</summary>
    Supervision,
}

/// <summary>Report names in routes (<c>seal-types</c>) and back.</summary>
public static class ReportNames
{
    public static string Of(ReportKind kind) => kind switch
    {
        ReportKind.SealTypes => "seal-types",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? name, out ReportKind kind)
    {
        foreach (var candidate in Enum.GetValues<ReportKind>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>A 400 problem for a report name no table has.</summary>
    public static Failure Unknown() => BadInput("report", "Report.Unknown");

    /// <summary>A 400 problem with its own stable code (not the generic <c>Validation</c>), the message also under the field.</summary>
    public static Failure BadInput(string field, string code) =>
        new(FailureKind.Validation, code, Messages.Get(code), new Dictionary<string, string[]> { [field] = [Messages.Get(code)] });
}

/// <summary>Every report's filters: a range of China dates (both days included) and optionally a division of the jurisdiction.</summary>
public sealed record ReportFilters(DateOnly? From = null, DateOnly? To = null, string? Division = null);

/// <summary>
/// The filters made concrete: the range (default the last twelve months up to today) and the division prefixes read, the
/// officer's jurisdiction narrowed to the division asked for (a division outside it leaves nothing to read).
/// </summary>
public sealed record ReportScope(DateOnly From, DateOnly To, string? Division, IReadOnlyList<string> Prefixes)
{
    public const int MaxDays = 366 * 20;

    public static Outcome<ReportScope> Resolve(Actor actor, ReportFilters filters, TimeProvider clock)
    {
        var errors = new ValidationErrors();
        var today = ChinaTime.Today(clock);
        var to = filters.To ?? today;
        var from = filters.From ?? DateOnly.FromDateTime(ChinaTime.MonthStart(clock.GetUtcNow().UtcDateTime, 11));
        if (from > to)
        {
            errors.Add("to", Messages.Get("Audit.DateRangeReversed"));
        }
        else if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            errors.Add("from", Messages.Get("Report.RangeTooLong"));
        }

        var division = string.IsNullOrWhiteSpace(filters.Division) ? null : filters.Division.Trim();
        if (division is not null && (division.Length is not (2 or 4 or 6) || !division.All(char.IsAsciiDigit)))
        {
            errors.Add("division", Messages.Get("DivisionCode.Format"));
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        IReadOnlyList<string> prefixes = division is null
            ? actor.Jurisdiction
            : actor.Jurisdiction.Any(p => division.StartsWith(p, StringComparison.Ordinal))
                ? [division]
                : actor.Jurisdiction.Where(p => p.StartsWith(division, StringComparison.Ordinal)).ToList();
        return new ReportScope(from, to, division, prefixes);
    }

    /// <summary>The first instant of <see cref="From"/> and the first after <see cref="To"/>, as UTC.</summary>
    public (DateTime Start, DateTime End) UtcBounds => (ChinaTime.StartOfDayUtc(From), ChinaTime.StartOfDayUtc(To.AddDays(1)));
}

/// <summary>One report table of seal figures: its rows in key order (months: every month of the range, none left out).</summary>
public sealed record SealReportView(string Report, DateOnly From, DateOnly To, string? Division, long Total, IReadOnlyList<StatisticsRow> Rows);

/// <summary>
/// Seals accepted in a range of China dates, per division, shop, seal type, reason or month, within the officer's
/// jurisdiction. Read from the report counters (ADR 0012): whole months from <see cref="SealReasonMonthCount"/>, the days
/// before the first and after the last whole month from <see cref="SealDayCount"/>, each summed per key in the database.
/// </summary>
/// <remarks>The reasons' names come with the call: the CLI builds this module without the web host's localizers.</remarks>
public sealed class SealReportHandler(SealGuardDbContext db, CodeTableService codeTables, TimeProvider clock)
{
    public async Task<Outcome<SealReportView>> HandleAsync(Actor actor, ReportKind report, ReportFilters filters, IStringLocalizer<UiText> ui, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ui);
        if (!actor.Can(Capability.ViewStatistics))
        {
            return Failure.Forbidden();
        }

        if (report == ReportKind.Supervision)
        {
            return ReportNames.Unknown();
        }

        var resolved = ReportScope.Resolve(actor, filters, clock);
        if (resolved.Value is not { } scope)
        {
            return resolved.Failure!;
        }

        var rows = report switch
        {
            ReportKind.Divisions => Label(await SumAsync(scope, m => m.DivisionCode, d => d.DivisionCode, cancellationToken),
                code => DivisionCatalog.Default.Find(code)?.Name ?? code),
            ReportKind.Shops => await ShopRowsAsync(await SumAsync(scope, m => m.ShopId, d => d.ShopId, cancellationToken), cancellationToken),
            ReportKind.SealTypes => await TypeRowsAsync(await SumAsync(scope, m => m.Type, d => d.Type, cancellationToken), cancellationToken),
            ReportKind.Reasons => Label(await SumAsync(scope, m => m.Reason, d => d.Reason, cancellationToken), reason => ui["Reason." + reason].Value),
            _ => MonthRows(scope, await SumAsync(scope, m => m.Month, d => d.Day / 100, cancellationToken)),
        };
        return new SealReportView(ReportNames.Of(report), scope.From, scope.To, scope.Division, rows.Sum(r => r.Count), rows);
    }

    /// <summary>
    /// The seals of the range per key: whole months from the month counters, the edges (or a range within one month) from
    /// the day counters. At most two partial months of day rows are read, however long the range.
    /// </summary>
    private async Task<Dictionary<TKey, long>> SumAsync<TKey>(ReportScope scope, Expression<Func<SealReasonMonthCount, TKey>> monthKey,
        Expression<Func<SealDayCount, TKey>> dayKey, CancellationToken cancellationToken)
        where TKey : notnull
    {
        var firstWhole = scope.From.Day == 1 ? scope.From : new DateOnly(scope.From.Year, scope.From.Month, 1).AddMonths(1);
        var afterLastWhole = new DateOnly(scope.To.Year, scope.To.Month, 1);
        if (scope.To.AddDays(1).Day == 1)
        {
            afterLastWhole = afterLastWhole.AddMonths(1);
        }

        var sums = new Dictionary<TKey, long>();
        void Add(TKey key, long count) => sums[key] = sums.GetValueOrDefault(key) + count;

        var days = db.SealDayCounts.AsNoTracking().Where(JurisdictionFilter.For<SealDayCount>(c => c.DivisionCode, scope.Prefixes));
        var fromDay = ReportingDay.Key(scope.From);
        var toDay = ReportingDay.Key(scope.To);
        if (firstWhole >= afterLastWhole)
        {
            days = days.Where(c => c.Day >= fromDay && c.Day <= toDay);
        }
        else
        {
            var firstWholeDay = ReportingDay.Key(firstWhole);
            var afterLastWholeDay = ReportingDay.Key(afterLastWhole);
            days = days.Where(c => (c.Day >= fromDay && c.Day < firstWholeDay) || (c.Day >= afterLastWholeDay && c.Day <= toDay));
            var firstMonth = ChinaTime.MonthKeyOfChinaDate(firstWhole.ToDateTime(TimeOnly.MinValue));
            var lastMonth = ChinaTime.MonthKeyOfChinaDate(afterLastWhole.AddMonths(-1).ToDateTime(TimeOnly.MinValue));
            var months = await db.SealReasonMonthCounts.AsNoTracking()
                .Where(JurisdictionFilter.For<SealReasonMonthCount>(c => c.DivisionCode, scope.Prefixes))
                .Where(c => c.Month >= firstMonth && c.Month <= lastMonth)
                .GroupBy(monthKey)
                .Select(g => new { g.Key, Count = g.Sum(c => c.Count) })
                .ToListAsync(cancellationToken);
            months.ForEach(m => Add(m.Key, m.Count));
        }

        var edges = await days.GroupBy(dayKey).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToListAsync(cancellationToken);
        edges.ForEach(e => Add(e.Key, e.Count));
        return sums;
    }

    private static List<StatisticsRow> Label(Dictionary<string, long> sums, Func<string, string> label) =>
        sums.Where(s => s.Value != 0).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new StatisticsRow(s.Key, label(s.Key), s.Value)).ToList();

    private async Task<List<StatisticsRow>> ShopRowsAsync(Dictionary<long, long> sums, CancellationToken cancellationToken)
    {
        var ids = sums.Keys.ToList();
        var shops = await db.Shops.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => new { s.ShopCode, s.Name }, cancellationToken);
        return sums.Where(s => s.Value != 0)
            .Select(s => new StatisticsRow(shops[s.Key].ShopCode, shops[s.Key].Name, s.Value))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<List<StatisticsRow>> TypeRowsAsync(Dictionary<string, long> sums, CancellationToken cancellationToken)
    {
        var names = await codeTables.LoadAsync([CodeTable.SealType], cancellationToken);
        return Label(sums, code => names.TryGetValue((CodeTable.SealType, code), out var entry) ? entry.Name : code);
    }

    private static List<StatisticsRow> MonthRows(ReportScope scope, Dictionary<int, long> sums)
    {
        var rows = new List<StatisticsRow>();
        for (var month = new DateOnly(scope.From.Year, scope.From.Month, 1); month <= scope.To; month = month.AddMonths(1))
        {
            var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            rows.Add(new StatisticsRow(key, key, sums.GetValueOrDefault((month.Year * 100) + month.Month)));
        }

        return rows;
    }
}
