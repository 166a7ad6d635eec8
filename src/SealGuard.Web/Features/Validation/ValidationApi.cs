using Microsoft.AspNetCore.Http.HttpResults;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Validation;

/// <summary>The body of a live check by POST.</summary>
public sealed record CodeValue(string? Value);

/// <summary>The forms' live checks: codes as typed, the seal-face rule and its preview.</summary>
public static class ValidationApi
{
    /// <summary>The kind whose value is personal data and so is only checked by POST.</summary>
    public const string IdNumberKind = "id-number";

    /// <summary>The refusal of a GET check of an ID number: code <c>Validation.IdNumberInUrl</c>, pointing to the POST.</summary>
    public static Failure IdNumberInUrl() => new(FailureKind.Validation, "Validation.IdNumberInUrl", Messages.Get("Validation.IdNumberInUrl"),
        new Dictionary<string, string[]> { ["value"] = [Messages.Get("Validation.IdNumberInUrl")] });

    public static RouteGroupBuilder MapValidationApi(this RouteGroupBuilder api)
    {
        var validation = api.MapGroup("/validation").WithTags("Validation").RequireCapability(Capability.CheckCodes);

        // An ID number never rides in a URL (proxy logs, history, Referer): its GET is refused, the POST carries it in the body.
        validation.MapGet("/{kind}", Results<Ok<CodeCheck>, NotFound, BadRequestProblem> (string kind, string? value, Jurisdiction jurisdiction) =>
                kind == IdNumberKind ? BadRequestProblem.From(IdNumberInUrl())
                : CodeValidation.Check(kind, value, jurisdiction) is { } check ? TypedResults.Ok(check) : TypedResults.NotFound())
            .WithName("ValidateCode").WithSummary("Check a credit code, phone or division code as typed (kind: credit-code, phone, division-code; id-number only by POST)");

        validation.MapPost("/{kind}", Results<Ok<CodeCheck>, NotFound> (string kind, CodeValue body, Jurisdiction jurisdiction) =>
                CodeValidation.Check(kind, body.Value, jurisdiction) is { } check ? TypedResults.Ok(check) : TypedResults.NotFound())
            .WithName("ValidateCodeInBody").WithSummary("Check a credit code, ID number, phone or division code as typed, the value in the body (kind: credit-code, id-number, phone, division-code)");

        // POST: the inscription and the legal representative's name stay out of URLs and access logs.
        validation.MapPost("/seal-face", (SealFaceRequest request) => TypedResults.Ok(CodeValidation.CheckSealFace(request)))
            .WithName("ValidateSealFace").WithSummary("Check a seal row against the seal-face rule (shape and spec, names on 公章 and 名章, oval 发票专用章)");

        validation.MapPost("/seal-preview", (SealFaceRequest request, Jurisdiction jurisdiction) =>
                new SvgResult(CodeValidation.PreviewSvg(request, jurisdiction)))
            .WithName("PreviewSealFace").WithSummary("The seal face a row would get, drawn as SVG, with a placeholder seal code before allocation");
        return api;
    }
}
