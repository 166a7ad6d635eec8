using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

/// <summary>The name search reaches its index on each provider (the timings at scale are in docs/performance.md).</summary>
public sealed class OrganizationNameSearchTests(SharedApps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_three_character_term_is_answered_by_the_trigram_index(string provider)
    {
        var app = await apps.GetAsync(provider);
        var plan = await app.WithDbAsync(async db =>
        {
            var query = OrganizationNameSearch.Matching(db, "宏和机");
            await db.Database.OpenConnectionAsync(Ct);
            var connection = db.Database.GetDbConnection();
            if (db is PostgresSealGuardDbContext)
            {
                // A few hundred demo rows fit in one page, so the planner would scan; the test asks whether the index can answer.
                await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off", Ct);
                (await ScalarAsync(connection, "SELECT cardinality(show_trgm('宏和机械'))")).ShouldBe(5L, "CJK characters make trigrams (UTF-8 LC_CTYPE)");
                return await PlanAsync(query, "EXPLAIN ");
            }

            return await PlanAsync(query, "EXPLAIN QUERY PLAN ");
        });

        plan.ShouldContain(provider == TestDatabase.Postgres ? "ix_organizations_name_trgm" : "VIRTUAL TABLE INDEX", Case.Sensitive, plan);
    }

    [Fact]
    public async Task A_two_character_term_is_answered_by_the_bigram_index_on_postgresql()
    {
        var app = await apps.GetAsync(TestDatabase.Postgres);
        var plan = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync(Ct);
            await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off", Ct);
            return await PlanAsync(OrganizationNameSearch.Matching(db, "宏和"), "EXPLAIN ");
        });

        plan.ShouldContain("ix_organizations_name_bigrams", Case.Sensitive, plan);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Few_matches_come_back_as_ids_and_many_as_none(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var word = TestData.UniqueWord(8);
        await shop.FileAsync(TestData.Intake(TestData.OrganizationNamed(word)));
        await shop.FileAsync(TestData.Intake(TestData.OrganizationNamed(word[..5] + "乙" + word[5..])));

        var (few, many) = await app.WithDbAsync(async db => (
            await OrganizationNameSearch.FindFewAsync(db, word[..5], Ct, maxListed: 2),
            await OrganizationNameSearch.FindFewAsync(db, word[..5], Ct, maxListed: 1)));

        few.ShouldNotBeNull().Count.ShouldBe(2);
        many.ShouldBeNull();
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }

    /// <summary>The plan of the very command EF Core sends for <paramref name="query"/>, parameters bound.</summary>
    private static async Task<string> PlanAsync(IQueryable<long> query, string explain)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = explain + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var lines = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            lines.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue)));
        }

        return string.Join('\n', lines);
    }
}
