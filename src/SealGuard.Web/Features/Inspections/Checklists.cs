using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Inspections;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Inspections;

public sealed record ChecklistItemView(long Id, int Position, string Text, string LegalBasis);

/// <summary>One version of a check-list; <c>number</c> is its version, <c>isCurrent</c> false once a later version replaced it.</summary>
public sealed record ChecklistTemplateView(long Id, string Name, int Number, bool IsCurrent, DateTime CreatedAt, string CreatedBy, IReadOnlyList<ChecklistItemView> Items)
{
    internal static ChecklistTemplateView From(ChecklistTemplate t) =>
        new(t.Id, t.Name, t.Number, t.IsCurrent, t.CreatedAt, t.CreatedBy, t.Items.OrderBy(i => i.Position).Select(i => new ChecklistItemView(i.Id, i.Position, i.Text, i.LegalBasis)).ToList());
}

/// <summary>A check-list as the administrator writes it: its name and its items in order.</summary>
public sealed record ChecklistTemplateRequest(string? Name, IReadOnlyList<ChecklistItemInput>? Items);

public sealed record ChecklistItemInput(string? Text, string? LegalBasis);

/// <summary>The check-lists: current versions for inspecting, all versions on request; templates are city-wide (one set of rules).</summary>
public sealed class ListChecklistTemplatesHandler(SealGuardDbContext db)
{
    public async Task<Outcome<IReadOnlyList<ChecklistTemplateView>>> HandleAsync(Actor actor, bool includeSuperseded, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.Inspect) && !actor.Can(Capability.ManageChecklists))
        {
            return Failure.Forbidden();
        }

        var query = db.ChecklistTemplates.AsNoTracking().Include(t => t.Items).AsQueryable();
        if (!includeSuperseded)
        {
            query = query.Where(t => t.SupersededAt == null);
        }

        var rows = await query.OrderBy(t => t.Name).ThenByDescending(t => t.Number).ToListAsync(cancellationToken);
        return rows.Select(ChecklistTemplateView.From).ToList();
    }

    public async Task<Outcome<ChecklistTemplateView>> GetAsync(Actor actor, long id, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.Inspect) && !actor.Can(Capability.ManageChecklists))
        {
            return Failure.Forbidden();
        }

        var template = await db.ChecklistTemplates.AsNoTracking().Include(t => t.Items).SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return template is null ? Failure.NotFound("Checklist.NotFound") : ChecklistTemplateView.From(template);
    }
}

/// <summary>
/// Creates a check-list, or revises one: in place while no inspection used it, otherwise as its next version (the old
/// version stays, superseded, with the inspections that used it). Two revisions at once: one wins, the other is refused.
/// </summary>
public sealed class SaveChecklistTemplateHandler(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider clock)
{
    public async Task<Outcome<ChecklistTemplateView>> CreateAsync(Actor actor, ChecklistTemplateRequest request, CancellationToken cancellationToken)
    {
        if (Check(actor, request) is { } refused)
        {
            return refused;
        }

        return await unitOfWork.ExecuteAsync<ChecklistTemplateView>(async ct =>
        {
            var template = ChecklistTemplate.Create(request.Name!.Trim(), Items(request), actor.UserName, clock.GetUtcNow().UtcDateTime);
            db.ChecklistTemplates.Add(template);
            await db.SaveChangesAsync(ct);
            audit.Record(actor, "Checklist.Created", "ChecklistTemplate", template.Id.ToString(CultureInfo.InvariantCulture), detail: $"{template.Name} v{template.Number}");
            return ChecklistTemplateView.From(template);
        }, cancellationToken);
    }

    public async Task<Outcome<ChecklistTemplateView>> ReviseAsync(Actor actor, long id, ChecklistTemplateRequest request, CancellationToken cancellationToken)
    {
        if (Check(actor, request) is { } refused)
        {
            return refused;
        }

        return await unitOfWork.ExecuteAsync<ChecklistTemplateView>(async ct =>
        {
            var template = await db.ChecklistTemplates.Include(t => t.Items).SingleOrDefaultAsync(t => t.Id == id, ct);
            if (template is null)
            {
                return Failure.NotFound("Checklist.NotFound");
            }

            if (!template.IsCurrent)
            {
                return Failure.Rule("Checklist.Superseded");
            }

            var used = await db.Inspections.AnyAsync(i => i.TemplateId == id, ct);
            var revised = template.Revise(request.Name!.Trim(), Items(request), used, actor.UserName, clock.GetUtcNow().UtcDateTime);
            if (!ReferenceEquals(revised, template))
            {
                db.ChecklistTemplates.Add(revised);
            }

            await db.SaveChangesAsync(ct);
            audit.Record(actor, "Checklist.Revised", "ChecklistTemplate", revised.Id.ToString(CultureInfo.InvariantCulture),
                detail: used ? $"{revised.Name} v{revised.Number} (v{template.Number} superseded)" : $"{revised.Name} v{revised.Number}");
            return ChecklistTemplateView.From(revised);
        }, cancellationToken);
    }

    private static Failure? Check(Actor actor, ChecklistTemplateRequest request)
    {
        if (!actor.Can(Capability.ManageChecklists))
        {
            return Failure.Forbidden();
        }

        var errors = ChecklistTemplate.Check(request.Name, request.Items is null ? null : Items(request));
        return errors.Count == 0 ? null : InspectionErrors.Validation(errors);
    }

    private static List<ChecklistItemText> Items(ChecklistTemplateRequest request) =>
        (request.Items ?? []).Select(i => new ChecklistItemText(i?.Text ?? string.Empty, i?.LegalBasis ?? string.Empty)).ToList();
}

/// <summary>Start-up: a deployment without any check-list gets the default one (<see cref="DefaultChecklist"/>).</summary>
public sealed class DefaultChecklistSeeder(SealGuardDbContext db, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.ChecklistTemplates.AnyAsync(cancellationToken))
        {
            return;
        }

        db.ChecklistTemplates.Add(DefaultChecklist.Create(Actor.System.UserName, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbConflicts.IsConflict(exception))
        {
            // Another instance seeded it at the same moment (the default's lineage and number are unique).
        }
    }
}
