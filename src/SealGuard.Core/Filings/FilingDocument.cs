using SealGuard.Core.Exchange;

namespace SealGuard.Core.Filings;

/// <summary>A piece of filing material (business licence scan, power of attorney…), stored in the blob store.</summary>
public sealed class FilingDocument : IFerried
{
    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }
    public long FilingId { get; private set; }
    public DocumentKind Kind { get; private set; }
    public string FileName { get; private set; } = null!;
    public string Format { get; private set; } = null!;
    public string Sha256 { get; private set; } = null!;
    public string NormalizedSha256 { get; private set; } = null!;
    public long ByteSize { get; private set; }
    public int WidthPx { get; private set; }
    public int HeightPx { get; private set; }
    public DateTime UploadedAt { get; private set; }
    public long UploadedByUserId { get; private set; }

    private FilingDocument()
    {
    }

    internal FilingDocument(DocumentKind kind, string fileName, string format, string sha256, string normalizedSha256, long byteSize, int widthPx, int heightPx, DateTime uploadedAt, long uploadedByUserId)
    {
        Key = StableKey.New(uploadedAt);
        Version = 1;
        Kind = kind;
        FileName = fileName;
        Format = format;
        Sha256 = sha256;
        NormalizedSha256 = normalizedSha256;
        ByteSize = byteSize;
        WidthPx = widthPx;
        HeightPx = heightPx;
        UploadedAt = uploadedAt;
        UploadedByUserId = uploadedByUserId;
    }
}
