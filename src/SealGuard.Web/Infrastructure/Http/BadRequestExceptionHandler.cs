using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using SealGuard.Core.Codes;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Infrastructure.Http;

/// <summary>
/// Malformed request bodies (bad JSON, wrong types, too large) become 4xx problem details naming the field from the
/// JSON path, instead of an empty 400 or a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // A page request gets the error page (ErrorResponses), which reads the status from the exception.
        if (exception is not BadHttpRequestException badRequest || ErrorResponses.WantsPage(httpContext.Request))
        {
            return false;
        }

        IResult result;
        if (badRequest.StatusCode is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType)
        {
            // Not the body's content but its size or media type: the status's own problem.
            result = ErrorResponses.Problem(badRequest.StatusCode, ErrorResponses.CodeFor(badRequest.StatusCode));
        }
        else
        {
            var (field, forbiddenText) = FindJsonPath(badRequest);
            result = forbiddenText
                ? TextInputGuard.Refusal(field ?? "body")
                : ApiResults.Problem(Failure.Validation(new Dictionary<string, string[]> { [field ?? "body"] = [Messages.Get("Request.Malformed")] }));
        }

        await result.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>"$.organization.creditCode" becomes "organization.creditCode"; "$.seals[0].type" stays indexed.</summary>
    private static (string? Field, bool ForbiddenText) FindJsonPath(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException { Path: { Length: > 1 } path } json)
            {
                return (path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$'), json is ForbiddenTextException);
            }
        }

        return (null, exception.InnerException is ForbiddenTextException);
    }
}
