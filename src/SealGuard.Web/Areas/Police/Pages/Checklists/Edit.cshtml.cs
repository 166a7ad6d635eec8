using Microsoft.AspNetCore.Mvc;
using SealGuard.Core.Inspections;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Inspections;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Police.Pages.Checklists;

/// <summary>
/// A check-list's name and items, each with its legal basis (PoliceAdmin). Saving an edit writes it in place while no
/// inspection used it, otherwise as the next version (the handler decides). Rows left empty are dropped; 增加一行
/// adds rows without a script.
/// </summary>
public sealed class EditModel(ListChecklistTemplatesHandler templates, SaveChecklistTemplateHandler save) : PolicePage
{
    /// <summary>Blank rows offered below the items, to add items without a script.</summary>
    public const int BlankRows = 3;

    [BindProperty] public string? Name { get; set; }

    [BindProperty] public List<ChecklistItemForm> Items { get; set; } = [];

    /// <summary>The version being edited; null for a new check-list.</summary>
    public ChecklistTemplateView? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Name = Current?.Name;
        Items = [.. (Current?.Items ?? []).Select(i => new ChecklistItemForm { Text = i.Text, LegalBasis = i.LegalBasis })];
        Pad(BlankRows);
        return Page();
    }

    public async Task<IActionResult> OnPostAddRowAsync(long? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        Pad(Items.Count(i => i.IsBlank) + 1);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var request = new ChecklistTemplateRequest(Name, [.. Items.Where(i => !i.IsBlank).Select(i => new ChecklistItemInput(i.Text, i.LegalBasis))]);
        var actor = Actor;
        var outcome = id is { } templateId ? await save.ReviseAsync(actor, templateId, request, cancellationToken) : await save.CreateAsync(actor, request, cancellationToken);
        if (outcome.Value is { } saved)
        {
            return Redirect($"/Police/Checklists?saved={saved.Id}");
        }

        if (outcome.Failure!.Kind == FailureKind.NotFound)
        {
            return NotFound();
        }

        // The filled rows keep their order and come first, so the handler's items[k] is row k of the form shown again.
        Errors.Add(outcome.Failure);
        Pad(Math.Max(1, Items.Count(i => i.IsBlank)));
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(long? id, CancellationToken cancellationToken)
    {
        var actor = Actor;
        if (!actor.Can(Capability.ManageChecklists))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (id is { } templateId)
        {
            var outcome = await templates.GetAsync(actor, templateId, cancellationToken);
            if (outcome.Value is not { IsCurrent: true } current)
            {
                return NotFound();
            }

            Current = current;
        }

        return null;
    }

    /// <summary>Keeps the filled rows and exactly <paramref name="blank"/> empty ones after them.</summary>
    private void Pad(int blank)
    {
        Items = [.. Items.Where(i => !i.IsBlank)];
        while (blank-- > 0 && Items.Count < ChecklistTemplate.MaxItems)
        {
            Items.Add(new ChecklistItemForm());
        }
    }
}

public sealed class ChecklistItemForm
{
    public string? Text { get; set; }

    public string? LegalBasis { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(LegalBasis);
}
