using Microsoft.AspNetCore.Http.HttpResults;
using SealGuard.Core.Divisions;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Divisions;

public sealed record DivisionView(string Code, string Name, string? ParentCode, DivisionLevel Level, string FullName);

/// <summary>GB/T 2260 divisions, read-only (they change only with a new data file).</summary>
public static class DivisionsApi
{
    public static RouteGroupBuilder MapDivisionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/divisions").WithTags("Divisions").RequireAuthorization();
        var catalog = DivisionCatalog.Default;

        group.MapGet("/", (string? parent) => TypedResults.Ok(catalog.ChildrenOf(string.IsNullOrWhiteSpace(parent) ? null : parent).Select(d => View(catalog, d))))
            .WithName("ListDivisions").WithSummary("Child divisions of a parent (provinces when no parent is given)");

        group.MapGet("/for-filing", (Jurisdiction jurisdiction) => TypedResults.Ok(jurisdiction.Counties.Select(d => View(catalog, d))))
            .WithName("ListFilingDivisions").WithSummary("The county-level divisions of the configured jurisdiction: the only ones intake accepts and allocates codes in");

        group.MapGet("/{code}", Results<Ok<DivisionView>, NotFoundProblem> (string code) => catalog.Find(code) is { } d
                ? TypedResults.Ok(View(catalog, d))
                : NotFoundProblem.From(Failure.NotFound("Division.NotFound")))
            .WithName("GetDivision").WithSummary("One division by its six-digit code");
        return api;
    }

    private static DivisionView View(DivisionCatalog catalog, Division d) => new(d.Code, d.Name, d.ParentCode, d.Level, catalog.FullName(d.Code));
}
