using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using SealGuard.Core.Codes;

namespace SealGuard.Web.Infrastructure.Http;

/// <summary>
/// The one decision for every error answer a handler did not write itself (an unknown URL, a refused sign-in or role, a
/// wrong method or media type, a rate limit, an exception): a browser asking for a page gets the Chinese error page in
/// the layout (<c>/Error/{status}</c>, re-executed with the status kept); anything else, the API above all, gets RFC 9457
/// problem details with a stable <c>code</c> and a zh-CN <c>detail</c>.
/// </summary>
public static class ErrorResponses
{
    /// <summary>The error page; <c>/Error/{status}</c> for a status, bare for an exception.</summary>
    public const string PagePath = "/Error";

    private const string CodeKey = "SealGuard.ErrorCode";

    /// <summary>A page request: not the API or the health probes, and the client asks for HTML (a browser does).</summary>
    public static bool WantsPage(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Answers <paramref name="status"/> with no body and names the refusal; the page or problem is written by the
    /// mechanism above, so a page and the API say the same thing.
    /// </summary>
    public static void Refuse(HttpContext context, int status, string code)
    {
        context.Response.StatusCode = status;
        context.Items[CodeKey] = code;
    }

    /// <summary>The code of the refusal: the one named by <see cref="Refuse"/>, else the status's own.</summary>
    public static string CodeOf(HttpContext context, int status) =>
        context.Items.TryGetValue(CodeKey, out var code) && code is string named ? named : CodeFor(status);

    public static string CodeFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Auth.Required",
        StatusCodes.Status403Forbidden => "Forbidden",
        StatusCodes.Status404NotFound => "Request.NotFound",
        StatusCodes.Status405MethodNotAllowed => "Request.MethodNotAllowed",
        StatusCodes.Status413PayloadTooLarge => "Request.TooLarge",
        StatusCodes.Status415UnsupportedMediaType => "Request.UnsupportedMediaType",
        StatusCodes.Status429TooManyRequests => "Request.TooManyRequests",
        >= 500 => "Server.Error",
        _ => "Request.Invalid",
    };

    /// <summary>The problem details of a refusal, as every handler's refusals look (<see cref="ApiResults.Problem(Outcomes.Failure)"/>).</summary>
    public static IResult Problem(int status, string code)
    {
        var message = Messages.Get(code);
        return TypedResults.Problem(detail: message, statusCode: status, title: message, type: "urn:sealguard:problem:" + code,
            extensions: new Dictionary<string, object?> { ["code"] = code });
    }

    /// <summary>Fills in the code and the Chinese text of a problem the framework writes (status code pages, exceptions).</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var code = CodeOf(context.HttpContext, status);
        problem.Type = "urn:sealguard:problem:" + code;
        problem.Title = Messages.Get(code);
        problem.Detail = Messages.Get(code);
        problem.Extensions["code"] = code;
    }

    /// <summary>
    /// Every rate limit's refusal: 429 with <c>Retry-After</c> in seconds, and the page or problem of
    /// <paramref name="code"/>.
    /// </summary>
    public static ValueTask RejectAsync(OnRejectedContext context, string code)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        Refuse(context.HttpContext, StatusCodes.Status429TooManyRequests, code);
        return ValueTask.CompletedTask;
    }

    /// <summary>In place of the framework's exception handler and status code pages, early in the pipeline.</summary>
    public static void UseErrorResponses(this WebApplication app)
    {
        // Not in a UseWhen branch: only the top-level pipeline re-runs routing for the re-executed error page.
        // An exception: the API's is written by ProblemExceptionHandler (and BadRequestExceptionHandler), a page's re-executed.
        app.UseExceptionHandler(PagePath);
        // A status without a body: the inner one writes the problem, except for a page, which the outer one re-executes.
        app.UseStatusCodePagesWithReExecute(PagePath + "/{0}");
        app.UseStatusCodePages(new StatusCodePagesOptions { HandleAsync = WriteProblemUnlessPageAsync });
    }

    private static async Task WriteProblemUnlessPageAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (WantsPage(http.Request))
        {
            return;
        }

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        // A client that accepts no JSON gets the page instead (the outer middleware sees no body yet).
        await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = http.Response.StatusCode } });
    }

    /// <summary>An exception of an API (or other non-page) request: 500 problem details with <c>Server.Error</c>.</summary>
    internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken) =>
            WantsPage(httpContext.Request)
                ? ValueTask.FromResult(false)
                : problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = { Status = httpContext.Response.StatusCode } });
    }

    /// <summary>The status of the answer the error page stands for: its route's, or an exception's.</summary>
    public static int StatusOf(HttpContext context, int? routeStatus) =>
        routeStatus ?? (context.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
}
