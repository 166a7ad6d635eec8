using System.Net;
using Npgsql;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Hosting;

public sealed class HealthTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Live_and_ready_answer_200_without_a_token(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var client = app.AnonymousClient();

        var live = await client.GetAsync("/health/live", ct);
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready", ct);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync(ct)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Ready_is_503_while_the_postgres_database_is_gone_but_live_stays_200()
    {
        await using var app = await SealGuardApp.StartAsync(TestDatabase.Postgres, s => s["SealGuard:DemoOrganizations"] = "0");
        var ct = TestContext.Current.CancellationToken;
        var client = app.AnonymousClient();
        (await client.GetAsync("/health/ready", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var database = new NpgsqlConnectionStringBuilder(app.Settings["ConnectionStrings:Default"]).Database;
        await using (var connection = new NpgsqlConnection(TestDatabase.PostgresServer))
        {
            await connection.OpenAsync(ct);
            await using var drop = new NpgsqlCommand($"DROP DATABASE {database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(ct);
        }

        (await client.GetAsync("/health/ready", ct)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
