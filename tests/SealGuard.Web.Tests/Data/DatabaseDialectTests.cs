using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.Codes;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Data;

/// <summary>
/// What each provider's dialect promises, the hard way: parallel transactions against the real database. Each test
/// keeps its own <c>code_sequences</c> row (a kind no code uses) as the shared counter it races on.
/// </summary>
public sealed class DatabaseDialectTests(SharedApps apps)
{
    private const int Callers = 12;
    // Not a real county: the allocator refuses it, so no code of the app ever lands on these rows.
    private const string Division = "410799";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_locking_select_makes_parallel_read_then_write_callers_take_turns(string provider)
    {
        var app = await apps.GetAsync(provider);
        var kind = await NewCounterAsync(app, "lock-row");

        // Each caller reads the counter, dawdles, and writes what it read plus one: without the lock they read the same value.
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => InTransactionAsync(app, async db =>
        {
            var values = await db.Database.SqlQueryRaw<int>(
                db.Dialect.LockingSelect("SELECT last_value AS \"Value\" FROM code_sequences WHERE kind = {0} AND division_code = {1}"), kind, Division).ToListAsync(Ct);
            return await IncrementAfterPauseAsync(db, kind, values.Single());
        })));

        (await CounterAsync(app, kind)).ShouldBe(Callers, "a caller wrote over another's increment");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_transaction_lock_makes_parallel_callers_with_the_same_key_take_turns(string provider)
    {
        var app = await apps.GetAsync(provider);
        var kind = await NewCounterAsync(app, "lock-tx");

        await Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => InTransactionAsync(app, async db =>
        {
            await db.Dialect.LockTransactionAsync(db.Database, 0x7E57_0001, Ct);
            var value = await db.CodeSequences.Where(s => s.Kind == kind && s.DivisionCode == Division).Select(s => s.LastValue).SingleAsync(Ct);
            return await IncrementAfterPauseAsync(db, kind, value);
        })));

        (await CounterAsync(app, kind)).ShouldBe(Callers, "a caller wrote over another's increment");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Parallel_block_allocations_get_contiguous_blocks_that_never_overlap(string provider)
    {
        var app = await apps.GetAsync(provider);
        var kind = "alloc-" + TestData.UniqueWord(4);
        var sizes = Enumerable.Range(1, 20).ToList();

        var firsts = await Task.WhenAll(sizes.Select(size => InTransactionAsync(app, db =>
            db.Dialect.AllocateSerialsAsync(db.Database, kind, Division, size, SealCode.MaxSerial, Ct))));

        var serials = firsts.Zip(sizes, (first, size) => Enumerable.Range(first.ShouldNotBeNull(), size)).SelectMany(s => s).Order().ToList();
        serials.ShouldBe(Enumerable.Range(1, sizes.Sum()), "every serial from 1 up handed out exactly once");
        (await CounterAsync(app, kind)).ShouldBe(sizes.Sum());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_block_that_would_pass_the_last_serial_is_refused_and_takes_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var kind = "full-" + TestData.UniqueWord(4);

        var first = await InTransactionAsync(app, db => db.Dialect.AllocateSerialsAsync(db.Database, kind, Division, 8, 10, Ct));
        var refused = await InTransactionAsync(app, db => db.Dialect.AllocateSerialsAsync(db.Database, kind, Division, 3, 10, Ct));
        var last = await InTransactionAsync(app, db => db.Dialect.AllocateSerialsAsync(db.Database, kind, Division, 2, 10, Ct));

        (first, refused, last).ShouldBe((1, (int?)null, 9));
        (await CounterAsync(app, kind)).ShouldBe(10);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_name_search_finds_two_three_and_four_character_fragments(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.LoginAsync("shop.demo");
        var word = TestData.UniqueWord(8);
        var request = TestData.Intake(TestData.OrganizationNamed(word));
        await shop.FileAsync(request);
        var id = await app.WithDbAsync(db => db.Organizations.Where(o => o.CreditCode == request.Organization!.CreditCode).Select(o => o.Id).SingleAsync(Ct));

        foreach (var fragment in new[] { word[3..5], word[2..5], word[1..5] })
        {
            var found = await app.WithDbAsync(db => OrganizationNameSearch.Matching(db, fragment).ToListAsync(Ct));
            found.ShouldContain(id, $"'{fragment}' ({fragment.Length} characters) did not find {word}");
        }
    }

    /// <summary>The read value plus one, written after a pause long enough for every other caller to have read too.</summary>
    private static async Task<int> IncrementAfterPauseAsync(SealGuardDbContext db, string kind, int value)
    {
        await Task.Delay(20, Ct);
        return await db.Database.ExecuteSqlAsync($"UPDATE code_sequences SET last_value = {value + 1} WHERE kind = {kind} AND division_code = {Division}", Ct);
    }

    private static async Task<string> NewCounterAsync(SealGuardApp app, string prefix)
    {
        var kind = prefix + "-" + TestData.UniqueWord(4);
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"INSERT INTO code_sequences (kind, division_code, last_value, floor) VALUES ({kind}, {Division}, 0, 0)", Ct));
        return kind;
    }

    private static Task<int> CounterAsync(SealGuardApp app, string kind) =>
        app.WithDbAsync(db => db.CodeSequences.Where(s => s.Kind == kind && s.DivisionCode == Division).Select(s => s.LastValue).SingleAsync(Ct));

    private static async Task<T> InTransactionAsync<T>(SealGuardApp app, Func<SealGuardDbContext, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        var result = await work(db);
        await transaction.CommitAsync(Ct);
        return result;
    }
}
