using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Audit;

public sealed class AuditVerifyCliTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Verify_finds_the_shared_apps_audit_log_intact(string provider)
    {
        var app = await apps.GetAsync(provider);
        await (await app.LoginAsync("shop.demo")).FileAsync(TestData.Intake());

        var (exitCode, output) = await app.RunCliAsync("audit", "verify");

        exitCode.ShouldBe(0, output);
        output.ShouldContain("intact");
        output.ShouldNotContain("BROKEN");
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

        await ExecuteAsync(app, provider == TestDatabase.Postgres
            ? ["DROP TRIGGER audit_entries_append_only ON audit_entries"]
            : ["DROP TRIGGER audit_entries_no_update", "DROP TRIGGER audit_entries_no_delete"]);
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
