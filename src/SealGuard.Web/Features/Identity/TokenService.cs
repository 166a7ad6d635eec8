using System.Globalization;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SealGuard.Web.Features.Identity;

/// <summary>Issues the signed bearer tokens of the API (HMAC-SHA-256 JWT); a token lives as long as its session.</summary>
public sealed class TokenService(SymmetricSecurityKey signingKey, TimeProvider clock)
{
    public const string Issuer = "sealguard";
    public const string Audience = "sealguard-api";

    public (string AccessToken, DateTime ExpiresAt) Issue(User user, UserSession session)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = session.ExpiresAt;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(Claims(user, session)),
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256),
        };
        return (new JsonWebTokenHandler().CreateToken(descriptor), expires);
    }

    /// <summary>The claims of a signed-in user, the same in a bearer token and in the UI cookie; see <see cref="UserSessions"/>.</summary>
    public static IReadOnlyList<Claim> Claims(User user, UserSession session)
    {
        var claims = new List<Claim>
        {
            new("sub", user.Id.ToString(CultureInfo.InvariantCulture)),
            new("name", user.UserName),
            new("display_name", user.DisplayName),
            new("role", user.Role.ToString()),
            new(UserSessions.SessionClaim, session.Id),
            new(UserSessions.StampClaim, user.SecurityStamp),
        };
        if (user.ShopId is { } shopId)
        {
            claims.Add(new(Actor.ShopIdClaim, shopId.ToString(CultureInfo.InvariantCulture)));
        }

        claims.AddRange(user.JurisdictionPrefixes.Select(p => new Claim(Actor.JurisdictionClaim, p)));
        return claims;
    }

    public static TokenValidationParameters ValidationParameters(SymmetricSecurityKey signingKey) => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = signingKey,
        NameClaimType = "name",
        RoleClaimType = "role",
        ClockSkew = TimeSpan.FromMinutes(1),
    };
}
