using System.Globalization;
using BenchmarkDotNet.Attributes;
using SealGuard.Core.Codes;
using SealGuard.Core.Synthetic;

namespace SealGuard.MicroBenchmarks;

/// <summary>
/// Parsing and validating the codes every form, API call and search checks: a GB 32100 credit code, a GB 11643 ID
/// number and a GA 241 seal code, each over <see cref="Count"/> different valid synthetic inputs (so no single string
/// is learned by the branch predictor). Times are per code. Baseline: a length check plus <c>int.TryParse</c> of the
/// six division digits of the same strings.
/// </summary>
[MemoryDiagnoser]
public class CodeBenchmarks
{
    /// <summary>Inputs per kind; each benchmark invocation parses all of them.</summary>
    public const int Count = 256;

    private string[] _creditCodes = [];
    private string[] _idNumbers = [];
    private string[] _sealCodes = [];

    [GlobalSetup]
    public void Setup()
    {
        var data = new SyntheticData(42);
        var counties = new[] { "410702", "410703", "410711", "410721", "410724", "410727", "410781", "410782" };
        _creditCodes = new string[Count];
        _idNumbers = new string[Count];
        _sealCodes = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            var county = counties[i % counties.Length];
            _creditCodes[i] = data.CreditCode(county).Value;
            _idNumbers[i] = data.IdNumber(county, today: new DateOnly(2026, 11, 26)).Value;
            _sealCodes[i] = county + data.Random.Next(1, SealCode.MaxSerial + 1).ToString("0000000", CultureInfo.InvariantCulture);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int LengthAndIntTryParse()
    {
        // The same per-code cost whichever kind: cycle through the three sets so the inputs match the benchmarks'.
        var ok = 0;
        for (var i = 0; i < Count; i++)
        {
            var text = (i % 3) switch
            {
                0 => _creditCodes[i],
                1 => _idNumbers[i],
                _ => _sealCodes[i],
            };
            if (text.Length is 13 or 18
                && int.TryParse(text.AsSpan(text.Length == 13 ? 0 : 2, 6), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                ok++;
            }
        }

        return ok;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int CreditCodeTryParse()
    {
        var ok = 0;
        foreach (var text in _creditCodes)
        {
            if (CreditCode.TryParse(text, out _, out _))
            {
                ok++;
            }
        }

        return ok;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int IdNumberTryParse()
    {
        var ok = 0;
        foreach (var text in _idNumbers)
        {
            // The overload the forms and the search use: "today" in China from the clock.
            if (IdNumber.TryParse(text, out _, out _))
            {
                ok++;
            }
        }

        return ok;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int SealCodeTryParse()
    {
        var ok = 0;
        foreach (var text in _sealCodes)
        {
            if (SealCode.TryParse(text, out _, out _))
            {
                ok++;
            }
        }

        return ok;
    }
}
