using SealGuard.ArchitectureTests.Checking;

namespace SealGuard.ArchitectureTests;

/// <summary>Rule (b): the persistence layer holds the model's shape, never a feature's behaviour.</summary>
public sealed class DataLayerTests
{
    [Fact]
    public void Data_uses_only_entities_configurations_and_enums_of_the_features() =>
        ArchitectureRules.DataHoldsNoFeatureBehaviour(Graphs.Web, Layout.SealGuard).ShouldBeEmpty();

    [Fact]
    public void The_rule_reports_persistence_calling_a_feature_service_and_accepts_entities_configurations_and_enums()
    {
        var violations = ArchitectureRules.DataHoldsNoFeatureBehaviour(Graphs.Fixtures, Layout.Fixtures);

        CoreIndependenceTests.Offenders(violations).ShouldBe(["Fixtures.Web.Data.AuditingUnitOfWork"]);
        violations.ShouldHaveSingleItem().ShouldContain("Fixtures.Web.Features.Audit.FakeAuditTrail");
    }
}
