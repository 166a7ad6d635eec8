using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Infrastructure.Http;

/// <summary>
/// The address the public reaches SealGuard at (<c>SealGuard:PublicBaseUrl</c>). Absolute links, such as the receipt's
/// verification QR code, are built from it and never from the request's Host header, which a client chooses freely and
/// which on the VPN is an address the public cannot reach.
/// </summary>
public sealed class PublicBaseUrl
{
    public const string Key = "SealGuard:PublicBaseUrl";

    private readonly Lazy<Uri> _value;

    /// <param name="configured">The validated configured value, or null for the first listening address.</param>
    /// <param name="server">Asked on first use, once it listens.</param>
    public PublicBaseUrl(Uri? configured, IServer server) =>
        _value = new Lazy<Uri>(() => configured ?? FirstListeningAddress(server));

    /// <summary>Always ends with a slash, so the landing page is the base itself.</summary>
    public Uri Value => _value.Value;

    /// <summary>The public verification page with both fields filled in.</summary>
    public string Verification(string sealCode, string orgName) =>
        QueryHelpers.AddQueryString(Value.AbsoluteUri, new Dictionary<string, string?> { ["sealCode"] = sealCode, ["orgName"] = orgName });

    /// <summary>Checks the configured value; refuses a missing one in Production and anything but a plain absolute http(s) URL.</summary>
    public static Uri? Parse(string? value, bool production)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return production
                ? throw new SealGuardConfigurationException($"{Key} is required in Production: the absolute address the public reaches SealGuard at, e.g. https://seal.example.gov.cn/ (it goes into the receipts' QR codes).")
                : null;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || url.UserInfo.Length > 0 || url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            throw new SealGuardConfigurationException($"{Key} '{value}' is not an absolute http(s) URL without user, query or fragment (e.g. https://seal.example.gov.cn/).");
        }

        return WithTrailingSlash(url);
    }

    private static Uri FirstListeningAddress(IServer server)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return new Uri("http://localhost/");
        }

        // Kestrel reports the wildcard it binds ("http://[::]:5080", "http://+:5080"); a browser needs a host name.
        var builder = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (builder.Host is "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = "localhost";
        }

        return WithTrailingSlash(builder.Uri);
    }

    private static Uri WithTrailingSlash(Uri url) =>
        url.AbsolutePath.EndsWith('/') ? url : new UriBuilder(url) { Path = url.AbsolutePath + "/" }.Uri;
}
