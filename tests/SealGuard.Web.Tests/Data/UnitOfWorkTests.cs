using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Outcomes;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Data;

/// <summary>The change pipeline itself: participants in declared order inside the change's transaction, refusals, what survives them, conflicts.</summary>
public sealed class UnitOfWorkTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Participants_run_in_declared_order_inside_the_transaction_and_see_every_save_of_the_change(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        var calls = new List<string>();
        ChangeSet? seen = null;
        var first = new Recording("first", 10, calls, changes =>
        {
            db.Database.CurrentTransaction.ShouldNotBeNull();
            seen = changes;
            return Task.CompletedTask;
        }, saving: pending =>
        {
            // A stamp set before each save is written with it (a version stamp would work so).
            foreach (var entry in pending.Where(e => e.Entity is User))
            {
                entry.Property(nameof(User.DisplayName)).CurrentValue = "stamped " + entry.State;
            }
        });
        // Registered after the one that runs later: the declared order decides, not the registration.
        var unitOfWork = new UnitOfWork(db, [new Recording("second", 20, calls), first], app.Services.GetRequiredService<IServiceScopeFactory>());
        var user = NewUser();

        var outcome = await unitOfWork.ExecuteAsync<long>(async ct =>
        {
            db.Users.Add(user);
            await db.SaveChangesAsync(ct);
            user.RecordFailedLogin(DateTime.UtcNow, 5, TimeSpan.FromMinutes(15));
            return user.Id;
        }, TestContext.Current.CancellationToken);

        outcome.IsSuccess.ShouldBeTrue();
        calls.ShouldBe(["first", "second"]);
        var saves = seen.ShouldNotBeNull().Of<User>().ToList();
        saves.Count.ShouldBe(2, "the mid-work save and the unit's own");
        saves[0].State.ShouldBe(EntityState.Added);
        saves[0].Saved<long>(nameof(User.Id)).ShouldBe(outcome.Value, "the key the save generated");
        saves[1].State.ShouldBe(EntityState.Modified);
        saves[1].IsModified(nameof(User.FailedLoginCount)).ShouldBeTrue();
        saves[1].Original<int>(nameof(User.FailedLoginCount)).ShouldBe(0);
        saves[1].Saved<int>(nameof(User.FailedLoginCount)).ShouldBe(1);
        saves[1].Saved<string>(nameof(User.DisplayName)).ShouldBe("stamped Modified");
        (await app.WithDbAsync(d => d.Users.AsNoTracking().SingleAsync(u => u.Id == outcome.Value, TestContext.Current.CancellationToken))).DisplayName.ShouldBe("stamped Modified");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_participant_that_throws_rolls_back_the_change_and_what_earlier_participants_wrote(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        var calls = new List<string>();
        var changed = NewUser();
        var writtenByParticipant = NewUser();
        var writer = new Recording("writer", 10, calls, async _ =>
        {
            db.Users.Add(writtenByParticipant);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var failing = new Recording("failing", 20, calls, _ => throw new InvalidOperationException("participant failed"));
        var unitOfWork = new UnitOfWork(db, [failing, writer], app.Services.GetRequiredService<IServiceScopeFactory>());

        await Should.ThrowAsync<InvalidOperationException>(() => unitOfWork.ExecuteAsync<bool>(_ =>
        {
            db.Users.Add(changed);
            return Task.FromResult<Outcome<bool>>(true);
        }, TestContext.Current.CancellationToken));

        calls.ShouldBe(["writer", "failing", "abandoned:writer", "abandoned:failing"]);
        (await UsersNamedAsync(app, changed.UserName, writtenByParticipant.UserName)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_change_runs_no_participant_and_leaves_nothing_even_of_its_mid_work_saves(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        var calls = new List<string>();
        var unitOfWork = new UnitOfWork(db, [new Recording("participant", 10, calls)], app.Services.GetRequiredService<IServiceScopeFactory>());
        var user = NewUser();

        var outcome = await unitOfWork.ExecuteAsync<bool>(async ct =>
        {
            db.Users.Add(user);
            await db.SaveChangesAsync(ct);
            return Failure.Rule("Test.Refused");
        }, TestContext.Current.CancellationToken);

        outcome.Failure.ShouldNotBeNull().Code.ShouldBe("Test.Refused");
        calls.ShouldBe(["abandoned:participant"]);
        (await UsersNamedAsync(app, user.UserName)).ShouldBe(0);
    }

    [Fact]
    public void Two_participants_cannot_declare_the_same_order()
    {
        var calls = new List<string>();

        var refused = Should.Throw<InvalidOperationException>(() => new UnitOfWork(null!, [new Recording("a", 10, calls), new Recording("b", 10, calls)], null!));

        refused.Message.ShouldContain("order 10");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_unit_rolls_back_its_change_while_what_it_asked_to_survive_is_committed_once_and_joins_the_audit_chain(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SealGuardDbContext>();
        var unitOfWork = services.GetRequiredService<UnitOfWork>();
        var audit = services.GetRequiredService<AuditTrail>();
        var other = NewUser();
        var surviving = NewUser();

        var outcome = await unitOfWork.ExecuteAsync<bool>(async c =>
        {
            db.Users.Add(other);
            await db.SaveChangesAsync(c);
            audit.Record(Actor.System, "Test.Refused", "User", other.UserName);
            unitOfWork.Survive<SealGuardDbContext>((survivorDb, _) =>
            {
                survivorDb.Users.Add(surviving);
                return Task.CompletedTask;
            });
            unitOfWork.Survive<AuditTrail>((survivorAudit, _) =>
            {
                survivorAudit.Record(Actor.System, "Test.Survived", "User", surviving.UserName);
                return Task.CompletedTask;
            });
            return Failure.Rule("Test.Refused");
        }, ct);

        outcome.Failure.ShouldNotBeNull().Code.ShouldBe("Test.Refused");
        (await UsersNamedAsync(app, other.UserName)).ShouldBe(0, "the refused unit's change is rolled back");
        (await app.AuditOfAsync("User", other.UserName)).ShouldBeEmpty();
        (await UsersNamedAsync(app, surviving.UserName)).ShouldBe(1);
        var entry = (await app.AuditOfAsync("User", surviving.UserName)).ShouldHaveSingleItem();
        entry.Action.ShouldBe("Test.Survived");
        entry.Hash.ShouldBe(app.Services.GetRequiredService<AuditChain>().ComputeHash(entry));
        var previous = await app.WithDbAsync(d => d.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == entry.Id - 1, ct));
        entry.PreviousHash.ShouldBe(previous.Hash);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Parallel_units_racing_for_one_unique_key_answer_409_except_the_winner(string provider)
    {
        var app = await apps.GetAsync(provider);
        var userName = NewUser().UserName;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
            return await scope.ServiceProvider.GetRequiredService<UnitOfWork>().ExecuteAsync<bool>(_ =>
            {
                db.Users.Add(NewUser(userName));
                return Task.FromResult<Outcome<bool>>(true);
            }, TestContext.Current.CancellationToken);
        })));

        outcomes.Count(o => o.IsSuccess).ShouldBe(1);
        outcomes.Where(o => !o.IsSuccess).ShouldAllBe(o => o.Failure!.Code == "Conflict.ConcurrentChange");
        (await UsersNamedAsync(app, userName)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failed_save_that_is_no_conflict_is_a_server_error_not_a_409(string provider)
    {
        var app = await apps.GetAsync(provider);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SealGuardDbContext>();
        // No password hash: the NOT NULL column refuses the row, a bug rather than a race.
        var broken = new User(NewUser().UserName, "broken", UserRole.PoliceOfficer, null, ["410727"], DateTime.UtcNow);

        await Should.ThrowAsync<DbUpdateException>(() => scope.ServiceProvider.GetRequiredService<UnitOfWork>().ExecuteAsync<bool>(_ =>
        {
            db.Users.Add(broken);
            return Task.FromResult<Outcome<bool>>(true);
        }, TestContext.Current.CancellationToken));

        (await UsersNamedAsync(app, broken.UserName)).ShouldBe(0);
    }

    private static User NewUser(string? userName = null)
    {
        var user = new User(userName ?? "t.uow." + Guid.NewGuid().ToString("N")[..12], "unit of work test", UserRole.PoliceOfficer, null, ["410727"], DateTime.UtcNow);
        user.SetPasswordHash("not-a-real-hash");
        return user;
    }

    private static Task<int> UsersNamedAsync(SealGuardApp app, params string[] userNames) =>
        app.WithDbAsync(db => db.Users.CountAsync(u => userNames.Contains(u.UserName), TestContext.Current.CancellationToken));

    private sealed class Recording(string name, int order, List<string> calls, Func<ChangeSet, Task>? beforeCommit = null, Action<IReadOnlyList<EntityEntry>>? saving = null) : IChangeParticipant
    {
        public int Order => order;

        public void Saving(IReadOnlyList<EntityEntry> pending) => saving?.Invoke(pending);

        public async Task BeforeCommitAsync(ChangeSet changes, CancellationToken cancellationToken)
        {
            calls.Add(name);
            await (beforeCommit?.Invoke(changes) ?? Task.CompletedTask);
        }

        public Task BeforeBulkCommitAsync(BulkBatch batch, CancellationToken cancellationToken) => Task.CompletedTask;

        public void Abandoned() => calls.Add("abandoned:" + name);
    }
}
