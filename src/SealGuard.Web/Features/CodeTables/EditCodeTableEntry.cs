using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.CodeTables;

public sealed record CodeTableEntryInput(string? Name, bool? IsActive, int? SortOrder);

public sealed record CodeTableEntryView(string Table, string Code, string Name, bool IsStandard, bool IsActive, int SortOrder)
{
    public static CodeTableEntryView From(CodeTableEntry e) => new(e.Table.ToString(), e.Code, e.Name, e.IsStandard, e.IsActive, e.SortOrder);
}

/// <summary>
/// An administrator adds a local code or edits one. Standard (GA 241.2) entries keep their names; closed tables
/// (whose codes the domain relies on) take no new codes.
/// </summary>
public sealed class EditCodeTableEntryHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit)
{
    public async Task<Outcome<CodeTableEntryView>> HandleAsync(Actor actor, string tableName, string code, CodeTableEntryInput input, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.EditCodeTables))
        {
            return Failure.Forbidden();
        }

        if (!EnumName.TryParse<CodeTable>(tableName, out var table))
        {
            return Failure.NotFound("CodeTable.NotFound");
        }

        var errors = new ValidationErrors();
        errors.Required("name", input.Name);
        errors.MaxLength("name", input.Name, FieldLimits.CodeTableName);
        if (code.Length is 0 or > FieldLimits.CodeTableCode || !code.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add("code", Messages.Get("CodeTable.InvalidCode"));
        }

        else if (table == CodeTable.SealSpec && SealSpecGeometry.Parse(code) is null)
        {
            // The seal-face rule and the preview read a spec's outline and size from its code.
            errors.Add("code", Messages.Get("SealFace.SpecUnreadable", code));
        }

        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        return await unitOfWork.ExecuteAsync<CodeTableEntryView>(async ct =>
        {
            var entry = await db.CodeTableEntries.SingleOrDefaultAsync(e => e.Table == table && e.Code == code, ct);
            var name = input.Name!.Trim();
            if (entry is null)
            {
                if (StandardCodeTables.Closed.Contains(table))
                {
                    return Failure.Rule("CodeTable.Closed");
                }

                entry = new CodeTableEntry(table, code, name, isStandard: false, input.SortOrder ?? 1000);
                db.CodeTableEntries.Add(entry);
            }
            else if (entry.IsStandard && name != entry.Name)
            {
                return Failure.Rule("CodeTable.StandardNameFixed");
            }

            entry.Edit(name, input.IsActive ?? entry.IsActive, input.SortOrder ?? entry.SortOrder);
            audit.Record(actor, "CodeTable.Edited", "CodeTableEntry", $"{table}/{code}", detail: $"{name};active={entry.IsActive}");
            return CodeTableEntryView.From(entry);
        }, cancellationToken);
    }
}
