namespace SealGuard.Core.Filings;

/// <summary>印模 metadata (GA 241.3 data items); the bytes live in the blob store, addressed by SHA-256.</summary>
public sealed record Imprint(
    string OriginalSha256,
    string NormalizedSha256,
    string ThumbnailSha256,
    string Format,
    long ByteSize,
    int WidthPx,
    int HeightPx,
    double? DpiX,
    double? DpiY,
    DateTime UploadedAt);
