using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;

namespace SealGuard.Core.Filings;

/// <summary>One broken seal-face rule: the field of the seal it concerns (<c>text</c>, <c>shape</c> or <c>spec</c>) and the zh-CN error.</summary>
public sealed record SealFaceViolation(string Field, CodeError Error);

/// <summary>
/// What a seal face must show (国发〔1999〕25号 and national practice, docs standards.md §2.2, §3.1, §5.1):
/// the shape matches the spec; a 单位专用章 (01) carries the organization's registered name; a 法定代表人名章 (05)
/// carries the legal representative's name; a 发票专用章 (03) is oval with an oval (E4030-type) spec, because its face
/// holds the 18-character taxpayer number (see <see cref="SealFace"/>). Checked on intake and by the wizard's live check.
/// </summary>
public static class SealFaceRule
{
    public const string OrganizationSeal = "01";
    public const string InvoiceSeal = "03";
    public const string LegalRepresentativeSeal = "05";

    /// <param name="seal">The seal as specified (type, shape and spec codes already known to exist).</param>
    /// <param name="organizationName">The organization's registered name; <see langword="null"/> when not (validly) given, which skips the name check.</param>
    /// <param name="legalRepresentativeName">The legal representative's name; <see langword="null"/> skips that check.</param>
    public static IReadOnlyList<SealFaceViolation> Check(SealSpecification seal, string? organizationName, string? legalRepresentativeName)
    {
        ArgumentNullException.ThrowIfNull(seal);
        var violations = new List<SealFaceViolation>();
        var geometry = SealSpecGeometry.Parse(seal.Spec);
        if (seal.Spec is not null && geometry is null)
        {
            violations.Add(new("spec", Error("SealFace.SpecUnreadable", seal.Spec)));
        }
        else if (geometry is not null && geometry.ShapeCode != seal.Shape)
        {
            violations.Add(new("shape", Error("SealFace.ShapeSpecMismatch", seal.Spec!, ShapeName(geometry.Outline))));
        }

        switch (seal.Type)
        {
            case InvoiceSeal:
                if (SealSpecGeometry.OutlineOf(seal.Shape) != SealOutline.Oval)
                {
                    violations.Add(new("shape", Error("SealFace.InvoiceSealOval")));
                }

                if (geometry?.Outline != SealOutline.Oval && !violations.Exists(v => v.Field == "spec"))
                {
                    violations.Add(new("spec", Error("SealFace.InvoiceSealSpec")));
                }

                break;
            case OrganizationSeal when organizationName is not null && !Carries(seal.Text, organizationName):
                violations.Add(new("text", Error("SealFace.OrganizationNameMissing", organizationName.Trim())));
                break;
            case LegalRepresentativeSeal when legalRepresentativeName is not null && !Carries(seal.Text, legalRepresentativeName):
                violations.Add(new("text", Error("SealFace.LegalRepresentativeNameMissing", legalRepresentativeName.Trim())));
                break;
        }

        return violations;
    }

    /// <summary>
    /// Whether a spec fits a seal of this type and shape: the spec's outline is the shape, and a 发票专用章 takes only an
    /// oval spec. The wizard offers only the specs that fit; <see cref="Check"/> refuses the others.
    /// </summary>
    public static bool SpecFits(string? type, string? shape, SealSpecGeometry spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.ShapeCode == shape && (type != InvoiceSeal || spec.Outline == SealOutline.Oval);
    }

    /// <summary>The name of an outline as the standard shape table calls it, e.g. 椭圆形.</summary>
    public static string ShapeName(SealOutline outline) => ShapeNames.Value[SealSpecGeometry.ShapeCodeOf(outline)];

    private static readonly Lazy<Dictionary<string, string>> ShapeNames = new(() =>
        StandardCodeTables.Load().Where(e => e.Table == CodeTable.SealShape).ToDictionary(e => e.Code, e => e.Name, StringComparer.Ordinal));

    /// <summary>Whether the inscription contains the name, ignoring spaces and the width of brackets (（有限公司） = (有限公司)).</summary>
    private static bool Carries(string text, string name) =>
        Normalize(text).Contains(Normalize(name), StringComparison.Ordinal);

    private static string Normalize(string value) =>
        string.Concat(value.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '（' => '(', '）' => ')', _ => c }));

    private static CodeError Error(string code, params object[] args) => new(code, Messages.Get(code, args));
}
