using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Seeding.Demo;

namespace SealGuard.Web.Tests.Infrastructure;

/// <summary>
/// The real app on one provider, in its own data directory (and PostgreSQL database), seeded with a small demo city.
/// </summary>
// Any type of the web assembly names the entry point; "Program" alone is ambiguous next to the CLI's.
public sealed class SealGuardApp : WebApplicationFactory<SealGuard.Web.Hosting.SealGuardOptions>
{
    private readonly Dictionary<string, string?> _settings;

    private SealGuardApp(string provider, Dictionary<string, string?> settings)
    {
        Provider = provider;
        _settings = settings;
    }

    public string Provider { get; }

    /// <summary>Everything the app logged, as "Level: message".</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    public string DataDirectory => _settings["SealGuard:DataDirectory"]!;

    /// <summary>The settings the app runs with, for a CLI run against the same data.</summary>
    public IReadOnlyDictionary<string, string?> Settings => _settings;

    /// <param name="provider">Sqlite or Postgres.</param>
    /// <param name="configure">Changes to the settings.</param>
    /// <param name="kestrel">Serve on a real socket: the in-memory test server enforces no request body limits.</param>
    public static async Task<SealGuardApp> StartAsync(string provider, Action<Dictionary<string, string?>>? configure = null, bool kestrel = false)
    {
        TestDatabase.SkipIfUnavailable(provider);
        var settings = new Dictionary<string, string?>
        {
            ["SealGuard:DataDirectory"] = TestDirectories.New(),
            ["SealGuard:Database:Provider"] = provider,
            ["SealGuard:Demo"] = "true",
            ["SealGuard:DemoOrganizations"] = "9",
            ["SealGuard:RateLimiting:PublicPerMinute"] = "0",
            ["SealGuard:RateLimiting:SignInPerMinute"] = "0",
        };
        if (provider == TestDatabase.Postgres)
        {
            settings["ConnectionStrings:Default"] = await TestDatabase.CreatePostgresDatabaseAsync();
        }

        configure?.Invoke(settings);
        var app = new SealGuardApp(provider, settings);
        if (kestrel)
        {
            app.UseKestrel(0);
            app.StartServer();
        }
        else
        {
            _ = app.Server; // start now: migrations and demo seeding happen here, not in the first request
        }

        return app;
    }

    /// <summary>Changes settings to a Production start that works: demo off, the keys and the public base URL given.</summary>
    public static void Production(Dictionary<string, string?> settings)
    {
        settings["environment"] = "Production";
        settings["SealGuard:Demo"] = "false";
        settings["SealGuard:Keys:PersonalData"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        settings["SealGuard:Keys:TokenSigning"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        settings["SealGuard:Keys:AuditChain"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        settings["SealGuard:PublicBaseUrl"] = "https://seal.example.test/";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(l => l.AddProvider(new CapturingLoggerProvider(Logs)));
    }

    /// <summary>An HTTP client signed in through the token endpoint as a demo user.</summary>
    public async Task<HttpClient> LoginAsync(string userName, string password = DemoSeeder.DemoPassword)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest(userName, password));
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>
    /// A browser-like client signed in through the login page (a cookie), with its own cookie jar; redirects are not
    /// followed. <paramref name="baseAddress"/> sets the Host header the app sees (e.g. a forged one).
    /// </summary>
    public async Task<(HttpClient Client, CookieContainer Cookies)> SignInWithCookieAsync(string userName, string password = DemoSeeder.DemoPassword, Uri? baseAddress = null)
    {
        var cookies = new CookieContainer();
        var client = ClientWith(cookies, baseAddress);
        var response = await PostFormAsync(client, "/Account/Login", "/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return (client, cookies);
    }

    /// <summary>A client sending the given cookies, e.g. a copy of a signed-in browser's.</summary>
    public HttpClient ClientWith(CookieContainer cookies, Uri? baseAddress = null) =>
        CreateDefaultClient(baseAddress ?? new Uri("http://localhost"), new CookieContainerHandler(cookies));

    /// <summary>Posts a form as a browser does: with the antiforgery token of the page at <paramref name="page"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        fields["__RequestVerificationToken"] = PageBrowser.AntiforgeryToken(html);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public async Task<T> WithDbAsync<T>(Func<SealGuardDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<SealGuardDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
            if (Provider == TestDatabase.Postgres && _settings.TryGetValue("ConnectionStrings:Default", out var connection) && connection is not null)
            {
                await TestDatabase.DropPostgresDatabaseAsync(connection);
            }
        }
        finally
        {
            TestDirectories.Delete(DataDirectory);
        }
    }
}

/// <summary>Keeps what the app logs, so a test can assert a warning an operator would see.</summary>
internal sealed class CapturingLoggerProvider(ConcurrentQueue<string> logs) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(logs);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs.Enqueue($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }
}
