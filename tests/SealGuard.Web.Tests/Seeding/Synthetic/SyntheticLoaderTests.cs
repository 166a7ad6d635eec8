using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Cli;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Core.Exchange;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Features.Verification;
using SealGuard.Web.Seeding.Synthetic;
using SealGuard.Web.Tests.Features.Reports;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Seeding.Synthetic;

public sealed partial class SyntheticLoaderTests
{
    private const int Organizations = 300;
    private const double SealsPerOrganization = 2.5;
    private const string Division = "4107";
    private const int Seed = 7;
    private const string GuidText = "^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bulk_load_writes_consistent_seals_that_police_find_and_the_public_verifies(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider);
        var demoOrganizations = await app.WithDbAsync(db => db.Organizations.MaxAsync(o => o.Id, Ct));

        // The demo city is seeded through the same loader: its batches are in the audit log already.
        var demoBatches = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == SyntheticLoader.AuditAction, Ct));

        var (exitCode, output) = await RunCliAsync(app, "seed", "synthetic", "--organizations", Organizations.ToString(CultureInfo.InvariantCulture),
            "--seals-per-org", SealsPerOrganization.ToString(CultureInfo.InvariantCulture), "--division", Division,
            "--seed", Seed.ToString(CultureInfo.InvariantCulture), "--batch-size", "200");

        exitCode.ShouldBe(0, output);
        output.ShouldContain("Loaded 300 organizations");
        var batches = BatchLine().Count(output);
        batches.ShouldBeGreaterThan(1, output);

        var loaded = await app.WithDbAsync(db => LoadAsync(db, demoOrganizations));
        var catalog = DivisionCatalog.Default;
        var counties = new SyntheticLoadOptions(Organizations, SealsPerOrganization, Division).Counties(catalog).Select(c => c.Code).ToHashSet();
        var planner = new SyntheticPlanner(new SyntheticLoadOptions(Organizations, SealsPerOrganization, Division, Seed), catalog, DateOnly.FromDateTime(DateTime.UtcNow));

        // The bulk path moves the dashboard's counters as SaveChanges does.
        await SealCounters.ShouldMatchTheSealsAsync(app);

        // Counts: every organization, and the seal count the plan promised (K on average).
        loaded.Organizations.Count.ShouldBe(Organizations);
        loaded.Seals.Count.ShouldBe(Enumerable.Range(0, Organizations).Sum(planner.SealCount));
        ((double)loaded.Seals.Count / Organizations).ShouldBeInRange(2.0, 3.0);

        // Stable keys: one per row, distinct, time-ordered (UUID version 7); every bulk row is at version 1.
        IFerried[] rows = [.. loaded.Organizations, .. loaded.Filings, .. loaded.Filings.SelectMany(f => f.Documents), .. loaded.Seals, .. loaded.Seals.SelectMany(s => s.History)];
        rows.Select(r => r.Key).Distinct().Count().ShouldBe(rows.Length);
        rows.ShouldAllBe(r => r.Key.Version == 7 && r.Version == 1);

        // Codes: unique, well-formed, in a county-level division under 4107 that exists (no statistical 71–79 codes).
        loaded.Organizations.Select(o => o.CreditCode).ShouldBeUnique();
        loaded.Organizations.Select(o => o.OrgCode).ShouldBeUnique();
        loaded.Seals.Select(s => s.SealCode).ShouldBeUnique();
        var organizations = loaded.Organizations.ToDictionary(o => o.Id);
        foreach (var organization in loaded.Organizations)
        {
            counties.ShouldContain(organization.DivisionCode);
            CreditCode.TryParse(organization.CreditCode, out _, out var creditError).ShouldBeTrue(creditError?.Message);
            OrgCode.TryParse(organization.OrgCode, out var orgCode, out _).ShouldBeTrue(organization.OrgCode);
            orgCode.DivisionCode.ShouldBe(organization.DivisionCode);
        }

        foreach (var seal in loaded.Seals)
        {
            SealCode.TryParse(seal.SealCode, out var code, out _).ShouldBeTrue(seal.SealCode);
            catalog.Find(code.DivisionCode).ShouldNotBeNull().Level.ShouldBe(DivisionLevel.County);
            code.DivisionCode.ShouldBe(seal.DivisionCode);
            seal.DivisionCode.ShouldBe(organizations[seal.OrganizationId].DivisionCode);
        }

        // Counters were advanced past every code handed out, so the app never hands out one of these again.
        foreach (var division in loaded.Seals.Select(s => s.DivisionCode).Distinct())
        {
            loaded.Sequences[(CodeKind.Seal.Key, division)].ShouldBe(loaded.MaxSealSerials[division], division);
        }

        // People: every stored ID number decrypts to a valid number whose blind index matches.
        var protector = app.Services.GetRequiredService<PersonalDataProtector>();
        var people = loaded.Organizations.Select(o => o.LegalRepresentative)
            .Concat(loaded.Filings.SelectMany(f => new[] { f.Agent, f.LegalRepresentative }))
            .Concat(loaded.Seals.Where(s => s.Recipient is not null).Select(s => s.Recipient!));
        foreach (var person in people)
        {
            var id = protector.Reveal(person);
            IdNumber.TryParse(id.Value, out _, out var idError).ShouldBeTrue(idError?.Message);
            protector.BlindIndex(id).ShouldBe(person.IdNumberIndex);
        }

        // Lifecycle: the states are where the history leads, step by step.
        foreach (var seal in loaded.Seals)
        {
            var history = seal.History.OrderBy(e => e.Id).ToList();
            history[0].Action.ShouldBe(SealAction.Accepted);
            history[0].OccurredAt.ShouldBe(seal.AcceptedAt);
            for (var i = 1; i < history.Count; i++)
            {
                history[i].FromFlow.ShouldBe(history[i - 1].ToFlow);
                history[i].FromLife.ShouldBe(history[i - 1].ToLife);
                history[i].OccurredAt.ShouldBeGreaterThanOrEqualTo(history[i - 1].OccurredAt);
            }

            history[^1].ToFlow.ShouldBe(seal.Flow, seal.SealCode);
            history[^1].ToLife.ShouldBe(seal.Life, seal.SealCode);
            seal.Version.ShouldBe(1, "a bulk row is written once");
            (seal.DeliveredAt is not null).ShouldBe(seal.Flow == FlowState.Delivered);
            if (seal.Flow == FlowState.Delivered)
            {
                seal.Imprint.ShouldNotBeNull();
                seal.Recipient.ShouldNotBeNull();
            }

            history[^1].OccurredAt.ShouldBeLessThan(DateTime.UtcNow);
        }

        // The single-in-use rule holds, and every organization has had its 单位专用章.
        foreach (var group in loaded.Seals.GroupBy(s => s.OrganizationId))
        {
            group.ShouldContain(s => s.Type == "01");
            group.Count(s => s.Type == "01" && s.Life == LifeState.InUse).ShouldBeLessThanOrEqualTo(1);
            group.Count(s => s.Type == "05" && s.Life == LifeState.InUse).ShouldBeLessThanOrEqualTo(1);
        }

        // Every replacement names a seal of its organization and type; once delivered, that seal is retired.
        var byId = loaded.Seals.ToDictionary(s => s.Id);
        var replacements = loaded.Seals.Where(s => s.Reason != EngravingReason.New).ToList();
        replacements.ShouldNotBeEmpty();
        loaded.Seals.Where(s => s.Reason == EngravingReason.New).ShouldAllBe(s => s.ReplacesSealId == null);
        foreach (var replacement in replacements)
        {
            var old = byId[replacement.ReplacesSealId.ShouldNotBeNull()];
            (old.OrganizationId, old.Type).ShouldBe((replacement.OrganizationId, replacement.Type));
            if (replacement.Flow == FlowState.Delivered)
            {
                old.Life.ShouldBe(replacement.Reason == EngravingReason.LostReplacement ? LifeState.ReportedLost : LifeState.Surrendered, old.SealCode);
            }
        }

        // Documents follow the rules the engraving step checks.
        foreach (var filing in loaded.Filings)
        {
            filing.HasDocument(DocumentKind.BusinessLicense).ShouldBeTrue();
            filing.HasDocument(DocumentKind.PowerOfAttorney).ShouldBe(!filing.AgentIsLegalRepresentative);
            filing.HasDocument(DocumentKind.NewspaperNotice).ShouldBe(filing.Reason == EngravingReason.LostReplacement);
            var organization = organizations[filing.OrganizationId];
            (filing.OrganizationName, filing.OrganizationType, filing.OrganizationDivisionCode, filing.OrganizationAddress)
                .ShouldBe((organization.Name, organization.Type, organization.DivisionCode, organization.Address));
        }

        // A spread like real data: divisions, types, reasons, fates and ten years of dates.
        loaded.Organizations.Select(o => o.DivisionCode).Distinct().Count().ShouldBeGreaterThan(counties.Count / 2);
        loaded.Organizations.Select(o => o.Type).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3);
        loaded.Seals.Select(s => s.Type).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
        loaded.Filings.Select(f => f.Reason).Distinct().Count().ShouldBe(3);
        loaded.Seals.Select(s => s.Life).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3);
        (loaded.Seals.Max(s => s.AcceptedAt) - loaded.Seals.Min(s => s.AcceptedAt)).TotalDays.ShouldBeGreaterThan(8 * 365);
        loaded.Seals.Count(s => s.AcceptedAt > DateTime.UtcNow.AddYears(-5)).ShouldBeGreaterThan(loaded.Seals.Count / 2, "new filings grow over the years");

        // One audit entry per batch, and the chain still verifies.
        loaded.AuditEntries.ShouldBe(demoBatches + batches);
        var (verifyCode, verifyOutput) = await RunCliAsync(app, "audit", "verify");
        verifyCode.ShouldBe(0, verifyOutput);
        verifyOutput.ShouldContain("intact");

        // Police of the city find the seals; the public verifies a delivered one (and not a surrendered one).
        var police = await app.LoginAsync("police.demo");
        var someOrganization = loaded.Organizations[^1];
        var page = await police.GetFromJsonAsync<SealPage>($"/api/v1/seals?creditCode={someOrganization.CreditCode}", FilingSteps.Json, Ct);
        page!.Items.Select(i => i.SealCode).ShouldBe(loaded.Seals.Where(s => s.OrganizationId == someOrganization.Id).Select(s => s.SealCode), ignoreOrder: true);
        var delivered = loaded.Seals.First(s => s.Flow == FlowState.Delivered && s.Life == LifeState.InUse);
        (await police.GetSealAsync(delivered.SealCode)).History.Count.ShouldBe(delivered.History.Count);
        (await VerifyAsync(app, delivered)).ShouldBe(VerificationResult.Valid);
        (await VerifyAsync(app, loaded.Seals.First(s => s.Life == LifeState.Surrendered))).ShouldBe(VerificationResult.Invalid);

        if (provider == TestDatabase.Sqlite)
        {
            await app.WithDbAsync(db => ShouldStoreLikeTheHandlersAsync(db, demoOrganizations));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_same_seed_gives_the_same_data_and_creates_shops_where_there_are_none(string provider)
    {
        // 焦作市 (4108) has no shops in a fresh database: the load files some, as the demo does.
        string[] load = ["seed", "synthetic", "--organizations", "40", "--division", "4108", "--seed", "42", "--as-of", "2026-06-30", "--batch-size", "30"];
        // An installation serving 焦作市: codes are allocated only inside the configured jurisdiction.
        static void Jiaozuo(Dictionary<string, string?> s)
        {
            s["SealGuard:Demo"] = "false";
            s["SealGuard:Jurisdiction"] = "4108";
        }

        await using var first = await SealGuardApp.StartAsync(provider, Jiaozuo);
        await using var second = await SealGuardApp.StartAsync(provider, Jiaozuo);

        var (exitCode, output) = await RunCliAsync(first, load);
        exitCode.ShouldBe(0, output);
        (exitCode, output) = await RunCliAsync(second, load);
        exitCode.ShouldBe(0, output);

        var snapshot = await first.WithDbAsync(SnapshotAsync);
        var again = await second.WithDbAsync(SnapshotAsync);
        again.Organizations.ShouldBe(snapshot.Organizations);
        again.Seals.ShouldBe(snapshot.Seals);
        again.Events.ShouldBe(snapshot.Events);
        again.Shops.ShouldBe(snapshot.Shops);
        var counties = new SyntheticLoadOptions(40, 2.5, "4108").Counties(DivisionCatalog.Default);
        snapshot.Shops.Count.ShouldBe(counties.Count * SyntheticLoader.ShopsPerNewDivision);
        snapshot.Shops.ShouldAllBe(s => counties.Any(c => s.StartsWith(c.Code, StringComparison.Ordinal)));

        // Another seed into the same database: other organizations, the existing shops reused.
        (exitCode, output) = await RunCliAsync(first, [.. load[..^6], "--seed", "43", "--as-of", "2026-06-30"]);
        exitCode.ShouldBe(0, output);
        var both = await first.WithDbAsync(SnapshotAsync);
        both.Organizations.Count.ShouldBe(80);
        both.Organizations.Skip(40).Select(o => o.Name).ShouldNotBe(snapshot.Organizations.Select(o => o.Name));
        both.Shops.ShouldBe(snapshot.Shops);
    }

    [Fact]
    public async Task Synthetic_data_is_refused_in_production_and_nothing_is_created()
    {
        var directory = TestDirectories.New();
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        using var output = new StringWriter();

        var exitCode = await CliApp.RunAsync(["seed", "synthetic", "--organizations", "10", "--environment=Production",
            $"--SealGuard:DataDirectory={directory}", $"--SealGuard:Keys:PersonalData={key}", $"--SealGuard:Keys:TokenSigning={key}", $"--SealGuard:Keys:AuditChain={key}"], output, Ct);

        exitCode.ShouldBe(2, output.ToString());
        output.ToString().ShouldContain("Production");
        File.Exists(Path.Combine(directory, "sealguard.db")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("--division", "99", "division")]
    [InlineData("--division", "4108", "SealGuard:Jurisdiction 4107")]
    [InlineData("--seals-per-org", "0.5", "seals-per-org")]
    [InlineData("--batch-size", "0", "batch-size")]
    public async Task Bad_options_are_refused_before_anything_is_written(string option, string value, string named)
    {
        var directory = TestDirectories.New();
        using var output = new StringWriter();

        var exitCode = await CliApp.RunAsync(["seed", "synthetic", "--organizations", "10", option, value, "--environment=Development", $"--SealGuard:DataDirectory={directory}"], output, Ct);

        exitCode.ShouldBe(1, output.ToString());
        output.ToString().ShouldContain("Refused");
        output.ToString().ShouldContain(named);
        File.Exists(Path.Combine(directory, "sealguard.db")).ShouldBeFalse();
    }

    [GeneratedRegex(@"^batch \d+: ", RegexOptions.Multiline)]
    private static partial Regex BatchLine();

    private static async Task<(int ExitCode, string Output)> RunCliAsync(SealGuardApp app, params string[] command)
    {
        using var output = new StringWriter();
        string[] args = [.. command, "--environment=Development", .. app.Settings.Where(s => s.Value is not null).Select(s => $"--{s.Key}={s.Value}")];
        var exitCode = await CliApp.RunAsync(args, output, Ct);
        return (exitCode, output.ToString());
    }

    /// <summary>As the public verifies: by the name on the seal face.</summary>
    private static async Task<VerificationResult> VerifyAsync(SealGuardApp app, Seal seal)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync($"/api/v1/public/verification?sealCode={seal.SealCode}&orgName={Uri.EscapeDataString(seal.Text)}", Ct);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<VerificationView>(FilingSteps.Json, Ct))!.Result;
    }

    private static async Task<Loaded> LoadAsync(SealGuardDbContext db, long demoOrganizations)
    {
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.Id > demoOrganizations).OrderBy(o => o.Id).ToListAsync(Ct);
        var filings = await db.Filings.AsNoTracking().Include(f => f.Documents).Where(f => f.OrganizationId > demoOrganizations).OrderBy(f => f.Id).ToListAsync(Ct);
        var seals = await db.Seals.AsNoTracking().Include(s => s.History).Where(s => s.OrganizationId > demoOrganizations).OrderBy(s => s.Id).ToListAsync(Ct);
        var sequences = (await db.CodeSequences.AsNoTracking().ToListAsync(Ct)).ToDictionary(s => (s.Kind, s.DivisionCode), s => s.LastValue);
        var maxSerials = (await db.Seals.AsNoTracking().Select(s => s.SealCode).ToListAsync(Ct))
            .GroupBy(c => c[..6]).ToDictionary(g => g.Key, g => g.Max(c => SealCode.Parse(c).Serial));
        var audit = await db.AuditEntries.CountAsync(a => a.Action == SyntheticLoader.AuditAction, Ct);
        return new Loaded(organizations, filings, seals, sequences, maxSerials, audit);
    }

    private static async Task<Snapshot> SnapshotAsync(SealGuardDbContext db) => new(
        await db.Organizations.AsNoTracking().OrderBy(o => o.Id).Select(o => new OrganizationRow(o.Key, o.OrgCode, o.CreditCode, o.Name, o.Type, o.Address, o.LegalRepresentative.Name, o.RegisteredAt, o.UpdatedAt)).ToListAsync(Ct),
        await db.Seals.AsNoTracking().OrderBy(s => s.Id).Select(s => new SealRow(s.Key, s.SealCode, s.Type, s.Text, s.Reason, s.Flow, s.Life, s.AcceptedAt, s.DeliveredAt)).ToListAsync(Ct),
        await db.SealEvents.AsNoTracking().OrderBy(e => e.SealId).ThenBy(e => e.Id).Select(e => new EventRow(e.Key, e.Action, e.OccurredAt, e.Note)).ToListAsync(Ct),
        await db.Shops.AsNoTracking().OrderBy(s => s.Id).Select(s => s.ShopCode + " " + s.Name).ToListAsync(Ct));

    /// <summary>
    /// SQLite stores whatever it is given: a bulk row must use the same storage classes (TEXT times, REAL DPI…) and the
    /// same time format as the rows the handlers wrote for the demo city.
    /// </summary>
    private static async Task<bool> ShouldStoreLikeTheHandlersAsync(SealGuardDbContext db, long demoOrganizations)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        foreach (var table in new[] { "organizations", "filings", "filing_documents", "seals", "seal_events" })
        {
            var (organizationColumn, deliveredOnly) = table switch
            {
                "organizations" => ("id", false),
                "seals" => ("organization_id", true),
                "seal_events" => ("(SELECT organization_id FROM seals WHERE seals.id = seal_events.seal_id)", false),
                "filing_documents" => ("(SELECT organization_id FROM filings WHERE filings.id = filing_documents.filing_id)", false),
                _ => ("organization_id", false),
            };
            var handlerRow = await StorageAsync(connection, table, $"{organizationColumn} <= {demoOrganizations}", deliveredOnly);
            var bulkRow = await StorageAsync(connection, table, $"{organizationColumn} > {demoOrganizations}", deliveredOnly);
            foreach (var (column, (type, value)) in handlerRow.Where(c => c.Value.Type != "null" && bulkRow[c.Key].Type != "null"))
            {
                bulkRow[column].Type.ShouldBe(type, $"{table}.{column}");
                if (column == "key")
                {
                    // The text EF writes for a Guid on SQLite; a key in another format would not be found by EF's own queries.
                    value.ShouldMatch(GuidText);
                    bulkRow[column].Value.ShouldMatch(GuidText);
                }

                if (column.EndsWith("_at", StringComparison.Ordinal))
                {
                    value.ShouldMatch(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$");
                    bulkRow[column].Value.ShouldMatch(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$");
                }
            }
        }

        return true;
    }

    private static async Task<Dictionary<string, (string Type, string Value)>> StorageAsync(System.Data.Common.DbConnection connection, string table, string filter, bool deliveredOnly)
    {
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
            await using var reader = await info.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                columns.Add(reader.GetString(0));
            }
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"typeof(\"{c}\"), CAST(\"{c}\" AS TEXT)"))} FROM \"{table}\" WHERE {filter}{(deliveredOnly ? " AND flow = 'Delivered'" : string.Empty)} ORDER BY id LIMIT 1";
        await using var row = await command.ExecuteReaderAsync(Ct);
        (await row.ReadAsync(Ct)).ShouldBeTrue(table + " " + filter);
        return columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => (row.GetString(2 * x.i), row.IsDBNull((2 * x.i) + 1) ? string.Empty : row.GetString((2 * x.i) + 1)));
    }

    private sealed record Loaded(
        List<Organization> Organizations,
        List<Filing> Filings,
        List<Seal> Seals,
        Dictionary<(string Kind, string Division), int> Sequences,
        Dictionary<string, int> MaxSealSerials,
        int AuditEntries);

    private sealed record Snapshot(List<OrganizationRow> Organizations, List<SealRow> Seals, List<EventRow> Events, List<string> Shops);

    private sealed record OrganizationRow(Guid Key, string OrgCode, string CreditCode, string Name, string Type, string Address, string LegalRepresentative, DateTime RegisteredAt, DateTime UpdatedAt);

    private sealed record SealRow(Guid Key, string SealCode, string Type, string Text, EngravingReason Reason, FlowState Flow, LifeState Life, DateTime AcceptedAt, DateTime? DeliveredAt);

    private sealed record EventRow(Guid Key, SealAction Action, DateTime OccurredAt, string? Note);
}
