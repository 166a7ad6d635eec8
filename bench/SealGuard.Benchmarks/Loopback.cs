using System.Net;

namespace SealGuard.Benchmarks;

/// <summary>The load generator only ever talks to this machine.</summary>
public static class Loopback
{
    public static Uri RequireLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"Not an absolute http(s) URL: {url}", nameof(url));
        }

        // Only literal loopback addresses and "localhost": a host name could resolve anywhere.
        if (!IsLoopbackHost(uri.Host))
        {
            throw new ArgumentException($"Refused: {uri.Host} is not a loopback address; the load generator only targets 127.0.0.1, ::1 or localhost.", nameof(url));
        }

        return uri;
    }

    public static bool IsLoopbackHost(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || host.StartsWith('/') // a Unix socket directory
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
