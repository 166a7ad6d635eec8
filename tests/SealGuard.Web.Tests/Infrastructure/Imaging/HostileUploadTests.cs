using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Web.Infrastructure.Imaging;

namespace SealGuard.Web.Tests.Infrastructure.Imaging;

/// <summary>
/// Hostile uploads against a real server (Kestrel): tiny files that declare huge pages. Memory is bounded twice: a page
/// whose decode would exceed <c>MaxDecodeBytes</c> is refused from its header, and at most <c>MaxConcurrentDecodes</c>
/// images are decoded at once; the rest wait for a slot and are answered 503 <c>Upload.Busy</c> when none frees up.
/// With the defaults (256 MiB, 2) that is at most 512 MiB of pixel buffers for any number of parallel uploads.
/// </summary>
public sealed class HostileUploadTests
{
    private const int Parallel = 8;
    private const long DecodeBudget = 32L * 1024 * 1024;
    private const int MaxConcurrentDecodes = 2;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Eight_parallel_hostile_uploads_are_refused_or_decoded_at_most_two_at_a_time(string provider)
    {
        await using var app = await StartAsync(provider, waitSeconds: 30);
        var shop = await app.LoginAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake());
        // Counted from here: the intake's own staged licence was decoded before.
        using var decoding = new DecodingGauge(app);

        // Over the budget (6324 × 6324 × 8 bytes is 320 MB; 4 KB on the wire) and just under it (2000 × 2000 × 8 bytes is 32 MB).
        var overBudget = TiffTestWriter.BlankPage(6324, 6324);
        var underBudget = TiffTestWriter.BlankPage(2000, 2000);
        var refused = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => shop.UploadDocumentAsync(filing.FilingId, "BusinessLicense", overBudget, "scan.tif")));
        var peakWhileRefusing = decoding.Peak;
        var decoded = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => shop.UploadDocumentAsync(filing.FilingId, "BusinessLicense", underBudget, "scan.tif")));

        foreach (var response in refused)
        {
            (await response.ShouldNameFieldsAsync("file"))["file"].ShouldHaveSingleItem().ShouldContain("6324×6324");
        }

        peakWhileRefusing.ShouldBe(0, "a page over the budget is refused before any decode starts");
        foreach (var response in decoded)
        {
            await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        }

        decoding.Peak.ShouldBeInRange(1, MaxConcurrentDecodes);
        decoding.Current.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_upload_that_finds_no_decode_slot_in_time_is_a_503_problem_and_stores_nothing(string provider)
    {
        await using var app = await StartAsync(provider, waitSeconds: 1);
        var shop = await app.LoginAsync("shop.demo");
        var filing = await shop.FileAsync(TestData.Intake());
        var filed = (await shop.GetSealAsync(filing.Seals[0].SealCode)).Filing.Documents;
        var limiter = app.Services.GetRequiredService<ImageWorkLimiter>();
        using var release = new ManualResetEventSlim();
        using var entered = new CountdownEvent(MaxConcurrentDecodes);

        // Occupy every slot, as long-running decodes would.
        var holders = Enumerable.Range(0, MaxConcurrentDecodes).Select(_ => Task.Run(() => limiter.TryRunAsync(() =>
        {
            entered.Signal();
            return release.Wait(TimeSpan.FromSeconds(30));
        }, CancellationToken.None))).ToList();
        entered.Wait(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken).ShouldBeTrue();
        HttpResponseMessage busy;
        try
        {
            busy = await shop.UploadDocumentAsync(filing.FilingId, "BusinessLicense");
        }
        finally
        {
            release.Set();
            await Task.WhenAll(holders);
        }

        var problem = await busy.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem.GetProperty("code").GetString().ShouldBe("Upload.Busy");
        problem.GetProperty("detail").GetString().ShouldBe(Core.Codes.Messages.Get("Upload.Busy"));
        (await shop.GetSealAsync(filing.Seals[0].SealCode)).Filing.Documents.ShouldBe(filed, "only the materials filed with the intake");
        await (await shop.UploadDocumentAsync(filing.FilingId, "BusinessLicense")).ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    private static Task<SealGuardApp> StartAsync(string provider, int waitSeconds) =>
        SealGuardApp.StartAsync(provider, settings =>
        {
            settings["SealGuard:DemoOrganizations"] = "0";
            settings["SealGuard:Uploads:MaxDecodeBytes"] = DecodeBudget.ToString(CultureInfo.InvariantCulture);
            settings["SealGuard:Uploads:MaxConcurrentDecodes"] = MaxConcurrentDecodes.ToString(CultureInfo.InvariantCulture);
            settings["SealGuard:Uploads:DecodeWaitSeconds"] = waitSeconds.ToString(CultureInfo.InvariantCulture);
        }, kestrel: true);

    /// <summary>
    /// Follows the app's <c>sealguard.images.decoding</c> counter (its own meter factory only, so other apps in the test
    /// process do not count): every change arrives synchronously, so the peak is exact, not sampled.
    /// </summary>
    private sealed class DecodingGauge : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Lock _gate = new();
        private int _current;
        private int _peak;

        public DecodingGauge(SealGuardApp app)
        {
            var meters = app.Services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == ImageWorkLimiter.DecodingInstrument)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<int>((_, change, _, _) =>
            {
                lock (_gate)
                {
                    _current += change;
                    _peak = Math.Max(_peak, _current);
                }
            });
            _listener.Start();
        }

        public int Current
        {
            get
            {
                lock (_gate)
                {
                    return _current;
                }
            }
        }

        public int Peak
        {
            get
            {
                lock (_gate)
                {
                    return _peak;
                }
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
