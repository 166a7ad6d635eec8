using SealGuard.Core.CodeTables;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.CodeTables;

public static class CodeTablesApi
{
    public static RouteGroupBuilder MapCodeTablesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/code-tables").WithTags("CodeTables").RequireAuthorization();

        group.MapGet("/", () => TypedResults.Ok(Enum.GetNames<CodeTable>()))
            .WithName("ListCodeTables").WithSummary("Names of the code tables");

        group.MapGet("/{table}", async Task<IResult> (string table, CodeTableService service, CancellationToken ct) =>
            EnumName.TryParse<CodeTable>(table, out var parsed)
                ? TypedResults.Ok((await service.ListAsync(parsed, ct)).Select(CodeTableEntryView.From))
                : ApiResults.Problem(Infrastructure.Outcomes.Failure.NotFound("CodeTable.NotFound")))
            .WithName("GetCodeTable").WithSummary("Entries of one code table, in display order")
            .Produces<IEnumerable<CodeTableEntryView>>();

        group.MapPut("/{table}/{code}", async (string table, string code, CodeTableEntryInput input, Actor actor, EditCodeTableEntryHandler handler, CancellationToken ct) =>
            ApiResults.From(await handler.HandleAsync(actor, table, code, input, ct)))
            .RequireAuthorization(Policies.Admin)
            .WithName("EditCodeTableEntry").WithSummary("Add a local code or edit an entry (system administrators)")
            .Produces<CodeTableEntryView>();

        return api;
    }
}
