namespace SealGuard.Web.Infrastructure.Http;

/// <summary>
/// Response headers every answer carries (pages, API, static files): a Content-Security-Policy without inline script,
/// no framing, no MIME sniffing, no Referer (the verification links carry a seal code and an organization name), and
/// HSTS once the public address is https.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The pages load scripts, styles, fonts and images only from the app; the QR codes and upload previews are data:/blob: images.</summary>
    public const string PagePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The vendor's API reference page boots from an inline script, compiles code at run time (eval) and styles itself
    /// inline; it holds no data of its own and is off in Production unless switched on.
    /// </summary>
    public const string ApiDocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
        + "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ApiDocsPath = "/scalar";

    /// <summary>A year, as browsers' preload lists ask; sent only when the public address is https.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool hsts) => app.Use((context, next) =>
    {
        // Written as the response starts, so error answers (the exception handler clears headers) carry them too, and
        // antiforgery's own X-Frame-Options: SAMEORIGIN is replaced.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiDocsPath, StringComparison.OrdinalIgnoreCase) ? ApiDocsPolicy : PagePolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (hsts)
            {
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
