using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;

namespace SealGuard.BrowserTests.Hosting;

public sealed class ApiDocsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_interactive_api_docs_load_the_document_from_the_app_contact_no_other_host_and_break_no_policy()
    {
        var page = await app.NewPageAsync();
        var hosts = new HostWatch(page, app.BaseAddress);
        var csp = await CspWatch.StartAsync(page);
        var document = page.WaitForResponseAsync(r => r.Url.EndsWith("/openapi/v1.json", StringComparison.Ordinal));

        await page.GotoAsync("/scalar/", new() { WaitUntil = WaitUntilState.NetworkIdle });

        (await document).Status.ShouldBe(200);
        hosts.ForeignRequests.ShouldBeEmpty();
        csp.Violations.ShouldBeEmpty("the reference page has its own, relaxed policy");
    }
}
