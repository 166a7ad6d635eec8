using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core.Filings;
using SealGuard.Core.Shops;

namespace SealGuard.Web.Features.Intake;

/// <summary>
/// A document uploaded while the intake wizard is still open: checked and stored like any upload, bound to the shop and
/// user that uploaded it, and referred to by id when the intake is submitted, which turns it into a
/// <see cref="FilingDocument"/>. One never used expires (<see cref="StagedDocumentCleanupJob"/>).
/// </summary>
public sealed class StagedDocument
{
    /// <summary>How long an unused upload is kept: a working day at the counter, with room to spare.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public long Id { get; private set; }
    public long ShopId { get; private set; }
    /// <summary>The uploading user, as on <see cref="FilingDocument.UploadedByUserId"/> (no foreign key: the seeders act as users that are not rows).</summary>
    public long UserId { get; private set; }
    public DocumentKind Kind { get; private set; }
    public string FileName { get; private set; } = null!;
    public string Format { get; private set; } = null!;
    public string Sha256 { get; private set; } = null!;
    public string NormalizedSha256 { get; private set; } = null!;
    public string ThumbnailSha256 { get; private set; } = null!;
    public long ByteSize { get; private set; }
    public int WidthPx { get; private set; }
    public int HeightPx { get; private set; }
    public DateTime UploadedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }

    private StagedDocument()
    {
    }

    public StagedDocument(long shopId, long userId, DocumentKind kind, string fileName, string format, string sha256, string normalizedSha256, string thumbnailSha256,
        long byteSize, int widthPx, int heightPx, DateTime now)
    {
        ShopId = shopId;
        UserId = userId;
        Kind = kind;
        FileName = fileName;
        Format = format;
        Sha256 = sha256;
        NormalizedSha256 = normalizedSha256;
        ThumbnailSha256 = thumbnailSha256;
        ByteSize = byteSize;
        WidthPx = widthPx;
        HeightPx = heightPx;
        UploadedAt = now;
        ExpiresAt = now + Lifetime;
    }
}

internal sealed class StagedDocumentConfiguration : IEntityTypeConfiguration<StagedDocument>
{
    public void Configure(EntityTypeBuilder<StagedDocument> builder)
    {
        builder.ToTable("staged_documents");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.Format).HasMaxLength(8);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.Property(d => d.NormalizedSha256).HasMaxLength(64);
        builder.Property(d => d.ThumbnailSha256).HasMaxLength(64);
        builder.HasOne<EngravingShop>().WithMany().HasForeignKey(d => d.ShopId);
        builder.HasIndex(d => new { d.ShopId, d.UserId });
        builder.HasIndex(d => d.ExpiresAt);
        // Asked by the blob clean-up (DocumentBlobReferences) for every blob it would delete.
        builder.HasIndex(d => d.Sha256);
        builder.HasIndex(d => d.NormalizedSha256);
        builder.HasIndex(d => d.ThumbnailSha256);
    }
}
