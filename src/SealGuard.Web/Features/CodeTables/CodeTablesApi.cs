using Microsoft.AspNetCore.Http.HttpResults;
using SealGuard.Core.CodeTables;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Features.CodeTables;

public static class CodeTablesApi
{
    public static RouteGroupBuilder MapCodeTablesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/code-tables").WithTags("CodeTables").RequireAuthorization();

        group.MapGet("/", () => TypedResults.Ok(Enum.GetNames<CodeTable>()))
            .WithName("ListCodeTables").WithSummary("Names of the code tables");

        group.MapGet("/{table}", async Task<Results<Ok<IEnumerable<CodeTableEntryView>>, NotFoundProblem>> (string table, GetCodeTableHandler handler, CancellationToken ct) =>
        {
            var outcome = await handler.HandleAsync(table, ct);
            return outcome.Value is { } entries ? TypedResults.Ok<IEnumerable<CodeTableEntryView>>(entries) : NotFoundProblem.From(outcome.Failure!);
        })
            .WithName("GetCodeTable").WithSummary("Entries of one code table, in display order");

        group.MapPut("/{table}/{code}", async (string table, string code, CodeTableEntryInput input, Actor actor, EditCodeTableEntryHandler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(actor, table, code, input, ct)).Or<BadRequestProblem, NotFoundProblem, ConflictProblem>())
            .RequireCapability(Capability.EditCodeTables)
            .WithName("EditCodeTableEntry").WithSummary("Add a local code or edit an entry (system administrators)");

        return api;
    }
}
