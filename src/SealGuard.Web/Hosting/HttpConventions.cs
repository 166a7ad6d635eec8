using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Hosting;

/// <summary>How every request and response is treated: body limits, JSON, problem details, rate limiting, the OpenAPI document.</summary>
public static class HttpConventions
{
    /// <summary>The largest JSON body; only the multipart upload routes may send up to the upload limit on top.</summary>
    public const long JsonBodyLimit = 1024 * 1024;

    /// <summary>Where SealGuard listens when neither <c>--urls</c>, <c>ASPNETCORE_URLS</c> nor <c>ASPNETCORE_HTTP_PORTS</c> says.</summary>
    public const string DefaultUrls = "http://localhost:5080";

    public static void AddHttpConventions(this WebApplicationBuilder builder, SealGuardOptions options)
    {
        var services = builder.Services;
        // The default lives here, not as the launch profile's applicationUrl, which under `dotnet run` overrode ASPNETCORE_URLS.
        if (builder.Configuration[WebHostDefaults.ServerUrlsKey] is null && builder.Configuration[WebHostDefaults.HttpPortsKey] is null
            && builder.Configuration[WebHostDefaults.HttpsPortsKey] is null)
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.Uploads.MaxBytes + JsonBodyLimit);
        services.Configure<FormOptions>(f => f.MultipartBodyLengthLimit = options.Uploads.MaxBytes + JsonBodyLimit);
        services.ConfigureHttpJsonOptions(j =>
        {
            j.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            j.SerializerOptions.Converters.Add(new StrictStringConverter());
        });
        services.Configure<RouteHandlerOptions>(r => r.ThrowOnBadRequest = true);
        // What the framework answers itself (Kestrel's 413, 401/404/405 without a body, exceptions) gets a code and Chinese text.
        services.AddProblemDetails(p => p.CustomizeProblemDetails = ErrorResponses.Describe);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<ErrorResponses.ProblemExceptionHandler>();
        // The policies come from the modules (sign-in: Identity, public lookups: Verification).
        services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.OnRejected = (context, _) => ErrorResponses.RejectAsync(context, "Request.TooManyRequests");
        });
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
    }

    /// <summary>JSON bodies stay small; only the multipart upload routes may use the larger upload limit.</summary>
    public static IApplicationBuilder UseJsonBodyLimit(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Request.HasJsonContentType() && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = JsonBodyLimit;
        }

        return next(context);
    });

    /// <summary>The HTTP stack's own limit for bench/: the same pipeline and JSON writer, no handler work, no database.</summary>
    public static void MapBenchmarkEndpoint(this WebApplication app, SealGuardOptions options)
    {
        if (options.Benchmarks.Enabled)
        {
            app.MapGet("/bench/constant", () => new { result = "Constant" }).AllowAnonymous().ExcludeFromDescription();
        }
    }
}
