using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SealGuard.Core.Divisions;
using SealGuard.Core.Synthetic;

namespace SealGuard.Benchmarks;

/// <summary>
/// One whole filing through the JSON API as a shop terminal makes it, signed in with a bearer token: intake
/// (the business licence staged first, <c>POST /api/v1/filings/staged-documents</c>, then <c>POST /api/v1/filings</c>: a new organization, its legal representative as the agent, reason New, the seals),
/// then for its seals the engraving by an engraver of the shop, the imprint upload (multipart PNG) and the delivery.
/// Every filing is a distinct synthetic organization (valid credit code, ID numbers, names), so the single-in-use
/// rule (one official seal per organization) always holds. Step latencies, HTTP requests and the first problem
/// details are recorded.
/// </summary>
public sealed class IntakeTargets : IDisposable
{
    public const int MaxSealsPerFiling = 5;
    public const int KeptProblems = 5;

    /// <summary>The steps of a filing, in order.</summary>
    public static readonly IReadOnlyList<string> StepNames =
    [
        "POST /api/v1/filings/staged-documents (licence)",
        "POST /api/v1/filings (intake)",
        "POST /api/v1/seals/{code}/engraving",
        "PUT /api/v1/seals/{code}/imprint",
        "POST /api/v1/seals/{code}/delivery",
    ];

    private const int StageStep = 0, IntakeStep = 1, EngravingStep = 2, ImprintStep = 3, DeliveryStep = 4;

    // The seals of a new organization's set, in this order: 公章, 财务专用章, 合同专用章, 发票专用章, 法定代表人名章
    // (type, shape, spec). 01 and 05 are single-in-use types: at most one of each per organization.
    private static readonly (string Type, string Shape, string Spec)[] SealSet =
    [
        ("01", "01", "R40"), ("02", "01", "R38"), ("04", "01", "R40"), ("03", "02", "E4030"), ("05", "04", "S20"),
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _client;
    private readonly ImprintImage _imprint;
    private readonly int _sealsPerFiling;
    private readonly long _seed;
    private readonly StepStats[] _steps = StepNames.Select(_ => new StepStats()).ToArray();
    private readonly ConcurrentDictionary<string, byte> _creditCodes = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];
    private readonly List<string> _delivered = [];
    private List<long> _engravers = [];
    private string _division = "";
    private string _cityName = "";
    private string _countyFullName = "";
    private long _filingNumber;
    private long _engravingNumber;
    private long _imprintNumber;
    private long _httpRequests;
    private long _problemCount;

    private IntakeTargets(Uri baseAddress, int concurrency, int sealsPerFiling, long seed, ImprintImage imprint)
    {
        Loopback.RequireLoopback(baseAddress.ToString());
        _sealsPerFiling = sealsPerFiling is >= 1 and <= MaxSealsPerFiling
            ? sealsPerFiling
            : throw new ArgumentOutOfRangeException(nameof(sealsPerFiling), sealsPerFiling, $"between 1 and {MaxSealsPerFiling}");
        _seed = seed;
        _imprint = imprint;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            AllowAutoRedirect = false,
        };
        _client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>HTTP requests per whole filing: the intake, then engraving, imprint and delivery for each seal.</summary>
    public int RequestsPerFiling => 2 + (3 * _sealsPerFiling);

    public int SealsPerFiling => _sealsPerFiling;

    public string ShopCode { get; private set; } = "";

    /// <summary>HTTP requests answered (any status) since the last <see cref="ResetCounters"/>.</summary>
    public long HttpRequests => Interlocked.Read(ref _httpRequests);

    /// <summary>Failed steps since the last reset (the first <see cref="KeptProblems"/> are in <see cref="Problems"/>).</summary>
    public long ProblemCount => Interlocked.Read(ref _problemCount);

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>The seal codes delivered since the last reset.</summary>
    public IReadOnlyList<string> DeliveredSealCodes
    {
        get
        {
            lock (_delivered)
            {
                return [.. _delivered];
            }
        }
    }

    /// <summary>Signs in through <c>POST /api/v1/auth/token</c> and reads the shop's division and engravers from <c>GET /api/v1/shops/me</c>.</summary>
    public static async Task<IntakeTargets> SignInAsync(Uri baseAddress, int concurrency, string userName, string password, int sealsPerFiling, long seed, ImprintImage imprint, CancellationToken cancellationToken)
    {
        var targets = new IntakeTargets(baseAddress, concurrency, sealsPerFiling, seed, imprint);
        try
        {
            using (var response = await targets._client.PostAsJsonAsync("/api/v1/auth/token", new { username = userName, password }, Json, cancellationToken))
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidDataException($"Sign-in as {userName} failed: HTTP {(int)response.StatusCode} {body}");
                }

                var token = JsonSerializer.Deserialize<TokenBody>(body, Json)?.AccessToken ?? throw new InvalidDataException("No access token in " + body);
                targets._client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using (var response = await targets._client.GetAsync("/api/v1/shops/me", cancellationToken))
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidDataException($"{userName} is not a shop user: GET /api/v1/shops/me answered HTTP {(int)response.StatusCode} {body}");
                }

                var shop = JsonSerializer.Deserialize<ShopBody>(body, Json) ?? throw new InvalidDataException("No shop in " + body);
                targets.ShopCode = shop.ShopCode;
                targets._engravers = shop.Staff.Where(s => s.State == "Accepted" && s.Role == "Engraver").Select(s => s.Id).ToList();
                if (targets._engravers.Count == 0)
                {
                    throw new InvalidDataException($"Shop {shop.ShopCode} has no accepted engraver.");
                }

                var catalog = DivisionCatalog.Default;
                targets._division = shop.DivisionCode;
                targets._cityName = catalog.Find(shop.DivisionCode[..4] + "00")?.Name ?? "";
                targets._countyFullName = catalog.FullName(shop.DivisionCode);
            }

            return targets;
        }
        catch
        {
            targets.Dispose();
            throw;
        }
    }

    /// <summary>One whole filing; false when a step failed (the rest of the filing is skipped).</summary>
    public async Task<bool> FileAsync(long index, CancellationToken cancellationToken)
    {
        var filing = NextFiling();
        var scan = new ByteArrayContent(_imprint.Create(Variant(Interlocked.Increment(ref _imprintNumber))));
        scan.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var licence = new MultipartFormDataContent { { new StringContent("BusinessLicense"), "kind" }, { scan, "file", "licence.png" } };
        var staged = await SendAsync(StageStep, new HttpRequestMessage(HttpMethod.Post, "/api/v1/filings/staged-documents") { Content = licence }, cancellationToken);
        if (staged is null || JsonSerializer.Deserialize<StagedBody>(staged, Json) is not { } document)
        {
            return false;
        }

        var order = filing.Body with { DocumentIds = [document.Id] };
        var intake = await SendAsync(IntakeStep, new HttpRequestMessage(HttpMethod.Post, "/api/v1/filings") { Content = JsonContent.Create(order, options: Json) }, cancellationToken);
        if (intake is null)
        {
            return false;
        }

        var codes = JsonSerializer.Deserialize<IntakeResponseBody>(intake, Json)?.Seals.Select(s => s.SealCode).ToList() ?? [];
        if (codes.Count != _sealsPerFiling)
        {
            RecordProblem(IntakeStep, 201, "expected " + _sealsPerFiling + " seal codes: " + intake);
            return false;
        }

        // A shop's order of work: engrave the set, scan the imprints, hand everything over to the recipient.
        foreach (var code in codes)
        {
            var body = new { engraverStaffId = _engravers[(int)(Interlocked.Increment(ref _engravingNumber) % _engravers.Count)] };
            if (await SendAsync(EngravingStep, new HttpRequestMessage(HttpMethod.Post, $"/api/v1/seals/{code}/engraving") { Content = JsonContent.Create(body, options: Json) }, cancellationToken) is null)
            {
                return false;
            }
        }

        foreach (var code in codes)
        {
            var png = new ByteArrayContent(_imprint.Create(Variant(Interlocked.Increment(ref _imprintNumber))));
            png.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            var form = new MultipartFormDataContent { { png, "file", "imprint.png" } };
            if (await SendAsync(ImprintStep, new HttpRequestMessage(HttpMethod.Put, $"/api/v1/seals/{code}/imprint") { Content = form }, cancellationToken) is null)
            {
                return false;
            }
        }

        foreach (var code in codes)
        {
            var body = new { recipient = filing.Recipient };
            if (await SendAsync(DeliveryStep, new HttpRequestMessage(HttpMethod.Post, $"/api/v1/seals/{code}/delivery") { Content = JsonContent.Create(body, options: Json) }, cancellationToken) is null)
            {
                return false;
            }

            lock (_delivered)
            {
                _delivered.Add(code);
            }
        }

        return true;
    }

    /// <summary>Each step's latencies (successful requests) and failures since the last reset, over <paramref name="elapsed"/>.</summary>
    public IReadOnlyList<LoadResult> StepResults(int concurrency, TimeSpan elapsed) =>
        _steps.Select((s, i) => s.Summarize(StepNames[i], concurrency, elapsed)).ToList();

    public void ResetCounters()
    {
        foreach (var step in _steps)
        {
            step.Reset();
        }

        lock (_problems)
        {
            _problems.Clear();
        }

        lock (_delivered)
        {
            _delivered.Clear();
        }

        Interlocked.Exchange(ref _httpRequests, 0);
        Interlocked.Exchange(ref _problemCount, 0);
    }

    public void Dispose() => _client.Dispose();

    private async Task<string?> SendAsync(int step, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await _client.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var latency = Stopwatch.GetTimestamp() - start;
                Interlocked.Increment(ref _httpRequests);
                if (response.IsSuccessStatusCode)
                {
                    _steps[step].Add(latency);
                    return body;
                }

                RecordProblem(step, (int)response.StatusCode, body);
                return null;
            }
            catch (HttpRequestException e)
            {
                RecordProblem(step, 0, e.Message);
                return null;
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                RecordProblem(step, 0, "timed out: " + e.Message); // HttpClient.Timeout, not the end of the run
                return null;
            }
        }
    }

    private void RecordProblem(int step, int status, string body)
    {
        _steps[step].Error();
        Interlocked.Increment(ref _problemCount);
        lock (_problems)
        {
            if (_problems.Count < KeptProblems)
            {
                var text = body.Length > 600 ? body[..600] + "…" : body;
                _problems.Add(string.Create(CultureInfo.InvariantCulture, $"{StepNames[step]}: HTTP {status} {text}"));
            }
        }
    }

    private Filing NextFiling()
    {
        // One generator per filing, seeded from the run's seed and the filing's number: reproducible, thread-safe.
        var number = Interlocked.Increment(ref _filingNumber);
        var data = new SyntheticData(unchecked((int)Mix((ulong)_seed, (ulong)number)));
        string creditCode;
        do
        {
            creditCode = data.CreditCode(_division).Value;
        }
        while (!_creditCodes.TryAdd(creditCode, 0));

        var legalRepresentative = Person(data);
        var name = data.CompanyName(_cityName);
        var seals = SealSet.Take(_sealsPerFiling)
            .Select(s => new SealBody(s.Type, "01", s.Shape, s.Spec, s.Type == "05" ? legalRepresentative.Name : name))
            .ToList();
        var organization = new OrganizationBody(creditCode, name, "02", _division, data.Address(_countyFullName), legalRepresentative);
        return new Filing(new IntakeBody(organization, legalRepresentative, "New", seals), Person(data));
    }

    private PersonBody Person(SyntheticData data) => new(data.PersonName(), data.IdNumber(_division).Value, data.MobilePhone().Value);

    private ulong Variant(long imprintNumber) => Mix((ulong)_seed, (ulong)imprintNumber);

    /// <summary>SplitMix64 of the two values: well spread, deterministic.</summary>
    private static ulong Mix(ulong seed, ulong value)
    {
        var z = unchecked(seed + (value * 0x9E3779B97F4A7C15UL));
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    private sealed record Filing(IntakeBody Body, PersonBody Recipient);

    private sealed record PersonBody(string Name, string IdNumber, string Phone);

    private sealed record OrganizationBody(string CreditCode, string Name, string Type, string DivisionCode, string Address, PersonBody LegalRepresentative);

    private sealed record SealBody(string Type, string Material, string Shape, string Spec, string Text);

    private sealed record IntakeBody(OrganizationBody Organization, PersonBody Agent, string Reason, IReadOnlyList<SealBody> Seals, IReadOnlyList<long>? DocumentIds = null);

    private sealed record StagedBody(long Id);

    private sealed record IntakeResponseBody(long FilingId, IReadOnlyList<IntakeSealBody> Seals);

    private sealed record IntakeSealBody(string SealCode);

    private sealed record TokenBody(string AccessToken);

    private sealed record ShopBody(string ShopCode, string DivisionCode, IReadOnlyList<StaffBody> Staff);

    private sealed record StaffBody(long Id, string Role, string State);

    /// <summary>One step's successful latencies and failures, shared by the workers.</summary>
    private sealed class StepStats
    {
        private readonly List<long> _latencies = new(4096);
        private long _errors;

        public void Add(long latency)
        {
            lock (_latencies)
            {
                _latencies.Add(latency);
            }
        }

        public void Error() => Interlocked.Increment(ref _errors);

        public void Reset()
        {
            lock (_latencies)
            {
                _latencies.Clear();
            }

            Interlocked.Exchange(ref _errors, 0);
        }

        public LoadResult Summarize(string name, int concurrency, TimeSpan elapsed)
        {
            long[] latencies;
            lock (_latencies)
            {
                latencies = [.. _latencies];
            }

            return LoadGenerator.Summarize(name, concurrency, elapsed, latencies, Interlocked.Read(ref _errors));
        }
    }
}
