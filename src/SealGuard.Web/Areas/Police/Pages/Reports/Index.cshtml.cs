using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SealGuard.Core.Divisions;
using SealGuard.Web.Features.Reports;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Police.Pages.Reports;

/// <summary>统计报表: one report table of the jurisdiction for a range of China dates, with its chart and its Excel export.</summary>
public sealed class IndexModel(SealReportHandler seals, SupervisionReportHandler supervision, IStringLocalizer<UiText> ui) : PolicePage
{
    [BindProperty(SupportsGet = true)]
    public string? Report { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Division { get; set; }

    public ReportKind Kind { get; private set; }

    public IReadOnlyList<Division> Divisions { get; private set; } = [];

    /// <summary>The seal figures of the report asked for (every report but the supervision overview).</summary>
    public SealReportView? Seals { get; private set; }

    public SupervisionReportView? Supervision { get; private set; }

    public static IReadOnlyList<ReportKind> Kinds => Enum.GetValues<ReportKind>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var actor = Actor;
        if (!ReportNames.TryParse(Report ?? ReportNames.Of(ReportKind.Divisions), out var kind))
        {
            Errors.Add(ReportNames.Unknown());
            return Page();
        }

        Kind = kind;
        Report = ReportNames.Of(kind);
        Divisions = DivisionCatalog.Default.All
            .Where(d => d.Level == DivisionLevel.County && d.Name != "市辖区" && actor.CanSeeDivision(d.Code))
            .ToList();
        var filters = new ReportFilters(From, To, Division);
        if (kind == ReportKind.Supervision)
        {
            var outcome = await supervision.HandleAsync(actor, filters, cancellationToken);
            Supervision = outcome.Value;
            AddFailure(outcome.Failure);
        }
        else
        {
            var outcome = await seals.HandleAsync(actor, kind, filters, ui, cancellationToken);
            Seals = outcome.Value;
            AddFailure(outcome.Failure);
        }

        (From, To) = Seals is { } s ? (s.From, s.To) : Supervision is { } v ? (v.From, v.To) : (From, To);
        return Page();
    }

    private void AddFailure(Infrastructure.Outcomes.Failure? failure)
    {
        if (failure is not null)
        {
            Errors.Add(failure);
        }
    }

    /// <summary>The export of what is shown, by the same filters.</summary>
    public string ExportUrl => string.Create(CultureInfo.InvariantCulture,
        $"/api/v1/reports/{Report}/export?format=xlsx&from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}{(string.IsNullOrEmpty(Division) ? "" : "&division=" + Uri.EscapeDataString(Division))}");
}
