using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Areas.Shop.Pages.Intake;

/// <summary>备案回执: the filing with its allocated seal codes, printable on one A4 page (print.css) or as a PDF, each seal with its public verification link as a QR code.</summary>
public sealed class ReceiptModel(GetFilingReceiptHandler handler, PublicBaseUrl publicBaseUrl) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long FilingId { get; set; }

    /// <summary>Document kinds that failed to upload right after intake (comma separated), to be uploaded again.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Failed { get; set; }

    public FilingReceipt Receipt { get; private set; } = null!;

    public IReadOnlyList<DocumentKind> FailedDocuments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor.FromPrincipal(User, HttpContext.Connection.RemoteIpAddress?.ToString()), FilingId, "page", cancellationToken);
        if (outcome.Value is not { } receipt)
        {
            return outcome.Failure!.Kind == FailureKind.Forbidden ? Forbid() : NotFound();
        }

        Receipt = receipt;
        FailedDocuments = (Failed ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(k => EnumName.TryParse<DocumentKind>(k, out var kind) ? kind : (DocumentKind?)null)
            .OfType<DocumentKind>()
            .Where(k => !receipt.Documents.Contains(k))
            .ToList();
        return Page();
    }

    /// <summary>The absolute public verification address of a seal, on the configured public base URL (in the QR code only: it is too long to type).</summary>
    public string VerificationUrl(string sealCode) => publicBaseUrl.Verification(sealCode, Receipt.OrgName);

    /// <summary>The public site where a seal code can be typed in.</summary>
    public string VerificationSite => publicBaseUrl.Value.AbsoluteUri;

    public static string QrDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
