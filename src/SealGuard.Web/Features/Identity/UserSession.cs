using System.Security.Cryptography;

namespace SealGuard.Web.Features.Identity;

/// <summary>
/// One sign-in (a bearer token or a UI cookie). Signing out deletes it, which ends that token or cookie at once;
/// <see cref="ExpiresAt"/> only tells when the row may be pruned.
/// </summary>
public sealed class UserSession
{
    public string Id { get; private set; } = null!;
    public long UserId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }

    private UserSession()
    {
    }

    public UserSession(long userId, DateTime now, DateTime expiresAt)
    {
        // Random rather than sequential: a session id says nothing about other sessions.
        Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        UserId = userId;
        CreatedAt = now;
        ExpiresAt = expiresAt;
    }
}
