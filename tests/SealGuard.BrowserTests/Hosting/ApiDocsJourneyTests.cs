using Microsoft.Playwright;
using SealGuard.BrowserTests.Infrastructure;

namespace SealGuard.BrowserTests.Hosting;

public sealed class ApiDocsJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_interactive_api_docs_load_without_contacting_any_other_host()
    {
        var page = await app.NewPageAsync();
        var hosts = new HostWatch(page, app.BaseAddress);

        await page.GotoAsync("/scalar/", new() { WaitUntil = WaitUntilState.NetworkIdle });

        await Assertions.Expect(page.GetByText("SealGuard API").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("/api/v1/filings").First).ToBeAttachedAsync();
        hosts.ForeignRequests.ShouldBeEmpty();
    }
}
