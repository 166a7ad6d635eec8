using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SealGuard.ArchitectureTests.Fixtures.Web.Features.Widgets;

// Types that break (or keep) the rules on purpose, so each rule is seen to fail. Only the rule tests read them.
namespace SealGuard.ArchitectureTests.Fixtures.Core;

public static class RuleReadingTheRequest
{
    public static bool IsSignedIn(HttpContext context) => context.User.Identity?.IsAuthenticated == true;
}

public static class RuleQueryingTheDatabase
{
    public static int Pending(DbContext db) => db.ChangeTracker.Entries().Count();
}

public static class RuleAskingTheApplication
{
    public static bool IsPlain(WidgetView widget) => widget.Kind == WidgetKind.Plain;
}

public static class PureRule
{
    public static bool IsEven(int value) => value % 2 == 0;
}
