using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using SealGuard.Web.Features.Identity;

namespace SealGuard.Web.Features.Seals;

/// <summary>The personal part of a seal search (an ID number or a person's name, and the purpose), held server-side.</summary>
public sealed record PersonCriteria(string? IdNumber, string? PersonName, string Purpose);

/// <summary>
/// Holds a person search's criteria under a short random token, so the search can live in a URL (bookmark, Back,
/// paging, sorting, 返回查询) while the ID number and name stay out of URLs, browser histories and access logs. A token is
/// bound to the user and sign-in session that made the search and expires after <see cref="Lifetime"/>; the criteria
/// are encrypted with data protection before they reach the cache. Using a token is the same search again: the search
/// was audited when the token was issued, not on every page of it.
/// </summary>
public sealed class PersonSearchTokens(IDistributedCache cache, IDataProtectionProvider protection, IHttpContextAccessor http, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly IDataProtector _protector = protection.CreateProtector("SealGuard.Seals.PersonSearchTokens");

    public async Task<string> IssueAsync(Actor actor, PersonCriteria criteria, CancellationToken cancellationToken)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));
        var expires = clock.GetUtcNow() + Lifetime;
        var held = new Held(actor.UserId, SessionId(), criteria, expires);
        var bytes = _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(held));
        await cache.SetAsync(Key(token), bytes, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, cancellationToken);
        return token;
    }

    /// <summary>The criteria behind <paramref name="token"/>, or null when it is unknown, expired or another user's or session's.</summary>
    public async Task<PersonCriteria?> ResolveAsync(Actor actor, string token, CancellationToken cancellationToken)
    {
        if (token.Length > 32)
        {
            return null;
        }

        var bytes = await cache.GetAsync(Key(token), cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        Held? held;
        try
        {
            held = JsonSerializer.Deserialize<Held>(_protector.Unprotect(bytes));
        }
        catch (CryptographicException)
        {
            return null;
        }

        // The expiry is checked against the app's clock too: the cache's own expiry runs on the machine's clock.
        return held is not null && held.UserId == actor.UserId && held.SessionId == SessionId() && held.Expires > clock.GetUtcNow()
            ? held.Criteria
            : null;
    }

    private string? SessionId() => http.HttpContext?.User.FindFirstValue(UserSessions.SessionClaim);

    private static string Key(string token) => "person-search:" + token;

    private sealed record Held(long UserId, string? SessionId, PersonCriteria Criteria, DateTimeOffset Expires);
}
