using SealGuard.Core.CodeTables;

namespace SealGuard.Core.Filings;

/// <summary>How the inscription is set: along the ring (round, oval), in columns read right to left (square 名章), or in lines (rectangle).</summary>
public enum SealTextLayout
{
    Ring = 1,
    Columns = 2,
    Lines = 3,
}

/// <summary>What sits in the middle of the face.</summary>
public enum SealCentre
{
    None = 0,

    /// <summary>The five-point star of 国发〔1999〕25号.</summary>
    Star = 1,

    /// <summary>The 18-character taxpayer number (the credit code) of a 发票专用章.</summary>
    TaxNumber = 2,
}

/// <summary>Where the 13-digit seal code is engraved.</summary>
public enum SealCodePlacement
{
    /// <summary>Not on the face: a 钢印 (steel seal) carries no seal code (standards.md §2.2).</summary>
    None = 0,

    /// <summary>Along the lower arc inside the border of a round or oval seal.</summary>
    BottomArc = 1,

    /// <summary>In a line along the lower edge inside the border of a square or rectangular seal.</summary>
    BottomEdge = 2,
}

/// <summary>
/// The composition of a seal face, the one model the wizard's preview (and imprint drawings) draw from: outline and size
/// from the spec, the inscription and its layout, the centre element, the purpose line under it, and the seal code.
/// </summary>
/// <param name="Outline">The outline shape.</param>
/// <param name="WidthMm">Width in millimetres (the diameter of a round seal).</param>
/// <param name="HeightMm">Height in millimetres.</param>
/// <param name="Text">The inscription as set (for special-purpose seals without the purpose words, which go to <paramref name="PurposeLine"/>).</param>
/// <param name="Layout">How <paramref name="Text"/> is set.</param>
/// <param name="Centre">The centre element.</param>
/// <param name="CentreText">The taxpayer number when <paramref name="Centre"/> is <see cref="SealCentre.TaxNumber"/>.</param>
/// <param name="PurposeLine">The horizontal line below the centre, e.g. 发票专用章; <see langword="null"/> for none.</param>
/// <param name="SealCode">The 13-digit code to engrave (a placeholder before allocation); <see langword="null"/> when not engraved.</param>
/// <param name="CodePlacement">Where <paramref name="SealCode"/> goes.</param>
public sealed record SealFace(
    SealOutline Outline,
    int WidthMm,
    int HeightMm,
    string Text,
    SealTextLayout Layout,
    SealCentre Centre,
    string? CentreText,
    string? PurposeLine,
    string? SealCode,
    SealCodePlacement CodePlacement)
{
    /// <summary>The serial shown before a code is allocated: serial 0 is never handed out.</summary>
    public const string PlaceholderSerial = "0000000";

    /// <summary>Material code of steel (钢): a 钢印 carries no seal code.</summary>
    public const string SteelMaterial = "03";

    /// <summary>Stands for the taxpayer number until a valid credit code is known.</summary>
    public const string PlaceholderTaxNumber = "000000000000000000";

    /// <summary>The purpose words of the special-purpose seals, set as a line below the centre.</summary>
    private static readonly Dictionary<string, string> PurposeLines = new(StringComparer.Ordinal)
    {
        ["02"] = "财务专用章",
        [SealFaceRule.InvoiceSeal] = "发票专用章",
        ["04"] = "合同专用章",
    };

    /// <summary>Composes the face of a seal as specified.</summary>
    /// <param name="seal">The seal's type, material, shape, spec and inscription.</param>
    /// <param name="taxNumber">The organization's credit code (for a 发票专用章); <see langword="null"/> shows a placeholder.</param>
    /// <param name="sealCode">The allocated code, or <see langword="null"/> before allocation.</param>
    /// <param name="divisionCode">The organization's division, for the placeholder code before allocation.</param>
    public static SealFace Compose(SealSpecification seal, string? taxNumber, string? sealCode, string? divisionCode)
    {
        ArgumentNullException.ThrowIfNull(seal);
        var outline = SealSpecGeometry.OutlineOf(seal.Shape) ?? SealSpecGeometry.Parse(seal.Spec)?.Outline ?? SealOutline.Round;
        var geometry = SealSpecGeometry.Parse(seal.Spec) is { } spec && spec.Outline == outline ? spec : SealSpecGeometry.Default(outline);
        var curved = outline is SealOutline.Round or SealOutline.Oval;
        var invoice = seal.Type == SealFaceRule.InvoiceSeal;

        var text = seal.Text.Trim();
        var purpose = PurposeLines.GetValueOrDefault(seal.Type);
        if (purpose is not null && curved)
        {
            text = text.EndsWith(purpose, StringComparison.Ordinal) ? text[..^purpose.Length] : text;
        }
        else
        {
            purpose = null;
        }

        var centre = (curved, invoice, seal.Type) switch
        {
            (true, true, _) => SealCentre.TaxNumber,
            (true, false, SealFaceRule.LegalRepresentativeSeal) => SealCentre.None,
            (true, false, _) => SealCentre.Star,
            _ => SealCentre.None,
        };
        var layout = curved ? SealTextLayout.Ring : outline == SealOutline.Square ? SealTextLayout.Columns : SealTextLayout.Lines;
        var steel = seal.Material == SteelMaterial;
        var code = steel ? null : sealCode ?? (divisionCode is { Length: 6 } ? divisionCode : "000000") + PlaceholderSerial;
        var placement = steel ? SealCodePlacement.None : curved ? SealCodePlacement.BottomArc : SealCodePlacement.BottomEdge;
        return new SealFace(outline, geometry.WidthMm, geometry.HeightMm, text, layout, centre,
            centre == SealCentre.TaxNumber ? taxNumber ?? PlaceholderTaxNumber : null, purpose, code, placement);
    }
}
