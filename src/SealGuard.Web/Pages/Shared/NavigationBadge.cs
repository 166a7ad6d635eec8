using System.Security.Claims;

namespace SealGuard.Web.Pages;

/// <summary>A count the side navigation shows next to one entry (e.g. unread notices), registered by the feature that owns it.</summary>
public interface INavigationBadge
{
    /// <summary>The <see cref="NavigationEntry.Href"/> of the entry.</summary>
    string Href { get; }

    /// <summary>What the count counts, for screen readers (a UiText key): unread by default.</summary>
    string HiddenTextKey => "Nav.Unread";

    /// <summary>The count for the signed-in user; 0 shows no badge.</summary>
    Task<int> CountAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
