using SealGuard.ArchitectureTests.Checking;

namespace SealGuard.ArchitectureTests;

/// <summary>Rule (c): a Razor page model asks handlers and shows their view records (docs/decisions/0001).</summary>
public sealed class PageModelTests
{
    [Fact]
    public void No_page_model_touches_the_DbContext_or_EF_Core() =>
        ArchitectureRules.PagesUseNoPersistence(Graphs.Web, Layout.SealGuard).ShouldBeEmpty();

    [Fact]
    public void Page_models_use_only_handlers_view_records_enums_and_static_helpers_of_the_features() =>
        ArchitectureRules.PagesUseHandlersAndViewRecords(Graphs.Web, Layout.SealGuard).ShouldBeEmpty();

    [Fact]
    public void The_rules_report_a_page_that_queries_the_DbContext()
    {
        var violations = ArchitectureRules.PagesUseNoPersistence(Graphs.Fixtures, Layout.Fixtures);

        CoreIndependenceTests.Offenders(violations).ShouldBe(["Fixtures.Web.Pages.QueryingPageModel"]);
        violations.ShouldContain(v => v.Contains("Fixtures.Web.Data.WidgetContext", StringComparison.Ordinal));
        violations.ShouldContain(v => v.Contains("Microsoft.EntityFrameworkCore.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rules_report_a_page_that_uses_a_feature_service_or_entity()
    {
        var violations = ArchitectureRules.PagesUseHandlersAndViewRecords(Graphs.Fixtures, Layout.Fixtures);

        // The querying page is reported too: through the DbSet it handles the Widget entity.
        CoreIndependenceTests.Offenders(violations).ShouldBe(["Fixtures.Web.Pages.QueryingPageModel", "Fixtures.Web.Pages.ServicePageModel"], ignoreOrder: true);
        violations.ShouldContain(v => v.StartsWith("SealGuard.ArchitectureTests.Fixtures.Web.Pages.ServicePageModel uses SealGuard.ArchitectureTests.Fixtures.Web.Features.Widgets.WidgetService:", StringComparison.Ordinal));
        violations.ShouldContain(v => v.StartsWith("SealGuard.ArchitectureTests.Fixtures.Web.Pages.ServicePageModel uses SealGuard.ArchitectureTests.Fixtures.Web.Features.Widgets.Widget:", StringComparison.Ordinal));
    }
}
