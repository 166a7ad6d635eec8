using System.Net;
using System.Net.Http.Json;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>
/// An organization holds at most one in-use 公章 (01) and one 法定代表人名章 (05); other types are not limited. A
/// replacement of any type names the seal it replaces, which is retired when the replacement is delivered.
/// </summary>
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
    public async Task A_damaged_replacement_of_the_public_seal_is_accepted_and_delivering_it_surrenders_the_damaged_seal(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var damaged = await shop.DeliverNewSealAsync(TestData.Intake(organization));

        var replacement = await shop.DeliverNewSealAsync(TestData.Replacement(organization, "DamagedReplacement", damaged));

        await ShouldBeSurrenderedForAsync(shop, damaged, replacement);
        (await shop.GetSealAsync(replacement)).Reason.ShouldBe(EngravingReason.DamagedReplacement);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_replacement_is_accepted_and_delivering_it_surrenders_the_old_seal(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var oldCode = await shop.DeliverNewSealAsync(TestData.Intake(organization));

        var replacement = await shop.DeliverNewSealAsync(TestData.Replacement(organization, "Replacement", oldCode));

        await ShouldBeSurrenderedForAsync(shop, oldCode, replacement);
        var current = await shop.GetSealAsync(replacement);
        current.Reason.ShouldBe(EngravingReason.Replacement);
        current.LifeState.ShouldBe(LifeState.InUse);
        current.FlowState.ShouldBe(FlowState.Delivered);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_replacement_of_a_finance_seal_retires_the_old_one_so_only_the_new_one_verifies(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var oldCode = await shop.DeliverNewSealAsync(TestData.Intake(organization, sealTypes: ["02"]));

        var replacement = await shop.DeliverNewSealAsync(TestData.Replacement(organization, "Replacement", oldCode, type: "02"));

        await ShouldBeSurrenderedForAsync(shop, oldCode, replacement);
        (await VerifyAsync(app, oldCode, organization.Name!)).ShouldBe("Invalid");
        (await VerifyAsync(app, replacement, organization.Name!)).ShouldBe("Valid");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_old_seal_stays_in_use_until_the_replacement_is_delivered(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var oldCode = await shop.DeliverNewSealAsync(TestData.Intake(organization));

        var replacement = await shop.FileAndEngraveAsync(TestData.Replacement(organization, "Replacement", oldCode));
        await (await shop.UploadImprintAsync(replacement.Seals[0].SealCode)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        (await shop.GetSealAsync(oldCode)).LifeState.ShouldBe(LifeState.InUse);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_replacement_of_the_same_seal_while_one_is_in_progress_is_refused(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var oldCode = await shop.DeliverNewSealAsync(TestData.Intake(organization, sealTypes: ["02"]));
        await shop.FileAsync(TestData.Replacement(organization, "Replacement", oldCode, type: "02"));

        var problem = await (await shop.PostIntakeAsync(TestData.Replacement(organization, "DamagedReplacement", oldCode, type: "02"))).ShouldBeRefusedAsync("Seal.ReplacementInProgress");
        problem.GetProperty("errors").GetProperty("seals[0].replacesSealCode")[0].GetString().ShouldBe(Messages.Get("Seal.ReplacementInProgress"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_replaced_seal_is_required_for_replacements_forbidden_for_new_seals_and_must_be_the_organizations_seal_of_that_type(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var publicSeal = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        var otherOrganizations = await shop.DeliverNewSealAsync(TestData.Intake(TestData.Organization(), sealTypes: ["02"]));

        foreach (var reason in new[] { "Replacement", "LostReplacement", "DamagedReplacement" })
        {
            await (await shop.PostIntakeAsync(TestData.Intake(organization, reason: reason, sealTypes: ["02"]))).ShouldNameFieldsAsync("seals[0].replacesSealCode");
        }

        await (await shop.PostIntakeAsync(TestData.Replacement(organization, "New", publicSeal, type: "02"))).ShouldNameFieldsAsync("seals[0].replacesSealCode");
        await (await shop.PostIntakeAsync(TestData.Replacement(organization, "Replacement", "41070", type: "02"))).ShouldNameFieldsAsync("seals[0].replacesSealCode");
        await (await shop.PostIntakeAsync(TestData.Replacement(organization, "Replacement", publicSeal, type: "02"))).ShouldBeRefusedAsync("Seal.ReplacedSealMismatch");
        await (await shop.PostIntakeAsync(TestData.Replacement(organization, "Replacement", otherOrganizations, type: "02"))).ShouldBeRefusedAsync("Seal.ReplacedSealMismatch");
        await (await shop.PostIntakeAsync(TestData.Replacement(organization, "Replacement", "4107029999999", type: "02"))).ShouldBeRefusedAsync("Seal.ReplacedSealNotFound");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_replacement_names_a_delivered_seal_in_use(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var accepted = (await shop.FileAsync(TestData.Intake(organization))).Seals[0].SealCode;

        await (await shop.PostIntakeAsync(TestData.Replacement(organization, "Replacement", accepted))).ShouldBeRefusedAsync("Seal.ReplacedSealNotInUse");
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

    private static async Task ShouldBeSurrenderedForAsync(HttpClient shop, string oldCode, string replacement)
    {
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
    }

    private static async Task<string> VerifyAsync(SealGuardApp app, string sealCode, string name)
    {
        var response = await app.AnonymousClient().GetAsync($"/api/v1/public/verification?sealCode={sealCode}&orgName={Uri.EscapeDataString(name)}", TestContext.Current.CancellationToken);
        return (await response.Content.ReadFromJsonAsync<VerificationResultOnly>(FilingSteps.Json, TestContext.Current.CancellationToken))!.Result;
    }

    private sealed record VerificationResultOnly(string Result);
}
