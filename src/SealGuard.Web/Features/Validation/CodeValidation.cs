using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Web.Infrastructure.SealArt;

namespace SealGuard.Web.Features.Validation;

public sealed record CodeCheck(bool Valid, string? Message);

/// <summary>A seal row of the wizard as typed, with the organization fields the face depends on.</summary>
public sealed record SealFaceRequest(
    string? Type,
    string? Material,
    string? Shape,
    string? Spec,
    string? Text,
    string? OrganizationName,
    string? LegalRepresentativeName,
    string? CreditCode,
    string? DivisionCode);

/// <summary>The seal-face rule's answer: field errors keyed <c>text</c>, <c>shape</c>, <c>spec</c>.</summary>
public sealed record SealFaceCheck(bool Valid, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>
/// Live validation for forms: one value checked by the Core parser, so the check-character logic and its zh-CN
/// messages exist only once (the handlers run the same parsers when the form is submitted). A division code is also
/// checked against the configured jurisdiction, and a seal row against the seal-face rule, as on submit.
/// </summary>
public static class CodeValidation
{
    public static readonly IReadOnlyList<string> Kinds = ["credit-code", "id-number", "phone", "division-code"];

    /// <summary>Null when <paramref name="kind"/> is not one of <see cref="Kinds"/>.</summary>
    public static CodeCheck? Check(string kind, string? value, Jurisdiction jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        CodeError? error;
        var valid = kind switch
        {
            "credit-code" => CreditCode.TryParse(value, out _, out error),
            "id-number" => IdNumber.TryParse(value, out _, out error),
            "phone" => PhoneNumber.TryParse(value, out _, out error),
            "division-code" => jurisdiction.TryParseFilingDivision(value, out _, out error),
            _ => Unknown(out error),
        };
        return kind is "credit-code" or "id-number" or "phone" or "division-code" ? new CodeCheck(valid, error?.Message) : null;
    }

    /// <summary>The seal-face rule for a row with a type, shape and inscription; a row still missing one of them has nothing to check yet.</summary>
    public static SealFaceCheck CheckSealFace(SealFaceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (Specification(request) is { } seal)
        {
            foreach (var group in SealFaceRule.Check(seal, Trimmed(request.OrganizationName), Trimmed(request.LegalRepresentativeName)).GroupBy(v => v.Field))
            {
                errors[group.Key] = [.. group.Select(v => v.Error.Message)];
            }
        }

        return new SealFaceCheck(errors.Count == 0, errors);
    }

    /// <summary>The face the row would get, with a placeholder seal code (the organization's division when valid) and tax number.</summary>
    public static SealFace Face(SealFaceRequest request, Jurisdiction jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(jurisdiction);
        var seal = Specification(request) ?? new SealSpecification(Trimmed(request.Type) ?? "01", Trimmed(request.Material) ?? "01", Trimmed(request.Shape) ?? "01", Trimmed(request.Spec), Trimmed(request.Text) ?? string.Empty);
        var taxNumber = CreditCode.TryParse(request.CreditCode, out var creditCode, out _) ? creditCode.Value : null;
        var division = jurisdiction.TryParseFilingDivision(request.DivisionCode, out var parsed, out _) ? parsed.Value : null;
        return SealFace.Compose(seal, taxNumber, sealCode: null, division);
    }

    /// <summary>The row's face drawn as SVG (glyph paths of the packaged font): the wizard's preview, from the page and the API alike.</summary>
    public static string PreviewSvg(SealFaceRequest request, Jurisdiction jurisdiction) =>
        SealFaceRenderer.Svg(Face(request, jurisdiction), Messages.Get("SealFace.PreviewLabel"));

    private static SealSpecification? Specification(SealFaceRequest request) =>
        Trimmed(request.Type) is { } type && Trimmed(request.Shape) is { } shape && Trimmed(request.Text) is { } text
            ? new SealSpecification(type, Trimmed(request.Material) ?? string.Empty, shape, Trimmed(request.Spec), text)
            : null;

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool Unknown(out CodeError? error)
    {
        error = null;
        return false;
    }
}
