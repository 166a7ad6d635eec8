using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using SealGuard.Web.Features.Demo;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Hosting;

public sealed class StartupTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Production_with_demo_data_switched_on_does_not_start(string provider)
    {
        var error = await StartFailingAsync(provider, s =>
        {
            s["environment"] = "Production";
            s["SealGuard:Demo"] = "true";
            s["SealGuard:Keys:PersonalData"] = Key();
            s["SealGuard:Keys:TokenSigning"] = Key();
            s["SealGuard:Keys:AuditChain"] = Key();
        });

        error.ShouldContain("SealGuard:Demo");
        error.ShouldContain("Production");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Production_without_configured_keys_does_not_start(string provider)
    {
        var error = await StartFailingAsync(provider, s =>
        {
            s["environment"] = "Production";
            s["SealGuard:Demo"] = "false";
        });

        error.ShouldContain("SealGuard:Keys:");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Production_without_the_audit_chain_key_does_not_start(string provider)
    {
        // The key must come from outside the database's host: never generated next to the data in Production.
        var error = await StartFailingAsync(provider, s =>
        {
            SealGuardApp.Production(s);
            s.Remove("SealGuard:Keys:AuditChain");
        });

        // KeyMaterial names the key by its file name (audit-chain) for now; either spelling names the setting.
        error.Replace("-", "", StringComparison.Ordinal).ShouldContain("SealGuard:Keys:AuditChain", Case.Insensitive);
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
    public async Task Production_without_a_public_base_url_does_not_start(string provider)
    {
        var error = await StartFailingAsync(provider, s =>
        {
            SealGuardApp.Production(s);
            s.Remove("SealGuard:PublicBaseUrl");
        });

        error.ShouldContain("SealGuard:PublicBaseUrl is required in Production");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_public_base_url_that_is_not_an_absolute_http_url_refuses_start(string provider)
    {
        foreach (var bad in new[] { "seal.example.test", "ftp://seal.example.test/", "https://seal.example.test/?from=qr", "/relative" })
        {
            var error = await StartFailingAsync(provider, s => s["SealGuard:PublicBaseUrl"] = bad);

            error.ShouldContain($"SealGuard:PublicBaseUrl '{bad}' is not an absolute http(s) URL", customMessage: bad);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_jurisdiction_that_names_no_division_does_not_start(string provider)
    {
        foreach (var jurisdiction in new[] { "41O7", "9999", "41070" })
        {
            var error = await StartFailingAsync(provider, s => s["SealGuard:Jurisdiction"] = jurisdiction);

            error.ShouldContain("SealGuard:Jurisdiction", Case.Sensitive, jurisdiction);
            error.ShouldContain(jurisdiction, Case.Sensitive, jurisdiction);
        }
    }

    private static string Key() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Starts an app that must fail; returns the messages of the exception chain. Cleans up what the start created.</summary>
    private static async Task<string> StartFailingAsync(string provider, Action<Dictionary<string, string?>> configure)
    {
        TestDatabase.SkipIfUnavailable(provider);
        Dictionary<string, string?>? settings = null;
        var failure = await Should.ThrowAsync<Exception>(() => SealGuardApp.StartAsync(provider, s =>
        {
            settings = s;
            configure(s);
        }));

        if (settings is not null)
        {
            if (settings.TryGetValue("ConnectionStrings:Default", out var connection) && connection is not null)
            {
                await TestDatabase.DropPostgresDatabaseAsync(connection);
            }

            if (settings["SealGuard:DataDirectory"] is { } directory && Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        var messages = new List<string>();
        for (var e = failure; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        return string.Join(" | ", messages);
    }
}
