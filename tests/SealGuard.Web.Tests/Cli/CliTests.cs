using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using Npgsql;
using SealGuard.Cli;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Hosting;
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
            "codes floor set", "codes floor import", "codes status", "alerts run", "alerts synthetic",
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

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_verb_without_a_database_says_so_in_one_line_with_its_own_exit_code_and_creates_nothing(string provider)
    {
        await using var fresh = await FreshDatabase.CreateAsync(provider, create: false);

        foreach (var verb in new[]
        {
            new[] { "users", "add", "--username", "first.admin", "--password", "Admin2026x", "--role", "SystemAdmin" },
            ["audit", "verify"],
            ["codes", "status"],
        })
        {
            var (exitCode, output) = await RunAsync([.. fresh.Args, .. verb]);

            // 3, not 1: `audit verify` exits 1 only for a broken chain.
            exitCode.ShouldBe(CliVerbs.ExitNoDatabase, output);
            output.Trim().ShouldStartWith("sealguard: no SealGuard database at ");
            output.ShouldContain("sealguard migrate");
            output.Trim().ShouldNotContain("\n", customMessage: "one line, no stack trace");
        }

        (await fresh.ExistsAsync()).ShouldBeFalse("asking must not create the database");
    }

    [Fact]
    public async Task A_database_file_without_the_schema_is_named_as_not_migrated()
    {
        await using var fresh = await FreshDatabase.CreateAsync(TestDatabase.Sqlite, create: false);
        Directory.CreateDirectory(fresh.DataDirectory);
        await File.WriteAllBytesAsync(Path.Combine(fresh.DataDirectory, "sealguard.db"), [], TestContext.Current.CancellationToken);

        var (exitCode, output) = await RunAsync([.. fresh.Args, "users", "add", "--username", "first.admin", "--password", "Admin2026x", "--role", "SystemAdmin"]);

        exitCode.ShouldBe(CliVerbs.ExitNoDatabase, output);
        output.ShouldContain("migration");
        output.ShouldNotContain("no such table");
    }

    [Fact]
    public async Task An_unexpected_error_is_one_line_and_verbose_adds_where_it_happened()
    {
        string[] unreachable = ["audit", "verify", "--environment=Development", $"--SealGuard:DataDirectory={TestDirectories.New()}",
            "--SealGuard:Database:Provider=Postgres", "--ConnectionStrings:Default=Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=none;Timeout=3"];

        var (exitCode, output) = await RunAsync(unreachable);
        exitCode.ShouldBe(CliVerbs.ExitUnexpected, output);
        output.Trim().ShouldStartWith("sealguard: ");
        output.Trim().ShouldNotContain("\n", customMessage: "one line, no stack trace");
        output.ShouldContain("--verbose");

        (exitCode, output) = await RunAsync([.. unreachable, "--verbose"]);
        exitCode.ShouldBe(CliVerbs.ExitUnexpected, output);
        output.ShouldContain("   at ");
    }

    [Fact]
    public async Task The_cli_runs_in_the_environment_a_development_server_beside_it_was_started_with()
    {
        var directory = TestDirectories.New();
        string[] seed = ["seed", "synthetic", "--organizations", "2", "--seals-per-org", "1", $"--SealGuard:DataDirectory={directory}"];

        // What `dotnet run --project src/SealGuard.Web` sets (launchSettings.json): ASPNETCORE_ENVIRONMENT alone.
        var (exitCode, output) = await RunProcessAsync(seed, ("ASPNETCORE_ENVIRONMENT", "Development"));
        exitCode.ShouldBe(0, output);
        File.Exists(Path.Combine(directory, "sealguard.db")).ShouldBeTrue(output);

        // Neither variable: Production, which wants its keys; said in one line, not as an unhandled exception.
        (exitCode, output) = await RunProcessAsync(seed);
        exitCode.ShouldBe(CliVerbs.ExitConfiguration, output);
        output.Trim().ShouldStartWith("sealguard: SealGuard:Keys:");
        output.Trim().ShouldNotContain("\n", customMessage: "one line, no stack trace");
        output.ShouldNotContain("Unhandled exception");
    }

    [Fact]
    public void The_web_app_and_the_cli_built_in_one_checkout_default_to_the_same_data_directory()
    {
        var checkout = TestDirectories.New();
        var web = Directory.CreateDirectory(Path.Combine(checkout, "artifacts", "bin", "SealGuard.Web", "debug_linux-x64")).FullName;
        var cli = Directory.CreateDirectory(Path.Combine(checkout, "artifacts", "bin", "SealGuard.Cli", "debug_linux-x64")).FullName;
        File.WriteAllText(Path.Combine(checkout, "SealGuard.slnx"), "<Solution />");
        try
        {
            SealGuardOptions.DefaultDataDirectory(web).ShouldBe(Path.Combine(checkout, "data"));
            SealGuardOptions.DefaultDataDirectory(cli).ShouldBe(Path.Combine(checkout, "data"));

            // A published app (no checkout above it) keeps its data under the working directory.
            File.Delete(Path.Combine(checkout, "SealGuard.slnx"));
            SealGuardOptions.DefaultDataDirectory(web).ShouldBe(Path.GetFullPath("data"));
        }
        finally
        {
            TestDirectories.Delete(checkout);
        }
    }

    /// <summary>Runs the built <c>sealguard</c> as a process with only the given environment variables of the host's kind set.</summary>
    private static async Task<(int ExitCode, string Output)> RunProcessAsync(string[] args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "sealguard.dll"), .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
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
            var directory = TestDirectories.New();
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

            TestDirectories.Delete(DataDirectory);
        }
    }
}
