using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SealGuard.Benchmarks;

/// <param name="Url">The server (loopback only), with its scheduled alert rules off (<c>SealGuard:Alerts:ScheduleMinutes=0</c>).</param>
/// <param name="Load">Concurrency, duration and warm-up of each list query and of each intake phase.</param>
/// <param name="Police">An officer whose jurisdiction holds the alerts (the list's caller).</param>
/// <param name="Admin">A police admin: switches the rules off for the baseline and back as they were.</param>
/// <param name="Shop">A shop user of a shop with an accepted engraver: files the intakes.</param>
/// <param name="SealsPerFiling">Seals per filing (1–5).</param>
/// <param name="Seed">Seeds the synthetic organizations of the filings; random when not given.</param>
public sealed record AlertsBenchmarkOptions(Uri Url, LoadSettings Load, (string User, string Password) Police, (string User, string Password) Admin,
    (string User, string Password) Shop, int SealsPerFiling = 2, long? Seed = null);

/// <summary>The list's queries, and the same filings measured with every alert rule off and then on.</summary>
public sealed record AlertsBenchmarkResult(
    long TotalAlerts,
    IReadOnlyList<LoadResult> ListQueries,
    LoadResult IntakeRulesOff,
    LoadResult IntakeRulesOn,
    LoadResult FilingsRulesOff,
    LoadResult FilingsRulesOn,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Problems)
{
    /// <summary>Intake p95 with the rules on over the baseline's (rules off), in the same run.</summary>
    public double IntakeP95Ratio => IntakeRulesOff.P95 > TimeSpan.Zero ? IntakeRulesOn.P95 / IntakeRulesOff.P95 : 0;

    /// <summary>What the rules add to an intake's p95 (the issue's target: under 5 ms).</summary>
    public TimeSpan IntakeP95Added => IntakeRulesOn.P95 - IntakeRulesOff.P95;
}

/// <summary>
/// The alerts side of the issue's performance targets. (a) The alerts list as an officer pages it
/// (<c>GET /api/v1/alerts</c>): the first page, filtered by rule and state, and a page half-way down by cursor, on a
/// database filled with <c>sealguard alerts synthetic</c> (target: p95 under 50 ms with 100,000 alerts). (b) What the
/// event rules cost an intake: the same whole filings with every rule switched off by a police admin
/// (<c>PUT /api/v1/alerts/rules/{rule}</c>), then on, in one run against one database; the rules are put back as they
/// were afterwards (target: under 5 ms added to the intake's p95).
/// </summary>
public static class AlertsBenchmark
{
    private const int IntakeStep = 1;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<AlertsBenchmarkResult> RunAsync(AlertsBenchmarkOptions options, TextWriter? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Loopback.RequireLoopback(options.Url.ToString());
        options.Load.Validate();
        var measured = options.Load with { Warmup = TimeSpan.Zero };
        var warmup = options.Load with { Duration = options.Load.Warmup, Warmup = TimeSpan.Zero };

        using var police = await SignInAsync(options.Url, options.Load.Concurrency, options.Police, cancellationToken);
        using var admin = await SignInAsync(options.Url, 1, options.Admin, cancellationToken);
        var rules = await ReadRulesAsync(admin, cancellationToken);
        var first = await GetJsonAsync(police, "/api/v1/alerts", cancellationToken);
        var total = first.GetProperty("total").GetInt64();
        var items = first.GetProperty("items");
        var newest = items.GetArrayLength() > 0 ? items[0].GetProperty("id").GetInt64() : 1;
        var rule = items.GetArrayLength() > 0 ? items[0].GetProperty("rule").GetString()! : rules[0].Rule;

        // (a) Each query's answer must be a page (a 200 with items); a cursor half-way down the ids is a later page.
        var queries = new (string Name, string Path)[]
        {
            ("(a) first page, newest first", "/api/v1/alerts"),
            ($"(a) first page, rule={rule}&state=Open", $"/api/v1/alerts?rule={rule}&state=Open"),
            ("(a) a later page by cursor (half-way down)", "/api/v1/alerts?cursor=" + Math.Max(1, newest / 2).ToString(CultureInfo.InvariantCulture)),
            ($"(a) a later page by cursor, rule={rule}&state=Closed", $"/api/v1/alerts?rule={rule}&state=Closed&cursor=" + Math.Max(1, newest / 2).ToString(CultureInfo.InvariantCulture)),
        };
        var list = new List<LoadResult>();
        foreach (var (name, path) in queries)
        {
            progress?.WriteLine(name + " …");
            Func<long, CancellationToken, Task<bool>> get = async (_, ct) =>
            {
                using var response = await police.GetAsync(path, ct);
                await response.Content.CopyToAsync(Stream.Null, ct);
                return response.IsSuccessStatusCode;
            };
            if (options.Load.Warmup > TimeSpan.Zero)
            {
                await LoadGenerator.RunAsync("warm-up", get, warmup, cancellationToken);
            }

            list.Add(await LoadGenerator.RunAsync(name, get, measured, cancellationToken));
        }

        // (b) One set of filings, first with every rule off (the baseline), then with the rules as configured.
        var seed = options.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        using var intake = await IntakeTargets.SignInAsync(options.Url, options.Load.Concurrency, options.Shop.User, options.Shop.Password,
            options.SealsPerFiling, seed, new ImprintImage(), cancellationToken);
        var problems = new List<string>();
        LoadResult[] off, on;
        try
        {
            await SwitchAsync(admin, rules, enabled: false, cancellationToken);
            progress?.WriteLine("(b) whole filings, every alert rule off …");
            off = await FilingsAsync(intake, options.Load, warmup, measured, "rules off", problems, cancellationToken);
        }
        finally
        {
            await RestoreAsync(admin, rules, cancellationToken);
        }

        progress?.WriteLine("(b) whole filings, the alert rules as configured …");
        on = await FilingsAsync(intake, options.Load, warmup, measured, "rules on", problems, cancellationToken);
        return new AlertsBenchmarkResult(total, list, off[1], on[1], off[0], on[0], [.. rules.Where(r => r.Enabled).Select(r => r.Rule)], problems);
    }

    public static string Format(AlertsBenchmarkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"{result.TotalAlerts:N0} alerts in the officer's jurisdiction; rules on in (b): {string.Join(", ", result.Rules)}");
        text.AppendLine("| target | completed | errors | per second | p50 ms | p95 ms | p99 ms | max ms |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in result.ListQueries.Concat([result.FilingsRulesOff, result.FilingsRulesOn, result.IntakeRulesOff, result.IntakeRulesOn]))
        {
            text.AppendLine(c, $"| {r.Name} | {r.Requests:N0} | {r.Errors:N0} | {r.RequestsPerSecond:N1} | {r.P50.TotalMilliseconds:0.00} | {r.P95.TotalMilliseconds:0.00} | {r.P99.TotalMilliseconds:0.00} | {r.Max.TotalMilliseconds:0.0} |");
        }

        text.AppendLine();
        text.AppendLine(c, $"intake p95: rules on {result.IntakeRulesOn.P95.TotalMilliseconds:0.00} ms / rules off {result.IntakeRulesOff.P95.TotalMilliseconds:0.00} ms = {result.IntakeP95Ratio:0.00}x ({result.IntakeP95Added.TotalMilliseconds:+0.00;-0.00} ms)");
        foreach (var problem in result.Problems)
        {
            text.AppendLine("  " + problem);
        }

        return text.ToString();
    }

    /// <returns>The whole filings' figure, then the intake step's.</returns>
    private static async Task<LoadResult[]> FilingsAsync(IntakeTargets intake, LoadSettings load, LoadSettings warmup, LoadSettings measured, string label,
        List<string> problems, CancellationToken cancellationToken)
    {
        if (load.Warmup > TimeSpan.Zero)
        {
            await LoadGenerator.RunAsync("warm-up", intake.FileAsync, warmup, cancellationToken);
        }

        intake.ResetCounters();
        var filings = await LoadGenerator.RunAsync($"(b) whole filing ({intake.SealsPerFiling} seals), {label}", intake.FileAsync, measured, cancellationToken);
        var step = intake.StepResults(load.Concurrency, filings.Elapsed)[IntakeStep];
        problems.AddRange(intake.Problems.Select(p => label + ": " + p));
        return [filings, step with { Name = $"(b) step POST /api/v1/filings (intake), {label}" }];
    }

    private static async Task<HttpClient> SignInAsync(Uri url, int concurrency, (string User, string Password) login, CancellationToken cancellationToken)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false, AllowAutoRedirect = false })
        {
            BaseAddress = url,
            Timeout = TimeSpan.FromSeconds(60),
        };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { username = login.User, password = login.Password }, Json, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            client.Dispose();
            throw new InvalidDataException($"Sign-in as {login.User} failed: HTTP {(int)response.StatusCode} {body}");
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode ? JsonDocument.Parse(body).RootElement.Clone() : throw new InvalidDataException($"GET {path}: HTTP {(int)response.StatusCode} {body}");
    }

    private static async Task<List<RuleState>> ReadRulesAsync(HttpClient admin, CancellationToken cancellationToken) =>
        [.. (await GetJsonAsync(admin, "/api/v1/alerts/rules", cancellationToken)).EnumerateArray().Select(r => new RuleState(
            r.GetProperty("rule").GetString()!, r.GetProperty("enabled").GetBoolean(), r.GetProperty("enabledOverridden").GetBoolean(),
            r.GetProperty("settings").EnumerateArray().Any(s => s.GetProperty("overridden").GetBoolean())))];

    private static async Task SwitchAsync(HttpClient admin, IEnumerable<RuleState> rules, bool enabled, CancellationToken cancellationToken)
    {
        foreach (var rule in rules)
        {
            await PutAsync(admin, rule.Rule, new { enabled }, cancellationToken);
        }
    }

    /// <summary>Each rule as it was: without overrides when it had none, else with its own Enabled value again.</summary>
    private static async Task RestoreAsync(HttpClient admin, IEnumerable<RuleState> rules, CancellationToken cancellationToken)
    {
        foreach (var rule in rules)
        {
            await PutAsync(admin, rule.Rule, rule.EnabledOverridden || rule.SettingsOverridden ? new { enabled = rule.Enabled } : (object)new { reset = true }, cancellationToken);
        }
    }

    private static async Task PutAsync(HttpClient admin, string rule, object body, CancellationToken cancellationToken)
    {
        using var response = await admin.PutAsJsonAsync("/api/v1/alerts/rules/" + rule, body, Json, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidDataException($"PUT /api/v1/alerts/rules/{rule}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    private sealed record RuleState(string Rule, bool Enabled, bool EnabledOverridden, bool SettingsOverridden);
}
