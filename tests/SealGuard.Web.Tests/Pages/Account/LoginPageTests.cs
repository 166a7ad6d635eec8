using System.Net;
using System.Text.RegularExpressions;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Pages.Account;

public sealed partial class LoginPageTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_password_field_is_masked_and_a_failed_sign_in_never_sends_the_typed_password_back(string provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        const string typed = "Typed#Secret4711";

        var response = await SealGuardApp.PostFormAsync(app.ClientWith(new()), "/Account/Login", "/Account/Login",
            new() { ["Input.UserName"] = "police.demo", ["Input.Password"] = typed });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(ct);
        var password = PasswordInput().Match(html).Value;
        password.ShouldContain("type=\"password\"");
        password.ShouldContain("autocomplete=\"current-password\"");
        password.ShouldNotContain("value=\"" + typed);
        html.ShouldNotContain(typed);
        UserNameInput().Match(html).Value.ShouldContain("autocomplete=\"username\"");
    }

    [GeneratedRegex("<input[^>]*name=\"Input.Password\"[^>]*>")]
    private static partial Regex PasswordInput();

    [GeneratedRegex("<input[^>]*name=\"Input.UserName\"[^>]*>")]
    private static partial Regex UserNameInput();
}
