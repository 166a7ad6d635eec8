using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Data;

/// <summary>
/// Reads a user for a sign-in attempt with the row locked until the unit of work ends, so concurrent attempts on one
/// account are checked and counted one after another: no more than MaxFailedLogins passwords are tried before the lock.
/// </summary>
public static class UserRowLock
{
    // The (int, int) advisory key space does not overlap the bigint one the audit chain uses.
    private const int SignInLockClass = 0x5EA1_5161;

    // SQLite is single-instance: attempts on one name queue in the process, on one of a fixed set of stripes.
    private static readonly SemaphoreSlim[] Stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public static Task<User?> FindForSignInAsync(SealGuardDbContext db, string userName, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql()
            ? db.Users.FromSql($"SELECT * FROM users WHERE user_name = {userName} FOR UPDATE").SingleOrDefaultAsync(cancellationToken)
            // SQLite: the unit of work's transaction is BEGIN IMMEDIATE, which already holds the database's write lock.
            : db.Users.SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);

    /// <summary>
    /// Holds one user name's sign-in attempts in line from the check until the refused attempt's surviving record
    /// (<see cref="UnitOfWork.Survive{TService}"/>) has committed: the row lock ends with the refused unit, and the next
    /// attempt must not check a password before this one's failure is counted. PostgreSQL: a session advisory lock on
    /// the unit's connection, which stays open meanwhile.
    /// </summary>
    public static async Task<IAsyncDisposable> HoldSignInsAsync(SealGuardDbContext db, string userName, CancellationToken cancellationToken)
    {
        var key = BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(userName)));
        if (!db.Database.IsNpgsql())
        {
            var stripe = Stripes[(key & int.MaxValue) % Stripes.Length];
            await stripe.WaitAsync(cancellationToken);
            return new Release(() =>
            {
                stripe.Release();
                return Task.CompletedTask;
            });
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({SignInLockClass}, {key})", cancellationToken);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }

        return new Release(async () =>
        {
            try
            {
                // Not cancellable: a pooled connection must not go back to the pool holding the lock.
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({SignInLockClass}, {key})", CancellationToken.None);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
    }

    private sealed class Release(Func<Task> release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await release();
    }
}
