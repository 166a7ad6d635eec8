using Microsoft.Playwright;

namespace SealGuard.BrowserTests.Infrastructure;

/// <summary>Records every host a page requests, to prove the pages load nothing from anywhere but the app.</summary>
public sealed class HostWatch
{
    private readonly List<string> _foreign = [];

    public HostWatch(IPage page, Uri app)
    {
        page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme is "data" or "blob" or "about")
            {
                return;
            }

            if (url.Host != app.Host || url.Port != app.Port)
            {
                lock (_foreign)
                {
                    _foreign.Add(request.Url);
                }
            }
        };
    }

    public IReadOnlyList<string> ForeignRequests
    {
        get
        {
            lock (_foreign)
            {
                return [.. _foreign];
            }
        }
    }
}
