using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Infrastructure.Http;

/// <summary>
/// Turns a handler's <see cref="Outcome{T}"/> into a typed HTTP answer: the value, or RFC 9457 problem details. The
/// endpoint names the refusals it documents (<c>ApiResults.From(outcome).Or&lt;NotFoundProblem, ConflictProblem&gt;()</c>),
/// so the OpenAPI responses are derived from its return type; any other refusal still answers with its own status
/// (<see cref="OtherProblem"/>, undocumented).
/// </summary>
public static class ApiResults
{
    /// <summary>The success of <paramref name="outcome"/> as the result <paramref name="success"/> makes of its value, or its failure.</summary>
    public static ApiAnswer<TSuccess> Map<T, TSuccess>(Outcome<T> outcome, Func<T, TSuccess> success)
        where TSuccess : class, IResult =>
        outcome.IsSuccess ? new(success(outcome.Value!), null) : new(null, outcome.Failure);

    public static ApiAnswer<Ok<T>> From<T>(Outcome<T> outcome) => Map(outcome, v => TypedResults.Ok(v));

    public static ApiAnswer<Created<T>> Created<T>(Outcome<T> outcome, Func<T, string> location) => Map(outcome, v => TypedResults.Created(location(v), v));

    public static ApiAnswer<NoContent> NoContent<T>(Outcome<T> outcome) => Map(outcome, _ => TypedResults.NoContent());

    public static ApiAnswer<ImageResult> Image(Outcome<ImageContent> outcome) => Map(outcome, image => new ImageResult(image.Content, image.ContentType));

    /// <summary>A refusal before any handler ran (a missing upload, an ID number in a URL).</summary>
    public static ApiAnswer<TSuccess> Refuse<TSuccess>(Failure failure)
        where TSuccess : class, IResult => new(null, failure);

    /// <summary>The RFC 9457 problem details of <paramref name="failure"/>, with the status of its kind.</summary>
    public static IResult Problem(Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
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

/// <summary>A handler's answer on its way to a typed result: the success result, or the failure to name with <c>Or</c>.</summary>
public readonly struct ApiAnswer<TSuccess>(TSuccess? success, Failure? failure)
    where TSuccess : class, IResult
{
    public Results<TSuccess, OtherProblem> Or() =>
        success is not null ? success : new OtherProblem(failure!);

    public Results<TSuccess, TProblem, OtherProblem> Or<TProblem>()
        where TProblem : IProblemResult<TProblem> =>
        success is not null ? success
        : TProblem.Answers(failure!) ? TProblem.From(failure!)
        : new OtherProblem(failure!);

    public Results<TSuccess, TProblem1, TProblem2, OtherProblem> Or<TProblem1, TProblem2>()
        where TProblem1 : IProblemResult<TProblem1>
        where TProblem2 : IProblemResult<TProblem2> =>
        success is not null ? success
        : TProblem1.Answers(failure!) ? TProblem1.From(failure!)
        : TProblem2.Answers(failure!) ? TProblem2.From(failure!)
        : new OtherProblem(failure!);

    public Results<TSuccess, TProblem1, TProblem2, TProblem3, OtherProblem> Or<TProblem1, TProblem2, TProblem3>()
        where TProblem1 : IProblemResult<TProblem1>
        where TProblem2 : IProblemResult<TProblem2>
        where TProblem3 : IProblemResult<TProblem3> =>
        success is not null ? success
        : TProblem1.Answers(failure!) ? TProblem1.From(failure!)
        : TProblem2.Answers(failure!) ? TProblem2.From(failure!)
        : TProblem3.Answers(failure!) ? TProblem3.From(failure!)
        : new OtherProblem(failure!);

    public Results<TSuccess, TProblem1, TProblem2, TProblem3, TProblem4, OtherProblem> Or<TProblem1, TProblem2, TProblem3, TProblem4>()
        where TProblem1 : IProblemResult<TProblem1>
        where TProblem2 : IProblemResult<TProblem2>
        where TProblem3 : IProblemResult<TProblem3>
        where TProblem4 : IProblemResult<TProblem4> =>
        success is not null ? success
        : TProblem1.Answers(failure!) ? TProblem1.From(failure!)
        : TProblem2.Answers(failure!) ? TProblem2.From(failure!)
        : TProblem3.Answers(failure!) ? TProblem3.From(failure!)
        : TProblem4.Answers(failure!) ? TProblem4.From(failure!)
        : new OtherProblem(failure!);
}

/// <summary>A refusal whose status is part of its type, so an endpoint returning it documents that status.</summary>
public interface IProblemResult<TSelf> : IResult, IEndpointMetadataProvider
    where TSelf : IProblemResult<TSelf>
{
    static abstract bool Answers(Failure failure);

    static abstract TSelf From(Failure failure);
}

/// <summary>The problem details of one failure kind, declared in the OpenAPI document with the status of that kind.</summary>
public abstract class KindProblem(IResult problem, int status) : IStatusCodeHttpResult
{
    public int? StatusCode => status;

    public Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);

    protected static void Declare(EndpointBuilder builder, int status, Type body)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(status, body, ["application/problem+json"]));
    }
}

/// <summary>400: the input is malformed; <c>errors</c> names each field.</summary>
public sealed class BadRequestProblem(Failure failure) : KindProblem(ApiResults.Problem(failure), StatusCodes.Status400BadRequest), IProblemResult<BadRequestProblem>
{
    public static bool Answers(Failure failure) => failure.Kind == FailureKind.Validation;

    public static BadRequestProblem From(Failure failure) => new(failure);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
}

/// <summary>401: the credentials or the session are not (or no longer) valid.</summary>
public sealed class UnauthorizedProblem(Failure failure) : KindProblem(ApiResults.Problem(failure), StatusCodes.Status401Unauthorized), IProblemResult<UnauthorizedProblem>
{
    public static bool Answers(Failure failure) => failure.Kind == FailureKind.Unauthorized;

    public static UnauthorizedProblem From(Failure failure) => new(failure);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status401Unauthorized, typeof(ProblemDetails));
}

/// <summary>403: the caller's role lacks the capability for this particular request.</summary>
public sealed class ForbiddenProblem(Failure failure) : KindProblem(ApiResults.Problem(failure), StatusCodes.Status403Forbidden), IProblemResult<ForbiddenProblem>
{
    public static bool Answers(Failure failure) => failure.Kind == FailureKind.Forbidden;

    public static ForbiddenProblem From(Failure failure) => new(failure);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status403Forbidden, typeof(ProblemDetails));
}

/// <summary>404: absent, or outside the caller's scope (answered alike).</summary>
public sealed class NotFoundProblem(Failure failure) : KindProblem(ApiResults.Problem(failure), StatusCodes.Status404NotFound), IProblemResult<NotFoundProblem>
{
    public static bool Answers(Failure failure) => failure.Kind == FailureKind.NotFound;

    public static NotFoundProblem From(Failure failure) => new(failure);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status404NotFound, typeof(ProblemDetails));
}

/// <summary>409: well formed, but a rule refuses it in the current state.</summary>
public sealed class ConflictProblem(Failure failure) : KindProblem(ApiResults.Problem(failure), StatusCodes.Status409Conflict), IProblemResult<ConflictProblem>
{
    public static bool Answers(Failure failure) => failure.Kind == FailureKind.Rule;

    public static ConflictProblem From(Failure failure) => new(failure);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status409Conflict, typeof(ProblemDetails));
}

/// <summary>A refusal of a kind the endpoint does not document; it answers with the status of its kind all the same.</summary>
public sealed class OtherProblem(Failure failure) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => ApiResults.Problem(failure).ExecuteAsync(httpContext);
}

/// <summary>A stored image as uploaded or rendered, declared as a 200 PNG (the rendition the pages show).</summary>
public sealed class ImageResult(Stream content, string contentType) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Stream(content, contentType).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Stream), ["image/png"]));
    }
}

/// <summary>A drawing as SVG text (<c>image/svg+xml</c>), declared as such.</summary>
public sealed class SvgResult(string svg) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public const string ContentType = "image/svg+xml";

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.Text(svg, ContentType).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [ContentType]));
    }
}

/// <summary>A generated PDF (<c>application/pdf</c>) as a download under its file name, declared as such.</summary>
public sealed class PdfResult(byte[] content, string fileName) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public const string ContentType = "application/pdf";

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) => TypedResults.File(content, ContentType, fileName).ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(byte[]), [ContentType]));
    }
}
