using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Seals;

namespace SealGuard.Web.Tests.Features.Seals;

/// <summary>A person search's token: the criteria come back for the same user and session until it expires, never otherwise.</summary>
public sealed class PersonSearchTokensTests
{
    private static readonly Actor Officer = new(7, "police.demo", UserRole.PoliceOfficer, null, ["4107"], null);

    [Fact]
    public async Task A_token_answers_its_user_and_session_until_it_expires()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var http = new HttpContextAccessor { HttpContext = Session("s1") };
        var tokens = new PersonSearchTokens(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())), new EphemeralDataProtectionProvider(), http, clock);
        var criteria = new PersonCriteria("410702199001011234", null, "案件核查");

        var token = await tokens.IssueAsync(Officer, criteria, ct);

        token.Length.ShouldBeLessThanOrEqualTo(16);
        token.ShouldNotContain("410702");
        (await tokens.ResolveAsync(Officer, token, ct)).ShouldBe(criteria);
        (await tokens.ResolveAsync(Officer with { UserId = 8 }, token, ct)).ShouldBeNull("another user");
        http.HttpContext = Session("s2");
        (await tokens.ResolveAsync(Officer, token, ct)).ShouldBeNull("another sign-in session of the same user");
        http.HttpContext = Session("s1");
        clock.Advance(PersonSearchTokens.Lifetime - TimeSpan.FromSeconds(1));
        (await tokens.ResolveAsync(Officer, token, ct)).ShouldBe(criteria);
        clock.Advance(TimeSpan.FromSeconds(2));
        (await tokens.ResolveAsync(Officer, token, ct)).ShouldBeNull("expired");
    }

    private static DefaultHttpContext Session(string id) =>
        new() { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(UserSessions.SessionClaim, id)], "test")) };
}
