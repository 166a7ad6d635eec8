using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Seals;

/// <summary>交付: only with the imprint on file, to a recipient with a valid ID number, once.</summary>
public sealed class DeliveryTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Delivery_without_an_imprint_is_refused(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;

        await (await shop.DeliverAsync(code)).ShouldBeRefusedAsync("Seal.ImprintRequired");

        var seal = await shop.GetSealAsync(code);
        seal.FlowState.ShouldBe(FlowState.Engraved);
        seal.Recipient.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Delivery_to_a_recipient_with_an_invalid_id_number_is_refused_naming_the_field(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        await (await shop.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var recipient = TestData.Person();

        var errors = await (await shop.DeliverAsync(code, recipient with { IdNumber = FilingRequests.WithBadCheckDigit(recipient.IdNumber!) }))
            .ShouldNameFieldsAsync("recipient.idNumber");

        errors["recipient.idNumber"].ShouldBe([Messages.Get("IdNumber.CheckCharacter")]);
        (await shop.GetSealAsync(code)).FlowState.ShouldBe(FlowState.Engraved);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Delivery_before_engraving_is_refused(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAsync(TestData.Intake())).Seals[0].SealCode;

        await (await shop.DeliverAsync(code)).ShouldBeRefusedAsync("Seal.NotAwaitingDelivery");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_delivered_seal_records_the_masked_recipient_and_is_not_delivered_twice(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        await (await shop.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var recipient = TestData.Person();

        var state = await (await shop.DeliverAsync(code, recipient)).ReadStateAsync();
        state.ShouldBe(new SealStateView(code, FlowState.Delivered, LifeState.InUse, SealStatusCode.Delivered));

        await (await shop.DeliverAsync(code)).ShouldBeRefusedAsync("Seal.NotAwaitingDelivery");
        var seal = await shop.GetSealAsync(code);
        seal.Recipient.ShouldNotBeNull().Name.ShouldBe(recipient.Name);
        seal.Recipient.IdNumber.ShouldBe(FilingRequests.Masked(recipient.IdNumber!));
        seal.DeliveredAt.ShouldNotBeNull();
        seal.History.Count(e => e.Action == SealAction.Delivered).ShouldBe(1);
    }

    /// <summary>取章人同经办人: the shop sees the agent only masked, so the agent's record as filed is taken, not typed again.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_seal_collected_by_the_agent_records_the_agent_as_filed_as_its_recipient(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        await (await shop.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var response = await shop.PostAsJsonAsync($"/api/v1/seals/{code}/delivery", new DeliveryRequest(null, RecipientIsAgent: true), FilingSteps.Json, TestContext.Current.CancellationToken);

        (await response.ReadStateAsync()).FlowState.ShouldBe(FlowState.Delivered);
        var seal = await shop.GetSealAsync(code);
        seal.Recipient.ShouldBe(seal.Filing.Agent);
        var stored = await app.WithDbAsync(db => db.Seals.Where(s => s.SealCode == code)
            .Select(s => new { Recipient = s.Recipient!.IdNumberIndex, Agent = s.Filing.Agent.IdNumberIndex }).SingleAsync(TestContext.Current.CancellationToken));
        stored.Recipient.ShouldBe(stored.Agent);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Police_cannot_deliver(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        await (await shop.UploadImprintAsync(code)).ShouldHaveStatusAsync(HttpStatusCode.OK);

        (await (await app.SignInAsync("police.demo")).DeliverAsync(code)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await shop.GetSealAsync(code)).FlowState.ShouldBe(FlowState.Engraved);
    }
}
