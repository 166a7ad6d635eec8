using System.Net;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Filings;

/// <summary>An organization holds at most one in-use 公章 (01) and one 法定代表人名章 (05); other types are not limited.</summary>
public sealed class SingleInUseSealRuleTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_public_seal_or_legal_representative_seal_is_refused_as_new(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        await shop.FileAsync(TestData.Intake(organization, sealTypes: ["01", "05"]));

        await (await shop.PostIntakeAsync(TestData.Intake(organization, sealTypes: ["01"]))).ShouldBeRefusedAsync("Seal.UniqueTypeInUse");
        var problem = await (await shop.PostIntakeAsync(TestData.Intake(organization, sealTypes: ["05"]))).ShouldBeRefusedAsync("Seal.UniqueTypeInUse");
        problem.GetProperty("detail").GetString().ShouldBe(Messages.Get("Seal.UniqueTypeInUse"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_damaged_replacement_is_refused_while_the_seal_is_in_use(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        await shop.DeliverNewSealAsync(TestData.Intake(organization));

        await (await shop.PostIntakeAsync(TestData.Intake(organization, reason: "DamagedReplacement"))).ShouldBeRefusedAsync("Seal.UniqueTypeInUse");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_replacement_is_accepted_and_delivering_it_surrenders_the_old_seal(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var oldCode = await shop.DeliverNewSealAsync(TestData.Intake(organization));

        var replacement = await shop.DeliverNewSealAsync(TestData.Intake(organization, reason: "Replacement"));

        var old = await shop.GetSealAsync(oldCode);
        old.LifeState.ShouldBe(LifeState.Surrendered);
        old.StatusCode.ShouldBe(SealStatusCode.Surrendered);
        old.SurrenderedAt.ShouldNotBeNull();
        var surrendered = old.History[^1];
        surrendered.Action.ShouldBe(SealAction.Surrendered);
        surrendered.FromLife.ShouldBe(LifeState.InUse);
        surrendered.ToLife.ShouldBe(LifeState.Surrendered);
        surrendered.Actor.ShouldBe("shop.demo");
        surrendered.Note.ShouldNotBeNull().ShouldContain(replacement);

        var current = await shop.GetSealAsync(replacement);
        current.Reason.ShouldBe(EngravingReason.Replacement);
        current.LifeState.ShouldBe(LifeState.InUse);
        current.FlowState.ShouldBe(FlowState.Delivered);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_old_seal_stays_in_use_until_the_replacement_is_delivered(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var oldCode = await shop.DeliverNewSealAsync(TestData.Intake(organization));

        var replacement = await shop.FileAndEngraveAsync(TestData.Intake(organization, reason: "Replacement"));
        await (await shop.UploadImprintAsync(replacement.Seals[0].SealCode)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        (await shop.GetSealAsync(oldCode)).LifeState.ShouldBe(LifeState.InUse);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_replacement_while_one_is_in_progress_is_refused(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        await shop.DeliverNewSealAsync(TestData.Intake(organization));
        await shop.FileAsync(TestData.Intake(organization, reason: "Replacement"));

        await (await shop.PostIntakeAsync(TestData.Intake(organization, reason: "Replacement"))).ShouldBeRefusedAsync("Seal.ReplacementInProgress");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Finance_seals_are_not_limited(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();

        var first = await shop.FileAsync(TestData.Intake(organization, sealTypes: ["01", "02", "02"]));
        var second = await shop.FileAsync(TestData.Intake(organization, sealTypes: ["02"]));

        first.Seals.Count.ShouldBe(3);
        second.Seals.ShouldHaveSingleItem().LifeState.ShouldBe(LifeState.InUse);
    }
}
