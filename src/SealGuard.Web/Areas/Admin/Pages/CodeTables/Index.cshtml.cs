using Microsoft.AspNetCore.Mvc;
using SealGuard.Core.CodeTables;
using SealGuard.Web.Features.CodeTables;

namespace SealGuard.Web.Areas.Admin.Pages.CodeTables;

/// <summary>代码表: pick a table (GetCodeTableHandler), edit entries (name, active, sort) or add a local code, all through EditCodeTableEntryHandler.</summary>
public sealed class IndexModel(GetCodeTableHandler codeTable, EditCodeTableEntryHandler handler) : AdminPage
{
    [BindProperty(SupportsGet = true)] public CodeTable Table { get; set; } = CodeTable.SealType;

    public IReadOnlyList<CodeTableEntryView> Entries { get; private set; } = [];

    public bool IsClosed => StandardCodeTables.Closed.Contains(Table);

    /// <summary>The row (or "new") the last failed post was about, so its input and message are shown there.</summary>
    public string? FailedCode { get; private set; }

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public bool IsActive { get; set; }
    [BindProperty] public int? SortOrder { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await codeTable.HandleAsync(Table, cancellationToken);

    public Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken) => SaveAsync(Code ?? string.Empty, IsActive, cancellationToken);

    public Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) => SaveAsync(Code?.Trim() ?? string.Empty, true, cancellationToken, isNew: true);

    private async Task<IActionResult> SaveAsync(string code, bool active, CancellationToken cancellationToken, bool isNew = false)
    {
        var outcome = await handler.HandleAsync(Actor, Table.ToString(), code, new CodeTableEntryInput(Name, active, SortOrder), cancellationToken);
        if (outcome.Value is { } saved)
        {
            Notice = $"{saved.Code} {saved.Name}";
            return RedirectToPage(null, null, new { table = Table }, "code-" + saved.Code);
        }

        Errors.Add(outcome.Failure!);
        FailedCode = isNew ? "new" : code;
        Entries = await codeTable.HandleAsync(Table, cancellationToken);
        return Page();
    }
}
