using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Intake;

/// <summary>A document upload that passed its checks, not yet stored.</summary>
public sealed record CheckedDocument(DocumentKind Kind, CheckedImage Image);

/// <summary>The checks of every document upload (staged in the wizard or attached to a filing) before anything is stored.</summary>
public static class DocumentUploads
{
    /// <summary>A known document kind, then the hostile-upload checks of every image.</summary>
    public static async Task<Outcome<CheckedDocument>> CheckDocumentAsync(this ImageUploads uploads, string? kind, string? fileName, byte[] content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploads);
        if (!EnumName.TryParse<DocumentKind>(kind, out var documentKind))
        {
            return Failure.Validation("kind", new CodeError("Document.InvalidKind", Messages.Get("Document.InvalidKind")));
        }

        var checkedImage = await uploads.CheckAsync("file", fileName, content, cancellationToken);
        return checkedImage.Value is { } image ? new CheckedDocument(documentKind, image) : checkedImage.Failure!;
    }
}
