using SealGuard.BrowserTests.Infrastructure;

namespace SealGuard.BrowserTests.Hosting;

/// <summary>A signed-in page writes through the API with the shared fetch helper; a bare fetch with the cookie is refused.</summary>
public sealed class ApiAntiforgeryTests(BrowserApp app)
{
    private const string Write = "async (send) => { const r = await send('/api/v1/seals/4107029999999/scrap', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }); return (await r.json()).code; }";

    [Fact]
    public async Task The_page_fetch_helper_passes_the_apis_antiforgery_check_that_a_bare_fetch_fails()
    {
        var page = await app.SignInAsync("shop.demo");

        var bare = await page.EvaluateAsync<string>($"() => ({Write})(window.fetch.bind(window))");
        var helper = await page.EvaluateAsync<string>($"() => ({Write})(window.sgFetch)");

        bare.ShouldBe("Request.Antiforgery");
        helper.ShouldNotBe("Request.Antiforgery");
        helper.ShouldNotBeNull("the API answered the write itself (a problem about the seal)");
    }
}
