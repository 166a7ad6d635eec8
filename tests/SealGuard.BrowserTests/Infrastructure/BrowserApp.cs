using System.Reflection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(SealGuard.BrowserTests.Infrastructure.BrowserApp))]

namespace SealGuard.BrowserTests.Infrastructure;

/// <summary>
/// The real app on a real socket (Kestrel on a free loopback port, SQLite, a small demo city) and Debian's chromium
/// driven by Playwright. Shared by all browser tests; each test gets its own browser context.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DemoPassword = "Demo#2026";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "sealguard-browser", Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private Factory? _factory;
    private IPlaywright? _playwright;

    public BrowserApp()
        : this(new Dictionary<string, string?>())
    {
    }

    private BrowserApp(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    /// <summary>An app of its own with changed settings (e.g. a small rate limit), started like the shared one; dispose it.</summary>
    public static async Task<BrowserApp> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var app = new BrowserApp(settings);
        await app.InitializeAsync();
        return app;
    }

    public async ValueTask InitializeAsync()
    {
        _factory = new Factory(_dataDirectory, _settings);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh context (cookies, storage) with a page, at desktop size unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            // No half-finished transitions in the screenshots (Bootstrap honours it).
            ReducedMotion = ReducedMotion.Reduce,
        });
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignInAsync(string userName, int width = 1366)
    {
        var page = await NewPageAsync(width);
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Set to <c>1</c> (by <c>scripts/update-screenshots.sh</c>) to rewrite the committed screenshots.</summary>
    public const string UpdateScreenshotsVariable = "SEALGUARD_UPDATE_SCREENSHOTS";

    /// <summary>
    /// Where a screenshot named <paramref name="name"/> is written: <c>artifacts/screenshots</c>, so that a test run
    /// leaves the committed ones alone; <c>docs/screenshots</c> (the README's) only when <see cref="UpdateScreenshotsVariable"/> is <c>1</c>.
    /// </summary>
    public static string ScreenshotPath(string name)
    {
        var root = typeof(BrowserApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var target = Environment.GetEnvironmentVariable(UpdateScreenshotsVariable) == "1"
            ? Path.Combine(root, "docs", "screenshots")
            : Path.Combine(root, "artifacts", "screenshots");
        Directory.CreateDirectory(target);
        return Path.Combine(target, name + ".png");
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // temp space; the OS cleans it
        }
    }

    private sealed class Factory(string dataDirectory, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<SealGuard.Web.Hosting.SealGuardOptions>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("SealGuard:DataDirectory", dataDirectory);
            builder.UseSetting("SealGuard:Demo", "true");
            builder.UseSetting("SealGuard:DemoOrganizations", "30");
            builder.UseSetting("SealGuard:RateLimiting:PublicPerMinute", "0");
            builder.UseSetting("SealGuard:RateLimiting:SignInPerMinute", "0");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
