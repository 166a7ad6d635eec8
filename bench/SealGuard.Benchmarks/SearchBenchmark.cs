using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SealGuard.Benchmarks;

public sealed record SearchBenchmarkOptions(Uri Url, LoadSettings Load, string User, string Password, IReadOnlyList<SealSample> Samples, int Lookups, int? ServerPid = null);

/// <summary>One kind of police query and what it returned.</summary>
public sealed record SearchFigure(string Kind, LoadResult Result, long EmptyAnswers, long? ServerPeakRssKb);

/// <summary>
/// Police search as an officer's browser sends it (<c>GET /api/v1/seals</c> with a bearer token) and the dashboard's
/// statistics (<c>GET /api/v1/statistics/seals</c>): each kind of query for a while, with its latency percentiles.
/// Every list answer carries its total (capped at 1,000), so each figure includes counting it.
/// The exact terms come from the server itself: credit codes from a seal-code search, ID numbers from an audited reveal
/// of the legal representative (purpose "performance benchmark"); name terms are cut from sampled organization names.
/// </summary>
public static class SearchBenchmark
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<SearchFigure>> RunAsync(SearchBenchmarkOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        Loopback.RequireLoopback(options.Url.ToString());
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Load.Concurrency, UseProxy = false, AllowAutoRedirect = false })
        {
            BaseAddress = options.Url,
            Timeout = TimeSpan.FromSeconds(60),
        };
        using (var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = options.User, password = options.Password }, Json, cancellationToken))
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            response.EnsureSuccessStatusCode();
            var token = JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var samples = options.Samples.Take(options.Lookups).ToList();
        var creditCodes = new List<string>();
        var idNumbers = new List<string>();
        foreach (var sample in samples)
        {
            using var response = await client.GetAsync($"/api/v1/seals/{sample.SealCode}?reveal=true&purpose={Uri.EscapeDataString("performance benchmark")}", cancellationToken);
            response.EnsureSuccessStatusCode();
            var seal = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
            var organization = seal.GetProperty("organization");
            creditCodes.Add(organization.GetProperty("creditCode").GetString()!);
            idNumbers.Add(organization.GetProperty("legalRepresentative").GetProperty("idNumber").GetString()!);
        }

        // Names are "<city or county><brand><trade>有限公司": characters 3.. are the distinctive part.
        var names = samples.Select(s => s.OrgName).Where(n => n.Length >= 7).ToList();
        var kinds = new (string Kind, Func<long, HttpRequestMessage> Request)[]
        {
            ("seal code (exact)", i => Get("/api/v1/seals?sealCode=" + samples[(int)(i % samples.Count)].SealCode)),
            ("credit code (exact)", i => Get("/api/v1/seals?creditCode=" + creditCodes[(int)(i % creditCodes.Count)])),
            // An ID number never goes into a URL: the search posts it in the body.
            ("ID number (blind index, audited)", i => new HttpRequestMessage(HttpMethod.Post, "/api/v1/seals/search")
            {
                Content = JsonContent.Create(new { idNumber = idNumbers[(int)(i % idNumbers.Count)], purpose = "performance benchmark" }),
            }),
            ("name, 4 characters", i => Get("/api/v1/seals?orgName=" + Uri.EscapeDataString(names[(int)(i % names.Count)].AsSpan(3, 4)))),
            ("name, 3 characters", i => Get("/api/v1/seals?orgName=" + Uri.EscapeDataString(names[(int)(i % names.Count)].AsSpan(4, 3)))),
            ("name, 2 characters", i => Get("/api/v1/seals?orgName=" + Uri.EscapeDataString(names[(int)(i % names.Count)].AsSpan(3, 2)))),
            // The list's other orders (SealOrder): a header click on a name search, and the whole jurisdiction unfiltered.
            ("name, 3 characters, by name", i => Get("/api/v1/seals?sort=orgName&orgName=" + Uri.EscapeDataString(names[(int)(i % names.Count)].AsSpan(4, 3)))),
            ("name, 3 characters, by seal code descending", i => Get("/api/v1/seals?sort=-sealCode&orgName=" + Uri.EscapeDataString(names[(int)(i % names.Count)].AsSpan(4, 3)))),
            ("all seals, newest first", _ => Get("/api/v1/seals")),
            ("all seals, by name", _ => Get("/api/v1/seals?sort=orgName")),
            ("all seals, by type descending", _ => Get("/api/v1/seals?sort=-type")),
            ("dashboard statistics", _ => Get("/api/v1/statistics/seals")),
        };

        var figures = new List<SearchFigure>();
        foreach (var (kind, request) in kinds)
        {
            long empty = 0;
            var memory = ProcessMemory.Watch(options.ServerPid);
            var result = await LoadGenerator.RunAsync(kind, async (i, ct) =>
            {
                using var message = request(i);
                using var response = await client.SendAsync(message, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                if (body.StartsWith("{\"items\":[]", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref empty);
                }

                return response.IsSuccessStatusCode;
            }, options.Load, cancellationToken);
            long? peak = null;
            if (memory is not null)
            {
                await memory.DisposeAsync();
                peak = memory.PeakRssDuringLoadKb;
            }

            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{kind}: {result.Requests} requests, {result.Errors} errors, {empty} empty, p50 {result.P50.TotalMilliseconds:F2} ms, p95 {result.P95.TotalMilliseconds:F2} ms"));
            figures.Add(new SearchFigure(kind, result, empty, peak));
        }

        return figures;
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    public static void Print(IReadOnlyList<SearchFigure> figures, TextWriter output)
    {
        output.WriteLine("| query | requests | errors | empty answers | requests/s | p50 ms | p95 ms | p99 ms | max ms | server peak RSS |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var f in figures)
        {
            var r = f.Result;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {f.Kind} | {r.Requests:N0} | {r.Errors} | {f.EmptyAnswers} | {r.RequestsPerSecond:N0} | {r.P50.TotalMilliseconds:F2} | {r.P95.TotalMilliseconds:F2} | {r.P99.TotalMilliseconds:F2} | {r.Max.TotalMilliseconds:F1} | {(f.ServerPeakRssKb is { } kb ? $"{kb / 1024} MB" : "–")} |"));
        }
    }
}
