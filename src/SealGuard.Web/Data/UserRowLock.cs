using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Data;

/// <summary>
/// Reads a user for a sign-in attempt with the row locked until the unit of work ends, so concurrent attempts on one
/// account are checked and counted one after another: no more than MaxFailedLogins passwords are tried before the lock.
/// </summary>
public static class UserRowLock
{
    public static Task<User?> FindForSignInAsync(SealGuardDbContext db, string userName, CancellationToken cancellationToken) =>
        db.Users.FromSqlRaw(db.Dialect.LockingSelect("SELECT * FROM users WHERE user_name = {0}"), userName).SingleOrDefaultAsync(cancellationToken);
}
