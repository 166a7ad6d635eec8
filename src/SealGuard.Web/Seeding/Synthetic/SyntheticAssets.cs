using SealGuard.Core.Filings;
using SealGuard.Core.Shops;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.SealArt;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.Web.Seeding.Synthetic;

/// <summary>
/// The few images every synthetic filing points at, stored once through <see cref="ImageUploads"/> (the inspector and
/// blob store of real uploads), so their metadata is what an upload of the same file records.
/// </summary>
internal sealed record SyntheticImages(StoredImage License, StoredImage PowerOfAttorney, StoredImage NewspaperNotice, IReadOnlyList<StoredImage> Imprints)
{
    /// <summary>The resolution imprints are drawn at, like a scanned imprint.</summary>
    public const int ImprintDpi = 600;

    public static async Task<SyntheticImages> StoreAsync(ImageUploads uploads, CancellationToken cancellationToken)
    {
        var document = DemoImages.Document();
        var license = await StoreAsync(uploads, "license.png", document, cancellationToken);
        var attorney = await StoreAsync(uploads, "attorney.png", document, cancellationToken);
        var notice = await StoreAsync(uploads, "notice.png", document, cancellationToken);
        var imprints = new List<StoredImage>();
        for (var variant = 0; variant < SyntheticPlanner.ImprintVariants; variant++)
        {
            // A load test's seals share a few drawn faces, plainly marked as samples.
            var sample = SealFace.Compose(new SealSpecification("01", "01", "01", "R40", "合成数据样章" + (char)('甲' + variant)), null, null, null);
            imprints.Add(await StoreAsync(uploads, "imprint.png", SealFaceRenderer.Png(sample, ImprintDpi), cancellationToken));
        }

        return new SyntheticImages(license, attorney, notice, imprints);
    }

    /// <summary>Through the checks and the blob store of a real upload.</summary>
    public static async Task<StoredImage> StoreAsync(ImageUploads uploads, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var checkedImage = await uploads.CheckAsync("file", fileName, content, cancellationToken);
        return checkedImage.Value is { } image
            ? await uploads.StoreAsync(image, cancellationToken)
            : throw new InvalidOperationException($"The synthetic image {fileName} was refused: {checkedImage.Failure!.Message}");
    }
}

/// <summary>A shop synthetic filings can go to, with the active engravers who may engrave its seals.</summary>
internal sealed record ShopChoice(long Id, string DivisionCode, DateTime FiledAt, IReadOnlyList<ShopStaff> Engravers)
{
    public ShopStaff Engraver(int pick) => Engravers[pick % Engravers.Count];
}

/// <summary>The accounts a shop works under: its clerk files, delivers and records losses; each engraver engraves and scans the imprint.</summary>
public sealed record ShopActors(EventActor Clerk, IReadOnlyDictionary<long, EventActor> EngraversByStaffId);

/// <summary>
/// A load that looks like a shop's real work (the demo city): the history names each shop's own users, and every seal
/// gets its own imprint, drawn from its face with its code at <paramref name="ImprintDpi"/>.
/// </summary>
public sealed record SyntheticCast(IReadOnlyDictionary<long, ShopActors> Shops, int ImprintDpi);

/// <summary>The shops of each division; a filing goes to one that was filed by then (any of the division's if none was).</summary>
internal sealed class ShopDirectory(IReadOnlyList<ShopChoice> shops)
{
    private readonly Dictionary<string, ShopChoice[]> _byDivision = shops
        .GroupBy(s => s.DivisionCode, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderBy(s => s.FiledAt).ThenBy(s => s.Id).ToArray(), StringComparer.Ordinal);

    public ShopChoice Pick(string divisionCode, DateTime at, int pick)
    {
        var shops = _byDivision[divisionCode];
        var open = 0;
        while (open < shops.Length && shops[open].FiledAt <= at)
        {
            open++;
        }

        return shops[pick % (open == 0 ? shops.Length : open)];
    }
}
