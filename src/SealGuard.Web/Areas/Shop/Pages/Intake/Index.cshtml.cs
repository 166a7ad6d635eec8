using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.Organizations;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Features.Validation;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Pages;

namespace SealGuard.Web.Areas.Shop.Pages.Intake;

/// <summary>
/// 受理 wizard: one form whose steps a script shows one at a time (without script all steps show). Each document is
/// staged as it is chosen (the script uploads it at once; without script the post stages it) and the intake refers to
/// the staged ids, so a refused post keeps every upload. 下一步 asks the intake handler's own checks.
/// </summary>
public sealed class IndexModel(FileIntakeHandler intake, StageDocumentHandler staging, GetCodeTableHandler codeTable, ShopStandingHandler standing) : PageModel
{
    /// <summary>The documents the wizard offers, in the order shown: the organization's certificates, then the people's papers and the rest.</summary>
    public static readonly DocumentKind[] DocumentKinds =
    [
        DocumentKind.BusinessLicense, DocumentKind.InstitutionCertificate, DocumentKind.RegistrationCertificate, DocumentKind.ApprovalDocument,
        DocumentKind.LegalRepIdCard, DocumentKind.AgentIdCard, DocumentKind.PowerOfAttorney, DocumentKind.NewspaperNotice, DocumentKind.Other,
    ];

    /// <summary>Whether a kind is one of the organization certificates, of which the organization type needs exactly one.</summary>
    public static bool IsCertificate(DocumentKind kind) => kind is DocumentKind.BusinessLicense or DocumentKind.InstitutionCertificate or DocumentKind.RegistrationCertificate or DocumentKind.ApprovalDocument;

    /// <summary>The staged documents the form refers to (kept across a refused post).</summary>
    [BindProperty]
    public List<long> DocumentIds { get; set; } = [];

    public IReadOnlyList<StagedDocumentView> Staged { get; private set; } = [];

    /// <summary>The materials the order needs as filled in (the script asks the handler again as the order changes).</summary>
    public IReadOnlyList<DocumentKind> Required => RequiredMaterials.For(Org.Type, EnumName.TryParse<EngravingReason>(Reason, out var reason) ? reason : EngravingReason.New,
        AgentIsLegalRepresentative || string.IsNullOrWhiteSpace(Agent.IdNumber) || string.Equals(Agent.IdNumber.Trim(), Org.LegalRepresentative.IdNumber?.Trim(), StringComparison.OrdinalIgnoreCase));

    [BindProperty]
    public OrganizationForm Org { get; set; } = new();

    [BindProperty]
    public PersonForm Agent { get; set; } = new();

    [BindProperty]
    public bool AgentIsLegalRepresentative { get; set; }

    [BindProperty]
    public string? Reason { get; set; } = nameof(EngravingReason.New);

    [BindProperty]
    public List<SealForm> Seals { get; set; } = [];

    public FormErrors Errors { get; } = new();

    /// <summary>A suspended or closed shop sees why instead of the form (the handler would refuse the order anyway).</summary>
    public ShopStandingView? Standing { get; private set; }

    public IReadOnlyDictionary<CodeTable, IReadOnlyList<CodeTableEntryView>> Tables { get; private set; } = new Dictionary<CodeTable, IReadOnlyList<CodeTableEntryView>>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Rows already bound stay: a post refused for its text is shown again through this handler (TextInputPageFilter).
        if (Seals.Count == 0)
        {
            Seals = [new SealForm { Type = "01", Material = "01", Shape = "01", Spec = "R40" }];
        }

        await LoadTablesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var actor = Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString());

        // Files posted with the form (no script) are staged first, so they too survive a refusal.
        var refusedFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in DocumentKinds)
        {
            var file = Request.Form.Files.GetFile("Document_" + kind);
            if (await Uploads.ReadAsync(file, cancellationToken) is not { Length: > 0 } content)
            {
                continue;
            }

            var staged = await staging.HandleAsync(actor, kind.ToString(), file!.FileName, content, cancellationToken);
            if (staged.Value is { } document)
            {
                DocumentIds.Add(document.Id);
            }
            else
            {
                refusedFiles[FileIntakeHandler.DocumentField(kind)] = staged.Failure!.Errors?.Values.SelectMany(m => m).FirstOrDefault() ?? staged.Failure.Message;
            }
        }

        var legalRepresentative = Org.LegalRepresentative.ToInput();
        var agent = AgentIsLegalRepresentative
            ? new PersonInput(legalRepresentative.Name, legalRepresentative.IdNumber, string.IsNullOrWhiteSpace(Agent.Phone) ? legalRepresentative.Phone : Agent.Phone)
            : Agent.ToInput();
        var request = new IntakeRequest(
            new OrganizationInput(Org.CreditCode?.Trim().ToUpperInvariant(), Org.Name, Org.Type, Org.DivisionCode?.Trim(), Org.Address, legalRepresentative),
            agent,
            Reason,
            Seals.Select(s => new SealInput(s.Type, s.Material, s.Shape, s.Spec, s.Text, s.ReplacesSealCode)).ToList(),
            DocumentIds);
        // A refused file is not filed without: the order is only checked, and the file's own error shown under it.
        var outcome = refusedFiles.Count == 0 ? await intake.HandleAsync(actor, request, cancellationToken) : (Outcome<IntakeResponse>?)null;
        if (outcome?.Value is not { } filing)
        {
            if (outcome?.Failure is { } failure)
            {
                Errors.Add(failure);
            }
            else if ((await intake.CheckAsync(actor, request, cancellationToken)).Value is { Valid: false } check)
            {
                Errors.Add(new Failure(FailureKind.Validation, check.Code!, check.Message!, check.Errors));
            }

            foreach (var (field, message) in refusedFiles)
            {
                Errors.AddField(field, message);
            }

            Staged = await staging.ListAsync(actor, DocumentIds, cancellationToken);
            DocumentIds = [.. Staged.Select(d => d.Id)];
            await LoadTablesAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage("Receipt", new { filingId = filing.FilingId });
    }

    /// <summary>The county-level divisions of the jurisdiction (the only ones intake accepts), each with its province and prefecture, for the 省 → 市 → 区县 choice.</summary>
    public IReadOnlyList<DivisionPath> DivisionPaths => _divisionPaths ??= [.. HttpContext.RequestServices.GetRequiredService<Jurisdiction>().CountyPaths];

    private IReadOnlyList<DivisionPath>? _divisionPaths;

    /// <summary>The path of the division filled in, or of the only province and prefecture there are when none is; <see langword="null"/> parts are left to choose.</summary>
    public (Division? Province, Division? Prefecture) DivisionChoice
    {
        get
        {
            if (DivisionPaths.FirstOrDefault(p => p.County.Code == Org.DivisionCode?.Trim()) is { } chosen)
            {
                return (chosen.Province, chosen.Prefecture);
            }

            var provinces = DivisionPaths.Select(p => p.Province).Distinct().ToList();
            var prefectures = DivisionPaths.Select(p => p.Prefecture).Distinct().ToList();
            return (provinces.Count == 1 ? provinces[0] : null, provinces.Count == 1 && prefectures.Count == 1 ? prefectures[0] : null);
        }
    }

    /// <summary>For each type and shape (<c>"01|01"</c>), the spec codes that fit (<see cref="SealFaceRule.SpecFits"/>), as the script filters the spec choice by them.</summary>
    public IReadOnlyDictionary<string, string[]> SpecsByTypeAndShape =>
        (from type in Tables[CodeTable.SealType]
         from shape in Tables[CodeTable.SealShape]
         select (Key: type.Code + "|" + shape.Code, Specs: Tables[CodeTable.SealSpec].Where(spec => SealSpecGeometry.Parse(spec.Code) is { } g && SealFaceRule.SpecFits(type.Code, shape.Code, g)).Select(spec => spec.Code).ToArray()))
        .ToDictionary(x => x.Key, x => x.Specs, StringComparer.Ordinal);

    /// <summary>The row's seal face drawn by the server (the script refreshes it from the same endpoint as the row changes).</summary>
    public string PreviewSvg(SealForm seal) =>
        CodeValidation.PreviewSvg(
            new SealFaceRequest(seal.Type, seal.Material, seal.Shape, seal.Spec, seal.Text, Org.Name, Org.LegalRepresentative.Name, Org.CreditCode, Org.DivisionCode),
            HttpContext.RequestServices.GetRequiredService<Jurisdiction>());

    /// <summary>Live check of one code as typed; the same Core parser as on submit. A POST: the value may be an ID number, which stays out of URLs.</summary>
    public IActionResult OnPostValidate([FromForm] string? kind, [FromForm] string? value, [FromServices] Jurisdiction jurisdiction) =>
        kind is not null && CodeValidation.Check(kind, value, jurisdiction) is { } check ? new JsonResult(check) : NotFound();

    /// <summary>What the system already knows about an organization, to fill in the first step.</summary>
    public async Task<IActionResult> OnGetOrganizationAsync(string? creditCode, [FromServices] OrganizationLookupHandler lookup, CancellationToken cancellationToken)
    {
        var outcome = await lookup.HandleAsync(Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString()), creditCode, cancellationToken);
        return outcome.Value is { } organization ? new JsonResult(organization) : NotFound();
    }

    private async Task LoadTablesAsync(CancellationToken cancellationToken)
    {
        Standing = (await standing.GetAsync(Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken)).Value;
        var tables = new Dictionary<CodeTable, IReadOnlyList<CodeTableEntryView>>();
        foreach (var table in new[] { CodeTable.OrganizationType, CodeTable.SealType, CodeTable.SealMaterial, CodeTable.SealShape, CodeTable.SealSpec })
        {
            tables[table] = (await codeTable.HandleAsync(table, cancellationToken)).Where(e => e.IsActive).ToList();
        }

        Tables = tables;
        if (Seals.Count == 0)
        {
            Seals.Add(new SealForm());
        }
    }

    public sealed class OrganizationForm
    {
        public string? CreditCode { get; set; }
        public string? Name { get; set; }
        public string? Type { get; set; }
        public string? DivisionCode { get; set; }
        public string? Address { get; set; }
        public PersonForm LegalRepresentative { get; set; } = new();
    }

    public sealed class PersonForm
    {
        public string? Name { get; set; }
        public string? IdNumber { get; set; }
        public string? Phone { get; set; }

        public PersonInput ToInput() => new(Name, IdNumber, Phone);
    }

    public sealed class SealForm
    {
        public string? Type { get; set; }
        public string? Material { get; set; }
        public string? Shape { get; set; }
        public string? Spec { get; set; }
        public string? Text { get; set; }

        /// <summary>The seal this one replaces (换刻 / 遗失补刻 / 损坏重刻).</summary>
        public string? ReplacesSealCode { get; set; }
    }
}
