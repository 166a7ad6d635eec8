using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using SealGuard.Web.Areas.Shop.Pages.Intake;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Tests.Infrastructure.Http;

/// <summary>Absolute links come from SealGuard:PublicBaseUrl, redirects are relative: a forged Host header reaches neither.</summary>
public sealed class PublicBaseUrlTests(SharedApps apps)
{
    private static readonly Uri Forged = new("http://evil.example");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_receipt_QR_code_points_at_the_configured_public_address_whatever_the_host_header(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider, s => s["SealGuard:PublicBaseUrl"] = "https://seal.example.test/sealguard");
        var intake = TestData.Intake();
        var filing = await (await app.SignInAsync("shop.demo")).FileAsync(intake);
        var browser = (await app.SignInWithCookieAsync("shop.demo", baseAddress: Forged)).Client;

        var html = await browser.GetStringAsync($"/Shop/Intake/Receipt?filingId={filing.FilingId}", Ct);

        var expected = QueryHelpers.AddQueryString("https://seal.example.test/sealguard/", new Dictionary<string, string?> { ["sealCode"] = filing.Seals[0].SealCode, ["orgName"] = intake.Organization!.Name });
        html.ShouldContain(HtmlEncoder.Default.Encode(ReceiptModel.QrDataUri(expected)), customMessage: "the QR code encodes the configured address");
        html.ShouldContain("https://seal.example.test/sealguard/", customMessage: "the printed hint names the configured site (the long address is in the QR code only)");
        html.ShouldNotContain("evil.example");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_sign_in_redirect_is_relative_whatever_the_host_header(string provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = Forged });

        var response = await client.GetAsync("/Shop/Seals?lifeState=InUse", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/Account/Login?ReturnUrl=%2FShop%2FSeals%3FlifeState%3DInUse");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_roles_page_is_refused_in_place_with_no_redirect_to_the_forged_host(string provider)
    {
        var app = await apps.GetAsync(provider);
        var police = (await app.SignInWithCookieAsync("police.demo", baseAddress: Forged)).Client;

        var response = await police.GetAsync("/Shop", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Headers.Location.ShouldBeNull();
    }

    [Theory]
    [InlineData("https://seal.example.test", "https://seal.example.test/")]
    [InlineData("http://10.8.0.2:8080/sealguard", "http://10.8.0.2:8080/sealguard/")]
    [InlineData("https://seal.example.test/sealguard/", "https://seal.example.test/sealguard/")]
    public void A_configured_address_is_kept_with_a_trailing_slash(string configured, string expected) =>
        PublicBaseUrl.Parse(configured, production: true)!.AbsoluteUri.ShouldBe(expected);

    [Theory]
    [InlineData("http://[::]:5080", "http://localhost:5080/")]
    [InlineData("http://0.0.0.0:5080", "http://localhost:5080/")]
    [InlineData("http://+:5080", "http://localhost:5080/")]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080/")]
    public void Outside_production_the_first_listening_address_is_the_default(string listening, string expected) =>
        new PublicBaseUrl(PublicBaseUrl.Parse(null, production: false), new ListeningServer(listening)).Value.AbsoluteUri.ShouldBe(expected);

    private sealed class ListeningServer : IServer
    {
        public ListeningServer(string address)
        {
            var addresses = new ServerAddressesFeature();
            addresses.Addresses.Add(address);
            Features.Set<IServerAddressesFeature>(addresses);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
