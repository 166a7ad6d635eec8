using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Areas.Police.Pages.Seals;

/// <summary>
/// 印章查询. The whole search is a GET (bookmarkable, Back and 返回查询 return to it without a resubmit) except the
/// person: an ID number or name is POSTed once with the purpose, audited by the handler, and the answer redirects to
/// the same list under a short server-side token (<see cref="PersonSearchTokens"/>), so neither the number nor the name
/// ever lands in a URL, a browser history or an access log, and paging or sorting the token is not a new search.
/// </summary>
public sealed class IndexModel(SearchSealsHandler handler) : PolicePage
{
    public const string Path = "/Police/Seals";

    [BindProperty(SupportsGet = true)] public string? SealCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? CreditCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? OrgName { get; set; }
    [BindProperty(SupportsGet = true)] public string? ShopCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? LifeState { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }
    [BindProperty(SupportsGet = true)] public string? PersonToken { get; set; }
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public string? PersonName { get; set; }
    [BindProperty] public string? Purpose { get; set; }

    /// <summary>The person form was just posted (its errors are shown) or its token is in force.</summary>
    public bool ByPerson { get; private set; }

    public SealPage? Results { get; private set; }

    public IReadOnlyList<SealTypeOption> SealTypes { get; private set; } = [];

    public SealOrder Order => SealOrder.TryParse(Sort, out var order) ? order : SealOrder.Default;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ByPerson = !string.IsNullOrWhiteSpace(PersonToken);
        await SearchAsync(Filters(null, null, null), cancellationToken);
    }

    public async Task<IActionResult> OnPostIdNumberAsync(CancellationToken cancellationToken)
    {
        // The answer of a refused search repeats the number in its form: answered in place and never cached.
        PersonalDataResponses.NoStore(Response);
        ByPerson = true;
        if (string.IsNullOrWhiteSpace(IdNumber) && string.IsNullOrWhiteSpace(PersonName))
        {
            Errors.AddField("idNumber", SealGuard.Core.Codes.Messages.Get("Search.PersonRequired"));
            await LoadTypesAsync(cancellationToken);
            return Page();
        }

        PersonToken = null;
        Cursor = null;
        var outcome = await SearchAsync(Filters(IdNumber, PersonName, Purpose), cancellationToken);
        if (outcome?.PersonToken is { } token)
        {
            // Post/redirect/get: the results live at a URL that names the search only by its token.
            PersonToken = token;
            return Redirect(ListUrl(Sort, null));
        }

        return Page();
    }

    private SealSearch Filters(string? idNumber, string? personName, string? purpose) =>
        new(SealCode?.Replace(" ", string.Empty, StringComparison.Ordinal), CreditCode, OrgName, ShopCode, LifeState, idNumber, purpose, Cursor, null, null, Type, DayText.Show(From), DayText.Show(To), Sort, personName, PersonToken);

    private async Task<SealPage?> SearchAsync(SealSearch search, CancellationToken cancellationToken)
    {
        await LoadTypesAsync(cancellationToken);
        var outcome = await handler.HandleAsync(Actor, search, cancellationToken);
        Results = outcome.Value;
        if (outcome.Failure is { } failure)
        {
            Errors.Add(failure);
        }

        return outcome.Value;
    }

    private async Task LoadTypesAsync(CancellationToken cancellationToken) => SealTypes = await handler.SealTypesAsync(cancellationToken);

    /// <summary>This list with the current search in another order or at another page.</summary>
    public string ListUrl(string? sort, string? cursor) => QueryHelpers.AddQueryString(Path, Query(sort, cursor, PersonToken));

    /// <summary>The current filters and order without the person.</summary>
    public string ListUrlWithoutPerson() => QueryHelpers.AddQueryString(Path, Query(Sort, null, null));

    /// <summary>The GET filters a person search keeps (as hidden fields of its POST form).</summary>
    public IEnumerable<KeyValuePair<string, string?>> CarriedFilters() => Query(Sort, null, null);

    private IEnumerable<KeyValuePair<string, string?>> Query(string? sort, string? cursor, string? personToken) => new Dictionary<string, string?>
    {
        ["sealCode"] = SealCode,
        ["creditCode"] = CreditCode,
        ["orgName"] = OrgName,
        ["shopCode"] = ShopCode,
        ["lifeState"] = LifeState,
        ["type"] = Type,
        ["from"] = DayText.Show(From),
        ["to"] = DayText.Show(To),
        ["personToken"] = personToken,
        ["sort"] = sort == SealOrder.Default.Value ? null : sort,
        ["cursor"] = cursor,
    }.Where(p => !string.IsNullOrWhiteSpace(p.Value));

    /// <summary>A seal's page, with the way back to this very list (same search, order and page).</summary>
    public string DetailsUrl(string sealCode) => QueryHelpers.AddQueryString(Path + "/" + sealCode, "back", ListUrl(Sort, Cursor));
}
