using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Hosting;

public sealed class StartupTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Production_with_demo_data_switched_on_does_not_start(string provider)
    {
        var settings = Working();
        settings["SealGuard__Demo"] = "true";
        var error = await StartFailingAsync(provider, settings);

        error.ShouldContain("SealGuard:Demo");
        error.ShouldContain("Production");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Production_without_configured_keys_does_not_start(string provider)
    {
        var error = await StartFailingAsync(provider, []);

        error.ShouldContain("SealGuard:Keys:PersonalData must be configured in Production");
        error.ShouldContain("SealGuard__Keys__PersonalData");
    }

    public static TheoryData<string, string, string, string> BadKeys()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var provider in new[] { TestDatabase.Sqlite, TestDatabase.Postgres })
        {
            data.Add(provider, "PersonalData", Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)), "SealGuard:Keys:PersonalData is 16 bytes; it must be at least 32 bytes");
            data.Add(provider, "TokenSigning", "not base64!", "SealGuard:Keys:TokenSigning is not valid base64");
            data.Add(provider, "TokenSigning", string.Empty, "SealGuard:Keys:TokenSigning must be configured in Production");
            data.Add(provider, "AuditChain", string.Empty, "SealGuard:Keys:AuditChain must be configured in Production");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task Production_with_a_short_malformed_or_missing_key_names_it_and_exits_with_code_1(string provider, string key, string value, string message)
    {
        var settings = Working();
        settings["SealGuard__Keys__" + key] = value;

        (await StartFailingAsync(provider, settings)).ShouldContain(message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Production_with_a_setting_that_does_not_parse_names_it_and_exits_with_code_1(string provider)
    {
        var settings = Working();
        settings["SealGuard__Auth__MaxFailedLogins"] = "five";
        var error = await StartFailingAsync(provider, settings);

        error.ShouldContain("SealGuard:Auth:MaxFailedLogins");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Generated_development_keys_are_readable_by_the_service_account_only(string provider)
    {
        var app = await apps.GetAsync(provider);
        var keys = Path.Combine(app.DataDirectory, "keys");

        File.GetUnixFileMode(keys).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var files = Directory.GetFiles(keys);
        files.Select(Path.GetFileName).ShouldBe(["personal-data.key", "token-signing.key", "audit-chain.key"], ignoreOrder: true);
        files.ShouldAllBe(f => File.GetUnixFileMode(f) == (UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Production_with_keys_starts_without_demo_logins_or_key_files(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider, SealGuardApp.Production);
        var ct = TestContext.Current.CancellationToken;
        var client = app.AnonymousClient();

        (await client.GetAsync("/health/ready", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest("shop.demo", DemoSeeder.DemoPassword), ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        Directory.Exists(Path.Combine(app.DataDirectory, "keys")).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Production_without_the_audit_chain_key_does_not_start(string provider)
    {
        // The key must come from outside the database's host: never generated next to the data in Production.
        var settings = Working();
        settings.Remove("SealGuard__Keys__AuditChain");

        (await StartFailingAsync(provider, settings)).ShouldContain("SealGuard:Keys:AuditChain must be configured in Production");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Production_without_a_public_base_url_does_not_start(string provider)
    {
        var settings = Working();
        settings.Remove("SealGuard__PublicBaseUrl");

        (await StartFailingAsync(provider, settings)).ShouldContain("SealGuard:PublicBaseUrl is required in Production");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_public_base_url_that_is_not_an_absolute_http_url_refuses_start(string provider)
    {
        foreach (var bad in new[] { "seal.example.test", "ftp://seal.example.test/", "https://seal.example.test/?from=qr", "/relative" })
        {
            var settings = Working();
            settings["SealGuard__PublicBaseUrl"] = bad;

            (await StartFailingAsync(provider, settings)).ShouldContain($"SealGuard:PublicBaseUrl '{bad}' is not an absolute http(s) URL", customMessage: bad);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_jurisdiction_that_names_no_division_does_not_start(string provider)
    {
        foreach (var jurisdiction in new[] { "41O7", "9999", "41070" })
        {
            var settings = Working();
            settings["SealGuard__Jurisdiction"] = jurisdiction;
            var error = await StartFailingAsync(provider, settings);

            error.ShouldContain("SealGuard:Jurisdiction", Case.Sensitive, jurisdiction);
            error.ShouldContain(jurisdiction, Case.Sensitive, jurisdiction);
        }
    }

    /// <summary>A Production configuration that starts (as environment variables); each test breaks one thing.</summary>
    private static Dictionary<string, string> Working() => new()
    {
        ["SealGuard__Keys__PersonalData"] = Key(),
        ["SealGuard__Keys__TokenSigning"] = Key(),
        ["SealGuard__Keys__AuditChain"] = Key(),
        ["SealGuard__PublicBaseUrl"] = "https://seal.example.test/",
    };

    private static string Key() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// Starts the real web host in Production (as an operator would), which must refuse to start; returns what it wrote
    /// to stderr after asserting the clean exit: code 1, one line, no stack trace.
    /// </summary>
    private static async Task<string> StartFailingAsync(string provider, Dictionary<string, string> settings)
    {
        TestDatabase.SkipIfUnavailable(provider);
        var dataDirectory = TestDirectories.New();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SealGuard.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["SealGuard__DataDirectory"] = dataDirectory;
        start.Environment["SealGuard__Database__Provider"] = provider;
        if (provider == TestDatabase.Postgres)
        {
            // Never connected to: the configuration is refused first.
            start.Environment["ConnectionStrings__Default"] = TestDatabase.PostgresServer;
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }

        var error = (await stderr).Trim();
        process.ExitCode.ShouldBe(1, $"stdout: {await stdout}{Environment.NewLine}stderr: {error}");
        error.ShouldStartWith("SealGuard cannot start: ");
        error.ShouldNotContain("\n", customMessage: "one line, no stack trace");
        (await stdout).ShouldNotContain("Unhandled exception");
        return error;
    }
}
