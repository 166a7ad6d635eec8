using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Audit;

/// <summary>
/// <c>sealguard audit verify</c> against an attacker with database access: the append-only triggers dropped, rows
/// deleted, edited and re-hashed. The attacker has SealGuard's code but not the audit chain key, so their re-hashing
/// uses a key of their own (the same as plain SHA-256 for the verifier: not the deployment's HMAC).
/// </summary>
public sealed class AuditVerifyCliTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Verify_finds_the_shared_apps_audit_log_intact_against_its_checkpoints(string provider)
    {
        var app = await apps.GetAsync(provider);
        await (await app.LoginAsync("shop.demo")).FileAsync(TestData.Intake());

        var (checkpointExit, checkpointOutput) = await app.RunCliAsync("audit", "checkpoint");
        var (exitCode, output) = await app.RunCliAsync("audit", "verify");

        checkpointExit.ShouldBe(0, checkpointOutput);
        exitCode.ShouldBe(0, output);
        output.ShouldContain("intact");
        output.ShouldNotContain("BROKEN");
        output.ShouldNotContain("Warning");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Verify_names_the_first_altered_entry_and_then_the_first_deleted_one(string provider)
    {
        // Tampering needs the append-only triggers dropped: an app of its own.
        await using var app = await SealGuardApp.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var count = await app.WithDbAsync(db => db.AuditEntries.CountAsync(ct));
        count.ShouldBeGreaterThan(10);
        var altered = count / 2;
        var deleted = count / 4;
        (await app.RunCliAsync("audit", "verify")).ExitCode.ShouldBe(0);

        await DropTriggersAsync(app);
        var original = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Id == altered).Select(a => a.Detail).SingleAsync(ct));
        await ExecuteAsync(app, [$"UPDATE audit_entries SET detail = COALESCE(detail, '') || ' (edited)' WHERE id = {altered}"]);

        var (exitCode, output) = await app.RunCliAsync("audit", "verify");
        exitCode.ShouldBe(1, output);
        output.ShouldContain($"BROKEN at entry {altered}:");

        // Putting the row back as it was mends the chain: the hash covers the content.
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET detail = {original} WHERE id = {altered}", ct));
        (await app.RunCliAsync("audit", "verify")).ExitCode.ShouldBe(0);

        await ExecuteAsync(app, [$"DELETE FROM audit_entries WHERE id = {deleted}"]);
        (exitCode, output) = await app.RunCliAsync("audit", "verify");
        exitCode.ShouldBe(1, output);
        output.ShouldContain($"BROKEN at entry {deleted}:");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deleted_tail_is_named_against_the_last_checkpoint_even_when_the_rest_is_re_hashed(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        (await app.RunCliAsync("audit", "checkpoint")).ExitCode.ShouldBe(0);
        var last = await app.LastAuditIdAsync();
        (await app.RunCliAsync("audit", "verify")).ExitCode.ShouldBe(0);

        // The remaining chain is intact on its own: only the checkpoint knows the log went further.
        await DropTriggersAsync(app);
        await ExecuteAsync(app, [$"DELETE FROM audit_entries WHERE id > {last - 3}"]);
        var (exitCode, output) = await app.RunCliAsync("audit", "verify");
        exitCode.ShouldBe(1, output);
        output.ShouldContain($"BROKEN at entry {last - 2}: entries {last - 2} to {last} were deleted");

        // Re-hashing what is left (with the attacker's key, or none) does not help: the links no longer verify.
        await RehashFromAsync(app, 1, ct);
        (exitCode, output) = await app.RunCliAsync("audit", "verify");
        exitCode.ShouldBe(1, output);
        output.ShouldContain("BROKEN at entry 1: entry 1 does not verify with the audit chain key");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_edited_row_with_the_rest_of_the_chain_re_hashed_is_named(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        (await app.RunCliAsync("audit", "checkpoint")).ExitCode.ShouldBe(0);
        var edited = await app.LastAuditIdAsync() / 2;

        await DropTriggersAsync(app);
        await ExecuteAsync(app, [$"UPDATE audit_entries SET actor_name = 'someone.else' WHERE id = {edited}"]);
        await RehashFromAsync(app, edited, ct);

        var (exitCode, output) = await app.RunCliAsync("audit", "verify");
        exitCode.ShouldBe(1, output);
        output.ShouldContain($"BROKEN at entry {edited}: entry {edited} was altered after it was written");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_forged_checkpoint_is_named(string provider)
    {
        // No periodic checkpoints: the line numbers of the file are the test's.
        await using var app = await SealGuardApp.StartAsync(provider, s => s["SealGuard:Audit:CheckpointMinutes"] = "0");
        (await app.RunCliAsync("audit", "checkpoint")).ExitCode.ShouldBe(0);
        var checkpoints = app.Services.GetRequiredService<AuditCheckpoints>();
        var lines = await File.ReadAllLinesAsync(checkpoints.FilePath, TestContext.Current.CancellationToken);

        // An attacker who shortened the log rewrites the last checkpoint to the new end, signing with a key of their own.
        var last = await app.LastAuditIdAsync();
        var attacker = new AuditChain(RandomNumberGenerator.GetBytes(32));
        var at = DateTime.UtcNow;
        var forged = JsonSerializer.Serialize(new AuditCheckpoint(last - 1, AuditChain.Genesis, last - 1, at, attacker.Sign(last - 1, AuditChain.Genesis, last - 1, at)), FilingSteps.Json);
        await File.AppendAllLinesAsync(checkpoints.FilePath, [forged], TestContext.Current.CancellationToken);

        var (exitCode, output) = await app.RunCliAsync("audit", "verify");
        exitCode.ShouldBe(1, output);
        output.ShouldContain($"BROKEN: the checkpoint on line {lines.Length + 1} of {checkpoints.FilePath} is forged");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Checkpoint_writes_nothing_new_when_the_log_has_not_moved(string provider)
    {
        await using var app = await SealGuardApp.StartAsync(provider, s => s["SealGuard:Audit:CheckpointMinutes"] = "0");

        var (firstExit, first) = await app.RunCliAsync("audit", "checkpoint");
        var (secondExit, second) = await app.RunCliAsync("audit", "checkpoint");

        firstExit.ShouldBe(0, first);
        first.ShouldContain($"up to entry {await app.LastAuditIdAsync()}");
        secondExit.ShouldBe(0, second);
        second.ShouldContain("Nothing new");
        (await File.ReadAllLinesAsync(app.Services.GetRequiredService<AuditCheckpoints>().FilePath, TestContext.Current.CancellationToken)).Length.ShouldBe(1);
    }

    private static Task<int> DropTriggersAsync(SealGuardApp app) =>
        ExecuteAsync(app, app.Provider == TestDatabase.Postgres
            ? ["DROP TRIGGER audit_entries_append_only ON audit_entries"]
            : ["DROP TRIGGER audit_entries_no_update", "DROP TRIGGER audit_entries_no_delete"]);

    /// <summary>What an attacker without the key does to make a rewritten chain link up again.</summary>
    private static Task<int> RehashFromAsync(SealGuardApp app, long fromId, CancellationToken ct) =>
        app.WithDbAsync(async db =>
        {
            var attacker = new AuditChain(RandomNumberGenerator.GetBytes(32));
            var entries = await db.AuditEntries.AsNoTracking().Where(a => a.Id >= fromId).OrderBy(a => a.Id).ToListAsync(ct);
            var previous = fromId == 1 ? AuditChain.Genesis : await db.AuditEntries.Where(a => a.Id == fromId - 1).Select(a => a.Hash).SingleAsync(ct);
            foreach (var entry in entries)
            {
                entry.PreviousHash = previous;
                entry.Hash = attacker.ComputeHash(entry);
                previous = entry.Hash;
                await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET previous_hash = {entry.PreviousHash}, hash = {entry.Hash} WHERE id = {entry.Id}", ct);
            }

            return entries.Count;
        });

    private static Task<int> ExecuteAsync(SealGuardApp app, string[] statements) =>
        app.WithDbAsync(async db =>
        {
            foreach (var sql in statements)
            {
                await db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
            }

            return statements.Length;
        });
}
