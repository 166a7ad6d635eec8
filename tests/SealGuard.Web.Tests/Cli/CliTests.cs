using System.Net;
using System.Security.Cryptography;
using Npgsql;
using SealGuard.Cli;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;
using SealGuard.Web.Tests.Infrastructure.Imaging;

namespace SealGuard.Web.Tests.Cli;

// The CLI's parser and its unhandled-exception handler write to the console's error stream, which these tests read.
[Collection(nameof(ConsoleCaptureGroup))]
public sealed class CliTests(SharedApps apps)
{
    [Fact]
    public void Every_verb_is_there_now_that_the_modules_bring_them()
    {
        static IEnumerable<string> Verbs(System.CommandLine.Command command, string prefix) => command.Subcommands.Count == 0
            ? [prefix.Trim()]
            : command.Subcommands.SelectMany(c => Verbs(c, $"{prefix} {c.Name}"));

        Verbs(CliApp.Commands(TextWriter.Null), string.Empty).ShouldBe(
        [
            "migrate", "seed demo", "seed synthetic", "users add", "audit verify", "audit checkpoint", "stats rebuild",
            "codes floor set", "codes floor import", "codes status",
        ], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_brings_a_fresh_database_up_to_date_and_can_run_again(string provider)
    {
        await using var fresh = await FreshDatabase.CreateAsync(provider);

        var (exitCode, output) = await RunAsync([.. fresh.Args, "migrate"]);
        exitCode.ShouldBe(0, output);
        output.ShouldContain("Database is up to date.");
        if (provider == TestDatabase.Sqlite)
        {
            File.Exists(Path.Combine(fresh.DataDirectory, "sealguard.db")).ShouldBeTrue();
        }

        (exitCode, output) = await RunAsync([.. fresh.Args, "migrate"]);
        exitCode.ShouldBe(0, output);

        // The schema is there: a user can be added and the (empty) audit log verified.
        (exitCode, output) = await RunAsync([.. fresh.Args, "users", "add", "--username", "first.admin", "--password", "Admin2026x", "--role", "SystemAdmin"]);
        exitCode.ShouldBe(0, output);
        output.ShouldContain("first.admin");
        (exitCode, output) = await RunAsync([.. fresh.Args, "audit", "verify"]);
        exitCode.ShouldBe(0, output);
        output.ShouldContain("intact");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_user_added_with_the_cli_can_sign_in_and_work(string provider)
    {
        var app = await apps.GetAsync(provider);

        var police = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "410702");
        var shopUser = await app.AddUserAsync(UserRole.ShopOperator, shopCode: DemoSeeder.DemoShopCode);

        var shop = await app.LoginAsync(shopUser);
        var code = (await shop.FileAsync(TestData.Intake())).Seals[0].SealCode;
        (await (await app.LoginAsync(police)).GetSealAsync(code)).Shop.ShopCode.ShouldBe(DemoSeeder.DemoShopCode);
        var created = (await app.AuditOfAsync("User", police)).Where(a => a.Action == "User.Created").ShouldHaveSingleItem();
        created.ActorName.ShouldBe("system");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Users_add_refuses_bad_input_and_names_the_problem(string provider)
    {
        var app = await apps.GetAsync(provider);
        var existing = await app.AddUserAsync(UserRole.PoliceOfficer, jurisdiction: "4107");
        string Fresh() => "t.refused." + Guid.NewGuid().ToString("N")[..10];

        var cases = new (string What, string[] Command, string[] Mentions)[]
        {
            ("weak password", ["users", "add", "--username", Fresh(), "--password", "short1", "--role", "PoliceOfficer", "--jurisdiction", "4107"], ["password", "密码"]),
            ("password without digits", ["users", "add", "--username", Fresh(), "--password", "onlyletters", "--role", "PoliceOfficer", "--jurisdiction", "4107"], ["password"]),
            ("police without jurisdiction", ["users", "add", "--username", Fresh(), "--password", "Police2026", "--role", "PoliceOfficer"], ["jurisdiction"]),
            ("unknown jurisdiction", ["users", "add", "--username", Fresh(), "--password", "Police2026", "--role", "PoliceOfficer", "--jurisdiction", "999999"], ["jurisdiction", "999999"]),
            ("shop role without shop", ["users", "add", "--username", Fresh(), "--password", "Shop2026x", "--role", "ShopOperator"], ["shopCode"]),
            ("unknown shop", ["users", "add", "--username", Fresh(), "--password", "Shop2026x", "--role", "ShopOperator", "--shop", "410702999999"], ["shopCode"]),
            ("invalid user name", ["users", "add", "--username", "Bad Name", "--password", "Police2026", "--role", "PoliceOfficer", "--jurisdiction", "4107"], ["userName"]),
            ("existing user", ["users", "add", "--username", existing, "--password", "Police2026", "--role", "PoliceOfficer", "--jurisdiction", "4107"], ["用户名已存在"]),
        };
        foreach (var (what, command, mentions) in cases)
        {
            var (exitCode, output) = await app.RunCliAsync(command);
            exitCode.ShouldNotBe(0, what);
            foreach (var mention in mentions)
            {
                output.ShouldContain(mention, Case.Sensitive, what);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Configuration_given_after_the_jurisdiction_is_still_configuration(string provider)
    {
        var app = await apps.GetAsync(provider);
        var userName = "t.after." + Guid.NewGuid().ToString("N")[..10];

        // The documented form: the command, then --Key=Value configuration (here after the multi-valued --jurisdiction).
        var (exitCode, output) = await RunAsync(
            ["users", "add", "--username", userName, "--password", DemoSeeder.DemoPassword, "--role", "PoliceOfficer", "--jurisdiction", "410727", .. app.CliArgs()]);

        exitCode.ShouldBe(0, output);
        var created = (await app.AuditOfAsync("User", userName)).Where(a => a.Action == "User.Created").ShouldHaveSingleItem();
        created.Detail.ShouldBe("PoliceOfficer;;410727");
        await (await app.LoginAsync(userName)).GetAsync("/api/v1/seals?limit=1", TestContext.Current.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Users_add_refuses_an_unknown_role_naming_it(string provider)
    {
        var app = await apps.GetAsync(provider);
        var userName = "t.janitor." + Guid.NewGuid().ToString("N")[..10];
        var result = await RunAsync(app.CliArgs("users", "add", "--username", userName, "--password", "Janitor2026", "--role", "Janitor"));

        result.ExitCode.ShouldNotBe(0);
        result.Output.ShouldContain("Janitor");
        result.Output.ShouldContain("--role");
        (await app.AuditOfAsync("User", userName)).ShouldBeEmpty();
        (await app.AnonymousClient().PostAsync("/api/v1/auth/token", JsonContent(userName, "Janitor2026"), TestContext.Current.CancellationToken)).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_demo_is_refused_in_production(string provider)
    {
        await using var fresh = await FreshDatabase.CreateAsync(provider, create: false);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

        var (exitCode, output) = await RunAsync([.. fresh.Args, "seed", "demo", "--environment=Production", $"--SealGuard:Keys:PersonalData={key}", $"--SealGuard:Keys:TokenSigning={key}", $"--SealGuard:Keys:AuditChain={key}"]);

        exitCode.ShouldNotBe(0, output);
        output.ShouldContain("Production");
        (await fresh.ExistsAsync()).ShouldBeFalse("nothing may be created or seeded");
    }

    /// <summary>Runs the CLI; what it printed includes the console's error stream (parse errors, unhandled exceptions).</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var originalError = Console.Error;
        Console.SetError(error);
        try
        {
            var exitCode = await CliApp.RunAsync(args, output, TestContext.Current.CancellationToken);
            return (exitCode, output + error.ToString());
        }
        finally
        {
            Console.SetError(originalError);
        }
    }

    private static StringContent JsonContent(string userName, string password) =>
        new(System.Text.Json.JsonSerializer.Serialize(new TokenRequest(userName, password), FilingSteps.Json), System.Text.Encoding.UTF8, "application/json");

    /// <summary>A data directory (and for PostgreSQL a database name) no app has used.</summary>
    private sealed class FreshDatabase : IAsyncDisposable
    {
        private readonly string? _connectionString;

        private FreshDatabase(string provider, string dataDirectory, string? connectionString)
        {
            Provider = provider;
            DataDirectory = dataDirectory;
            _connectionString = connectionString;
        }

        public string Provider { get; }

        public string DataDirectory { get; }

        public string[] Args =>
        [
            "--environment=Development",
            $"--SealGuard:DataDirectory={DataDirectory}",
            $"--SealGuard:Database:Provider={Provider}",
            .. _connectionString is null ? Array.Empty<string>() : [$"--ConnectionStrings:Default={_connectionString}"],
        ];

        public static async Task<FreshDatabase> CreateAsync(string provider, bool create = true)
        {
            TestDatabase.SkipIfUnavailable(provider);
            var directory = Path.Combine(Path.GetTempPath(), "sealguard-tests", Guid.NewGuid().ToString("N"));
            string? connection = null;
            if (provider == TestDatabase.Postgres)
            {
                connection = create
                    ? await TestDatabase.CreatePostgresDatabaseAsync()
                    : new NpgsqlConnectionStringBuilder(TestDatabase.PostgresServer) { Database = "sg_test_" + Guid.NewGuid().ToString("N")[..16] }.ConnectionString;
            }

            return new FreshDatabase(provider, directory, connection);
        }

        /// <summary>Whether the database exists at all (the SQLite file, or the PostgreSQL database).</summary>
        public async Task<bool> ExistsAsync()
        {
            if (_connectionString is null)
            {
                return File.Exists(Path.Combine(DataDirectory, "sealguard.db"));
            }

            await using var connection = new NpgsqlConnection(TestDatabase.PostgresServer);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM pg_database WHERE datname = @name", connection);
            command.Parameters.AddWithValue("name", new NpgsqlConnectionStringBuilder(_connectionString).Database!);
            return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))! > 0;
        }

        public async ValueTask DisposeAsync()
        {
            if (_connectionString is not null)
            {
                await TestDatabase.DropPostgresDatabaseAsync(_connectionString);
            }

            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Never created, or SQLite still holds the file briefly; temp space is cleaned by the OS.
            }
        }
    }
}
