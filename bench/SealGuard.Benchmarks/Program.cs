using System.Globalization;
using SealGuard.Benchmarks;

// sealguard-bench verify --url http://127.0.0.1:PORT --codes codes.txt [--duration 20] [--warmup 3] [--concurrency 32]
//                        [--max-requests N] [--postgres CONNECTION | --sqlite FILE] [--pid SERVER_PID]
// sealguard-bench sample (--postgres CONNECTION | --sqlite FILE) --count 10000 --out codes.txt
// sealguard-bench intake --url http://127.0.0.1:PORT [--user shop.demo] [--password Demo#2026] [--seals 3] [--duration 20]
//                        [--warmup 3] [--concurrency 16] [--max-filings N] [--seed N] [--pid SERVER_PID]
// sealguard-bench search --url http://127.0.0.1:PORT --user USER --password PASSWORD --codes codes.txt [--lookups 200]
//                        [--duration 10] [--warmup 2] [--concurrency 4] [--max-requests N] [--pid SERVER_PID]
// sealguard-bench alerts --url http://127.0.0.1:PORT --police USER:PASSWORD --admin USER:PASSWORD --shop USER:PASSWORD
//                        [--seals 2] [--duration 10] [--warmup 2] [--concurrency 4] [--seed N]
// sealguard-bench imprint --out imprint.png [--variant 0]      (writes the intake benchmark's imprint image)
try
{
    var command = args.Length > 0 ? args[0] : "";
    var options = Options.Parse(args.Skip(1));
    switch (command)
    {
        case "verify":
            {
                var url = Loopback.RequireLoopback(options.Required("url"));
                var samples = SealSample.Read(options.Required("codes"));
                var load = new LoadSettings(options.Int("concurrency", 32), TimeSpan.FromSeconds(options.Int("duration", 20)),
                    TimeSpan.FromSeconds(options.Int("warmup", 3)), options.Long("max-requests", long.MaxValue));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{samples.Count:N0} seal samples, {load.Concurrency} concurrent, warm-up {load.Warmup.TotalSeconds} s, {load.Duration.TotalSeconds} s per target, {Environment.ProcessorCount} CPUs"));
                var pid = options.Optional("pid") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
                var result = await VerificationBenchmark.RunAsync(new VerificationBenchmarkOptions(url, samples, load, options.Optional("postgres"), options.Optional("sqlite"), pid), Console.Out);
                Console.WriteLine();
                Console.Write(VerificationBenchmark.Format(result));
                return result.Constant.Requests > 0 && result.Verification.Requests > 0 ? 0 : 1;
            }

        case "sample":
            {
                var count = options.Int("count", 10_000);
                using var database = DatabaseTarget.Create(options.Optional("postgres"), options.Optional("sqlite"), 1, [new SealSample("", "")]);
                var samples = await database.SampleAsync(count, CancellationToken.None);
                SealSample.Write(options.Required("out"), samples);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{samples.Count:N0} seal code and organization name pairs written to {options.Required("out")}"));
                return samples.Count > 0 ? 0 : 1;
            }

        case "intake":
            {
                var url = Loopback.RequireLoopback(options.Required("url"));
                var load = new LoadSettings(options.Int("concurrency", 16), TimeSpan.FromSeconds(options.Int("duration", 20)),
                    TimeSpan.FromSeconds(options.Int("warmup", 3)), options.Long("max-filings", long.MaxValue));
                var pid = options.Optional("pid") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
                var seed = options.Optional("seed") is { } s ? long.Parse(s, CultureInfo.InvariantCulture) : (long?)null;
                var intake = new IntakeBenchmarkOptions(url, load, options.Optional("user") ?? "shop.demo", options.Optional("password") ?? "Demo#2026",
                    options.Int("seals", 3), seed, pid);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{load.Concurrency} concurrent, warm-up {load.Warmup.TotalSeconds} s, {load.Duration.TotalSeconds} s per target, {intake.SealsPerFiling} seals per filing, {Environment.ProcessorCount} CPUs"));
                var result = await IntakeBenchmark.RunAsync(intake, Console.Out);
                Console.WriteLine();
                Console.Write(IntakeBenchmark.Format(result));
                return result.Constant.Requests > 0 && result.Filings.Requests > 0 ? 0 : 1;
            }

        case "search":
            {
                var url = Loopback.RequireLoopback(options.Required("url"));
                var load = new LoadSettings(options.Int("concurrency", 4), TimeSpan.FromSeconds(options.Int("duration", 10)),
                    TimeSpan.FromSeconds(options.Int("warmup", 2)), options.Long("max-requests", long.MaxValue));
                var pid = options.Optional("pid") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : (int?)null;
                var search = new SearchBenchmarkOptions(url, load, options.Required("user"), options.Required("password"),
                    SealSample.Read(options.Required("codes")), options.Int("lookups", 200), pid);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{load.Concurrency} concurrent, warm-up {load.Warmup.TotalSeconds} s, {load.Duration.TotalSeconds} s per kind, {search.Lookups} looked-up seals, {Environment.ProcessorCount} CPUs"));
                var figures = await SearchBenchmark.RunAsync(search, Console.Out);
                Console.WriteLine();
                SearchBenchmark.Print(figures, Console.Out);
                return figures.All(f => f.Result.Requests > 0) ? 0 : 1;
            }

        case "alerts":
            {
                var url = Loopback.RequireLoopback(options.Required("url"));
                var load = new LoadSettings(options.Int("concurrency", 4), TimeSpan.FromSeconds(options.Int("duration", 10)),
                    TimeSpan.FromSeconds(options.Int("warmup", 2)));
                var seed = options.Optional("seed") is { } s ? long.Parse(s, CultureInfo.InvariantCulture) : (long?)null;
                var alerts = new AlertsBenchmarkOptions(url, load, options.Login("police"), options.Login("admin"), options.Login("shop"), options.Int("seals", 2), seed);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{load.Concurrency} concurrent, warm-up {load.Warmup.TotalSeconds} s, {load.Duration.TotalSeconds} s per target, {alerts.SealsPerFiling} seals per filing, {Environment.ProcessorCount} CPUs"));
                var result = await AlertsBenchmark.RunAsync(alerts, Console.Out);
                Console.WriteLine();
                Console.Write(AlertsBenchmark.Format(result));
                return result.ListQueries.All(q => q.Requests > 0 && q.Errors == 0) && result.IntakeRulesOff.Requests > 0 && result.IntakeRulesOn.Requests > 0 ? 0 : 1;
            }

        case "imprint":
            {
                var image = new ImprintImage();
                var variant = options.Optional("variant") is { } v ? ulong.Parse(v, CultureInfo.InvariantCulture) : 0;
                await File.WriteAllBytesAsync(options.Required("out"), image.Create(variant));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{image.Side}x{image.Side} px, {image.Length:N0} bytes written to {options.Required("out")}"));
                return 0;
            }

        default:
            Console.Error.WriteLine("usage: sealguard-bench verify --url http://127.0.0.1:PORT --codes FILE [--duration 20] [--warmup 3] [--concurrency 32] [--max-requests N] [--postgres CONN | --sqlite FILE] [--pid PID]");
            Console.Error.WriteLine("       sealguard-bench sample (--postgres CONN | --sqlite FILE) [--count 10000] --out FILE");
            Console.Error.WriteLine("       sealguard-bench intake --url http://127.0.0.1:PORT [--user shop.demo] [--password Demo#2026] [--seals 3] [--duration 20] [--warmup 3] [--concurrency 16] [--max-filings N] [--seed N] [--pid PID]");
            Console.Error.WriteLine("       sealguard-bench search --url http://127.0.0.1:PORT --user USER --password PASSWORD --codes FILE [--lookups 200] [--duration 10] [--warmup 2] [--concurrency 4] [--max-requests N] [--pid PID]");
            Console.Error.WriteLine("       sealguard-bench alerts --url http://127.0.0.1:PORT --police USER:PASSWORD --admin USER:PASSWORD --shop USER:PASSWORD [--seals 2] [--duration 10] [--warmup 2] [--concurrency 4] [--seed N]");
            Console.Error.WriteLine("       sealguard-bench imprint --out FILE [--variant N]");
            return 2;
    }
}
catch (Exception e) when (e is ArgumentException or FormatException or IOException or InvalidDataException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var key = e.Current.StartsWith("--", StringComparison.Ordinal) ? e.Current[2..] : throw new ArgumentException($"Unexpected argument {e.Current}");
            options._values[key] = e.MoveNext() ? e.Current : throw new ArgumentException($"--{key} needs a value");
        }

        return options;
    }

    public string? Optional(string key) => _values.GetValueOrDefault(key);

    public string Required(string key) => Optional(key) ?? throw new ArgumentException($"--{key} is required");

    public int Int(string key, int fallback) => Optional(key) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    /// <summary>A <c>USER:PASSWORD</c> pair (the password may hold colons).</summary>
    public (string User, string Password) Login(string key) =>
        Required(key).Split(':', 2) is [{ Length: > 0 } user, var password] ? (user, password) : throw new ArgumentException($"--{key} is USER:PASSWORD");

    public long Long(string key, long fallback) => Optional(key) is { } v ? long.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
