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

    public static Task<User?> FindForSignInAsync(SealGuardDbContext db, string userName, CancellationToken cancellationToken) =>
        db.Users.FromSqlRaw(db.Dialect.LockingSelect("SELECT * FROM users WHERE user_name = {0}"), userName).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Holds one user name's sign-in attempts in line from the check until the refused attempt's surviving record
    /// (<see cref="UnitOfWork.Survive{TService}"/>) has committed: the row lock ends with the refused unit, and the next
    /// attempt must not check a password before this one's failure is counted.
    /// </summary>
    public static Task<IAsyncDisposable> HoldSignInsAsync(SealGuardDbContext db, string userName, CancellationToken cancellationToken) =>
        db.Dialect.HoldSessionLockAsync(db.Database, SignInLockClass, BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(userName))), cancellationToken);
}
