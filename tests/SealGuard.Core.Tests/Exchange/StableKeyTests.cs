using SealGuard.Core.Exchange;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Core.Shops;
using static SealGuard.Core.Tests.Filings.FilingTestData;

namespace SealGuard.Core.Tests.Exchange;

public class StableKeyTests
{
    [Fact]
    public void Every_ferried_entity_is_created_with_a_distinct_version_7_key_of_its_creation_time_and_version_1()
    {
        var shop = new EngravingShop("410702000001", "新乡市红旗区鑫源刻章店", "410702", "河南省新乡市红旗区人民路2号", null, T0);
        var organization = new Organization("410702000001", Presented(), T0);
        var filing = NewFiling();
        var seal = AddSeal(filing);
        IFerried[] created = [shop, Staff(), organization, filing, Attach(filing, DocumentKind.BusinessLicense), seal, seal.History[0]];

        created.Select(e => e.Key).Distinct().Count().ShouldBe(created.Length);
        foreach (var entity in created)
        {
            entity.Key.Version.ShouldBe(7, entity.GetType().Name);
            entity.Version.ShouldBe(1, entity.GetType().Name);
        }

        // A version 7 key starts with the Unix milliseconds of its time, so keys sort by creation.
        Convert.ToInt64(shop.Key.ToString("N")[..12], 16).ShouldBe(new DateTimeOffset(T0).ToUnixTimeMilliseconds());
    }

    [Fact]
    public void Transitions_keep_the_key_and_leave_the_version_to_the_unit_of_work()
    {
        var seal = NewSeal();
        var key = seal.Key;

        seal.Engrave(Staff(), Actor, T0.AddHours(1)).ShouldBeNull();
        seal.AttachImprint(Imprint(T0.AddHours(2)), Actor, T0.AddHours(2)).ShouldBeNull();

        // Two transitions in one unit of work are one committed change: the version is counted where it commits.
        seal.Key.ShouldBe(key);
        seal.Version.ShouldBe(1);
    }
}
