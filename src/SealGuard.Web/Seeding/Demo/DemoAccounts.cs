using Microsoft.EntityFrameworkCore;
using SealGuard.Web.Data;

namespace SealGuard.Web.Seeding.Demo;

/// <summary>
/// A database that was once seeded keeps the demo accounts. In Production their published password is refused at
/// sign-in (see PasswordSignInHandler); at start-up the operator is told which of them are still there.
/// </summary>
public sealed partial class DemoAccounts(SealGuardDbContext db, ILogger<DemoAccounts> logger)
{
    public async Task WarnIfPresentAsync(CancellationToken cancellationToken)
    {
        var names = DemoSeeder.Logins.Select(l => l.UserName).ToList();
        var present = await db.Users.Where(u => names.Contains(u.UserName) && !u.IsDisabled).OrderBy(u => u.UserName)
            .Select(u => u.UserName).ToListAsync(cancellationToken);
        if (present.Count > 0)
        {
            LogDemoAccountsPresent(logger, string.Join(", ", present));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo accounts are present in Production: {DemoAccounts}. Sign-in with the published demo password is refused; disable them or give them new passwords.")]
    private static partial void LogDemoAccountsPresent(ILogger logger, string demoAccounts);
}
