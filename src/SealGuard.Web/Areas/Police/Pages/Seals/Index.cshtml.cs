using Microsoft.AspNetCore.Mvc;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Areas.Police.Pages.Seals;

/// <summary>
/// 印章查询. The filter form is a GET (bookmarkable); the ID-number search is a POST so the number never lands in a
/// URL, a browser history or an access log, and the handler audits it with the purpose.
/// </summary>
public sealed class IndexModel(SearchSealsHandler handler) : PolicePage
{
    [BindProperty(SupportsGet = true)] public string? SealCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? CreditCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? OrgName { get; set; }
    [BindProperty(SupportsGet = true)] public string? ShopCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? LifeState { get; set; }
    [BindProperty(SupportsGet = true)] public string? Cursor { get; set; }
    [BindProperty] public string? IdNumber { get; set; }
    [BindProperty] public string? Purpose { get; set; }

    public bool ByIdNumber { get; private set; }
    public SealPage? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        await SearchAsync(new SealSearch(SealCode, CreditCode, OrgName, ShopCode, LifeState, null, null, Cursor, null), cancellationToken);

    public async Task OnPostIdNumberAsync(CancellationToken cancellationToken)
    {
        // The answer repeats the number in its form: answered in place (no redirect to a URL carrying it) and never cached.
        PersonalDataResponses.NoStore(Response);
        ByIdNumber = true;
        if (string.IsNullOrWhiteSpace(IdNumber))
        {
            Errors.AddField("idNumber", SealGuard.Core.Codes.Messages.Get("IdNumber.Required"));
            return;
        }

        await SearchAsync(new SealSearch(null, null, null, null, null, IdNumber, Purpose, Cursor, null), cancellationToken);
    }

    private async Task SearchAsync(SealSearch search, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(Actor, search, cancellationToken);
        Results = outcome.Value;
        if (outcome.Failure is { } failure)
        {
            Errors.Add(failure);
        }
    }

    public string NextPageUrl(string cursor) => Url.Page("Index", new { SealCode, CreditCode, OrgName, ShopCode, LifeState, Cursor = cursor })!;
}
