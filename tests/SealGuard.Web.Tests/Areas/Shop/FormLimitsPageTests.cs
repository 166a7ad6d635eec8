using System.Net;
using System.Text.RegularExpressions;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Areas.Shop;

/// <summary>The shop forms take their limits from Core, so a browser never cuts off what the server accepts.</summary>
public sealed partial class FormLimitsPageTests(SharedApps apps)
{
    private const string Landline = "0373-1234567";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_phone_field_of_the_shop_takes_a_landline_the_server_accepts(string provider)
    {
        PhoneNumber.TryParse(Landline, out _, out _).ShouldBeTrue("the server accepts landlines with their area code");
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var filing = await shop.FileAsync(TestData.Intake(organization));
        var sealCode = filing.Seals[0].SealCode;
        await (await shop.EngraveAsync(sealCode, await shop.EngraverIdAsync())).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await shop.UploadImprintAsync(sealCode)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var (browser, _) = await app.SignInWithCookieAsync("shop.demo");

        var fields = new (string Page, string Id)[]
        {
            ("/Shop/Intake", "Org_LegalRepresentative_Phone"),
            ("/Shop/Intake", "Agent_Phone"),
            ($"/Shop/Changes?creditCode={organization.CreditCode}", "NewLegalRepresentative_Phone"),
            ($"/Shop/Seals/{sealCode}", "Recipient_phone"),
        };
        foreach (var (page, id) in fields)
        {
            var html = await (await browser.GetAsync(page, Ct)).Content.ReadAsStringAsync(Ct);
            var input = Input(html, id).ShouldNotBeNull($"{id} on {page}");

            Attribute(input, "maxlength").ShouldBe(FieldLimits.Phone.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{id} on {page}");
            Landline.Length.ShouldBeLessThanOrEqualTo(FieldLimits.Phone);
            if (Attribute(input, "pattern") is { } pattern)
            {
                Regex.IsMatch(Landline, $"^(?:{pattern})$").ShouldBeTrue($"{id} on {page}: pattern {pattern}");
            }
        }
    }

    private static string? Input(string html, string id) =>
        InputTag().Matches(html).Select(m => m.Value).FirstOrDefault(tag => Attribute(tag, "id") == id);

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputTag();
}
