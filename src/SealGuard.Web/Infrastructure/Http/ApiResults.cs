using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Infrastructure.Http;

/// <summary>Turns a handler's <see cref="Outcome{T}"/> into an HTTP answer: the value, or RFC 9457 problem details.</summary>
public static class ApiResults
{
    public static IResult From<T>(Outcome<T> outcome) =>
        outcome.IsSuccess ? TypedResults.Ok(outcome.Value) : Problem(outcome.Failure!);

    public static IResult Created<T>(Outcome<T> outcome, Func<T, string> location) =>
        outcome.IsSuccess ? TypedResults.Created(location(outcome.Value!), outcome.Value) : Problem(outcome.Failure!);

    public static IResult Problem(Failure failure)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = failure.Code };
        if (failure.Kind != FailureKind.Validation && failure.Errors is { Count: > 0 })
        {
            // A rule refusal that concerns particular fields names them, as a validation problem does.
            extensions["errors"] = failure.Errors;
        }

        var type = "urn:sealguard:problem:" + failure.Code;
        return failure.Kind switch
        {
            FailureKind.Validation => TypedResults.ValidationProblem(
                failure.Errors ?? new Dictionary<string, string[]>(), detail: failure.Message, title: failure.Message, type: type, extensions: extensions),
            _ => TypedResults.Problem(detail: failure.Message, statusCode: StatusFor(failure.Kind), title: failure.Message, type: type, extensions: extensions),
        };
    }

    private static int StatusFor(FailureKind kind) => kind switch
    {
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.Rule => StatusCodes.Status409Conflict,
        FailureKind.Forbidden => StatusCodes.Status403Forbidden,
        FailureKind.Unauthorized => StatusCodes.Status401Unauthorized,
        FailureKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };
}
