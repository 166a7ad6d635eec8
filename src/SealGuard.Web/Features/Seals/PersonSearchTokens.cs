using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Jobs;

namespace SealGuard.Web.Features.Seals;

/// <summary>
/// The personal part of a seal search as the search needs it: the ID number only as its blind index and masked form
/// (never the number itself), a person's exact name (stored as names are stored on the person records), and the purpose.
/// </summary>
public sealed record PersonCriteria(string? IdNumberIndex, string? IdNumberMasked, string? PersonName, string Purpose);

/// <summary>
/// Holds a person search's criteria under a short random token, so the search can live in a URL (bookmark, Back,
/// paging, sorting, 返回查询) while the ID number and name stay out of URLs, browser histories and access logs. The
/// criteria are a row of <c>person_search_tokens</c> in the database, so a token issued by one app server works on the
/// others behind the same proxy. A token is bound to the user and sign-in session that made the search and expires
/// after <see cref="Lifetime"/>; the row keeps only the token's hash, and the ID number only as its blind index and
/// masked form. Using a token is the same search again: the search was audited when the token was issued, not on every
/// page of it. Expired rows are swept by <see cref="PersonSearchTokenCleanupJob"/>.
/// </summary>
public sealed class PersonSearchTokens(SealGuardDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    /// <summary>The longest token <see cref="ResolveAsync"/> looks up (issued ones are 16 characters).</summary>
    public const int MaxTokenLength = 32;

    public async Task<string> IssueAsync(Actor actor, PersonCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));
        db.PersonSearchTokens.Add(new PersonSearchToken(Hash(token), actor.UserId, SessionId(), criteria, clock.GetUtcNow().UtcDateTime + Lifetime));
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The criteria behind <paramref name="token"/>, or null when it is unknown, expired or another user's or session's.</summary>
    public async Task<PersonCriteria?> ResolveAsync(Actor actor, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return null;
        }

        var hash = Hash(token);
        var sessionId = SessionId();
        var now = clock.GetUtcNow().UtcDateTime;
        var held = await db.PersonSearchTokens.AsNoTracking()
            .SingleOrDefaultAsync(t => t.TokenHash == hash && t.UserId == actor.UserId && t.SessionId == sessionId && t.ExpiresAt > now, cancellationToken);
        return held is null ? null : new PersonCriteria(held.IdNumberIndex, held.IdNumberMasked, held.PersonName, held.Purpose);
    }

    private string? SessionId() => http.HttpContext?.User.FindFirstValue(UserSessions.SessionClaim);

    /// <summary>A token is 96 random bits, so an unsalted hash is enough to keep a database reader from using it.</summary>
    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

/// <summary>One issued person-search token (<see cref="PersonSearchTokens"/>).</summary>
public sealed class PersonSearchToken
{
    public long Id { get; private set; }
    public string TokenHash { get; private set; } = null!;
    public long UserId { get; private set; }
    public string? SessionId { get; private set; }
    public string? IdNumberIndex { get; private set; }
    public string? IdNumberMasked { get; private set; }
    public string? PersonName { get; private set; }
    public string Purpose { get; private set; } = null!;
    public DateTime ExpiresAt { get; private set; }

    private PersonSearchToken()
    {
    }

    public PersonSearchToken(string tokenHash, long userId, string? sessionId, PersonCriteria criteria, DateTime expiresAt)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        TokenHash = tokenHash;
        UserId = userId;
        SessionId = sessionId;
        IdNumberIndex = criteria.IdNumberIndex;
        IdNumberMasked = criteria.IdNumberMasked;
        PersonName = criteria.PersonName;
        Purpose = criteria.Purpose;
        ExpiresAt = expiresAt;
    }
}

internal sealed class PersonSearchTokenConfiguration : IEntityTypeConfiguration<PersonSearchToken>
{
    public void Configure(EntityTypeBuilder<PersonSearchToken> builder)
    {
        builder.ToTable("person_search_tokens");
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.SessionId).HasMaxLength(32);
        builder.Property(t => t.IdNumberIndex).HasMaxLength(64);
        builder.Property(t => t.IdNumberMasked).HasMaxLength(FieldLimits.IdNumber);
        builder.Property(t => t.PersonName).HasMaxLength(FieldLimits.PersonName);
        builder.Property(t => t.Purpose).HasMaxLength(RevealPurpose.MaxLength);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.ExpiresAt);
    }
}

/// <summary>Deletes person-search tokens past their expiry (they already answer nothing; this keeps the table small).</summary>
public sealed class PersonSearchTokenCleanupJob(TimeProvider clock) : IScheduledJob
{
    public string Name => "person-search-tokens";

    public TimeSpan Interval => TimeSpan.FromMinutes(15);

    public bool RunsAtStart => true;

    public async Task RunAsync(IServiceProvider scope, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await scope.GetRequiredService<SealGuardDbContext>().PersonSearchTokens.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
