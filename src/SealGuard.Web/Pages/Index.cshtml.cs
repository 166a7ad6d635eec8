using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SealGuard.Web.Features.Verification;

namespace SealGuard.Web.Pages;

/// <summary>The public landing page: seal verification (验章), the same handler and rate limit as the public API.</summary>
[EnableRateLimiting(VerificationApi.RateLimitPolicy)]
public sealed class IndexModel(VerifySealHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? SealCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? OrgName { get; set; }

    public VerificationView? Result { get; private set; }

    /// <summary>The watermarked imprint of a Valid seal as a data URI (no second request, so no second rate-limit hit).</summary>
    public string? ImprintDataUri { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (SealCode is null && OrgName is null)
        {
            return;
        }

        var outcome = await handler.HandleForPageAsync(SealCode, OrgName, cancellationToken);
        Result = outcome.Value?.Result;
        ImprintDataUri = outcome.Value?.WatermarkedImprint is { } png ? "data:image/png;base64," + Convert.ToBase64String(png) : null;
        Errors = outcome.Failure?.Errors ?? Errors;
    }
}
