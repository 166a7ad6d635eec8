using SealGuard.ArchitectureTests.Checking;

namespace SealGuard.ArchitectureTests;

/// <summary>Rule (d): a feature reaches another only through its public handlers, records and enums.</summary>
public sealed class FeatureBoundaryTests
{
    [Fact]
    public void Features_use_each_other_only_through_handlers_records_and_enums() =>
        ArchitectureRules.FeaturesMeetThroughContracts(Graphs.Web, Layout.SealGuard).ShouldBeEmpty();

    [Fact]
    public void The_rule_reports_a_service_a_helper_an_internal_type_and_endpoints_of_another_feature()
    {
        var violations = ArchitectureRules.FeaturesMeetThroughContracts(Graphs.Fixtures, Layout.Fixtures);

        CoreIndependenceTests.Offenders(violations).ShouldBe(["Fixtures.Web.Features.Orders.OvercuriousOrderHandler"]);
        violations.Select(v => v.Split(' ')[2].TrimEnd(':')).ShouldBe(
            [
                "SealGuard.ArchitectureTests.Fixtures.Web.Features.Widgets.WidgetPricing",
                "SealGuard.ArchitectureTests.Fixtures.Web.Features.Widgets.WidgetSecrets",
                "SealGuard.ArchitectureTests.Fixtures.Web.Features.Widgets.WidgetService",
                "SealGuard.ArchitectureTests.Fixtures.Web.Features.Widgets.WidgetsApi",
            ],
            ignoreOrder: true);
    }
}
