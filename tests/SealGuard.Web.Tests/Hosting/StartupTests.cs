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
    public async Task Production_with_keys_starts_without_demo_logins_or_key_files(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider, s =>
        {
            s["environment"] = "Production";
            s["SealGuard:Demo"] = "false";
            s["SealGuard:Keys:PersonalData"] = Key();
            s["SealGuard:Keys:TokenSigning"] = Key();
        });
        var ct = TestContext.Current.CancellationToken;
        var client = app.AnonymousClient();

        (await client.GetAsync("/health/ready", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/v1/auth/token", new TokenRequest("shop.demo", DemoSeeder.DemoPassword), ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        Directory.Exists(Path.Combine(app.DataDirectory, "keys")).ShouldBeFalse();
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
