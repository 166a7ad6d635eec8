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
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        IResult result;
        if (badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            result = TypedResults.Problem(Messages.Get("Request.TooLarge"), statusCode: StatusCodes.Status413PayloadTooLarge, title: Messages.Get("Request.TooLarge"),
                type: "urn:sealguard:problem:Request.TooLarge", extensions: new Dictionary<string, object?> { ["code"] = "Request.TooLarge" });
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
