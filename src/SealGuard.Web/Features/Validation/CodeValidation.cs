using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Features.Validation;

public sealed record CodeCheck(bool Valid, string? Message);

/// <summary>
/// Live validation for forms: one value checked by the Core parser, so the check-character logic and its zh-CN
/// messages exist only once (the handlers run the same parsers when the form is submitted).
/// </summary>
public static class CodeValidation
{
    public static readonly IReadOnlyList<string> Kinds = ["credit-code", "id-number", "phone", "division-code"];

    /// <summary>Null when <paramref name="kind"/> is not one of <see cref="Kinds"/>.</summary>
    public static CodeCheck? Check(string kind, string? value)
    {
        CodeError? error;
        var valid = kind switch
        {
            "credit-code" => CreditCode.TryParse(value, out _, out error),
            "id-number" => IdNumber.TryParse(value, out _, out error),
            "phone" => PhoneNumber.TryParse(value, out _, out error),
            "division-code" => DivisionCode.TryParse(value, DivisionCatalog.Default, out _, out error),
            _ => Unknown(out error),
        };
        return kind is "credit-code" or "id-number" or "phone" or "division-code" ? new CodeCheck(valid, error?.Message) : null;
    }

    private static bool Unknown(out CodeError? error)
    {
        error = null;
        return false;
    }
}

public static class ValidationApi
{
    public static RouteGroupBuilder MapValidationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/validation/{kind}", (string kind, string? value) =>
                CodeValidation.Check(kind, value) is { } check ? Results.Ok(check) : Results.NotFound())
            .RequireAuthorization(Policies.ShopOrPolice)
            .WithTags("Validation")
            .WithName("ValidateCode").WithSummary("Check a credit code, ID number, phone or division code as typed (kind: credit-code, id-number, phone, division-code)")
            .Produces<CodeCheck>();
        return api;
    }
}
