using SealGuard.Core.Synthetic;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Tests.Infrastructure.Imaging;
using SkiaSharp;

namespace SealGuard.Web.Tests.Infrastructure;

/// <summary>Fresh synthetic inputs for each test (random seed), so tests sharing an app never collide.</summary>
public static class TestData
{
    public static SyntheticData Synthetic() => new(Random.Shared.Next());

    public static PersonInput Person(string areaCode = "410702")
    {
        var data = Synthetic();
        return new PersonInput(data.PersonName(), data.IdNumber(areaCode).Value, data.MobilePhone().Value);
    }

    public static OrganizationInput Organization(string division = "410702", PersonInput? legalRepresentative = null)
    {
        var data = Synthetic();
        return new OrganizationInput(data.CreditCode(division).Value, data.CompanyName("新乡市"), "02", division, "河南省新乡市红旗区人民路1号", legalRepresentative ?? Person(division));
    }

    public static IntakeRequest Intake(OrganizationInput? organization = null, PersonInput? agent = null, string reason = "New", params string[] sealTypes)
    {
        organization ??= Organization();
        var types = sealTypes.Length == 0 ? ["01"] : sealTypes;
        return new IntakeRequest(organization, agent ?? organization.LegalRepresentative, reason,
            types.Select(t => Seal(t, organization)).ToList());
    }

    /// <summary>A seal of <paramref name="type"/> whose face passes the seal-face rule: 发票专用章 oval, 名章 square with the legal representative's name.</summary>
    public static SealInput Seal(string type, OrganizationInput organization) => type switch
    {
        "03" => new SealInput(type, "01", "02", "E4030", organization.Name + "发票专用章"),
        "05" => new SealInput(type, "04", "04", "S20", organization.LegalRepresentative!.Name + "印"),
        _ => new SealInput(type, "01", "01", "R40", organization.Name),
    };

    /// <summary>A 换刻 / 遗失补刻 / 损坏重刻 of one seal of <paramref name="type"/>, naming the seal it replaces.</summary>
    public static IntakeRequest Replacement(OrganizationInput organization, string reason, string replacesSealCode, string type = "01", PersonInput? agent = null) =>
        new(organization, agent ?? organization.LegalRepresentative, reason, [Seal(type, organization) with { ReplacesSealCode = replacesSealCode }]);

    /// <summary>A real PNG (red ring) of the given size, without a resolution (<see cref="PngAt"/> has one).</summary>
    public static byte[] Png(int width = 300, int height = 300)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height));
        surface.Canvas.Clear(SKColors.White);
        using var paint = new SKPaint { Color = SKColors.Red, Style = SKPaintStyle.Stroke, StrokeWidth = 8 };
        surface.Canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 2f - 10, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary><see cref="Png"/> with a pHYs chunk saying it was scanned at <paramref name="dpi"/>: its physical size is pixels ÷ DPI.</summary>
    public static byte[] PngAt(int width, int height, double dpi)
    {
        var ppm = TestImages.PixelsPerMeter(dpi);
        return PngTestChunks.InsertAfterIhdr(Png(width, height), "pHYs", PngTestChunks.PhysData(ppm, ppm, 1));
    }

    private const string WordCharacters = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥乾坤震巽坎离艮兑鹤鹭鸾凤麒麟貔貅";

    /// <summary>A random word of Chinese characters that no other organization name contains, for searching by name.</summary>
    public static string UniqueWord(int length = 6) =>
        new(Enumerable.Range(0, length).Select(_ => WordCharacters[Random.Shared.Next(WordCharacters.Length)]).ToArray());

    /// <summary>An organization whose name contains <paramref name="word"/>, e.g. 新乡市甲乙丙丁戊己商贸有限公司.</summary>
    public static OrganizationInput OrganizationNamed(string word, string division = "410702") =>
        Organization(division) with { Name = "新乡市" + word + "商贸有限公司" };
}
