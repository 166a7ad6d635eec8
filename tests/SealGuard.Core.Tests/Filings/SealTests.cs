using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using static SealGuard.Core.Tests.Filings.FilingTestData;

namespace SealGuard.Core.Tests.Filings;

public class SealTests
{
    private static readonly EventActor Engraver = new(11, "刻制员乙");
    private static readonly EventActor Clerk = new(12, "店员丙");
    private static readonly EventActor Officer = new(13, "民警丁");

    [Fact]
    public void A_new_seal_is_accepted_and_in_use_with_one_history_event()
    {
        var filing = NewFiling(EngravingReason.Replacement);

        var seal = filing.AddSeal(Code(5), new SealSpecification("05", "02", "03", null, "王丽华印"), Actor, T0);

        filing.Seals.ShouldBe([seal]);
        seal.Filing.ShouldBeSameAs(filing);
        seal.SealCode.ShouldBe("4107020000005");
        seal.DivisionCode.ShouldBe("410702");
        seal.ShopId.ShouldBe(ShopId);
        seal.OrganizationId.ShouldBe(OrganizationId);
        seal.Reason.ShouldBe(EngravingReason.Replacement);
        seal.Type.ShouldBe("05");
        seal.Material.ShouldBe("02");
        seal.Shape.ShouldBe("03");
        seal.Spec.ShouldBeNull();
        seal.Text.ShouldBe("王丽华印");
        seal.Flow.ShouldBe(FlowState.Accepted);
        seal.Life.ShouldBe(LifeState.InUse);
        seal.StatusCode.ShouldBe(SealStatusCode.Accepted);
        seal.AcceptedAt.ShouldBe(T0);
        seal.Version.ShouldBe(1);
        seal.EngravedAt.ShouldBeNull();
        seal.DeliveredAt.ShouldBeNull();
        seal.Imprint.ShouldBeNull();
        seal.Recipient.ShouldBeNull();

        var accepted = seal.History.ShouldHaveSingleItem();
        accepted.Action.ShouldBe(SealAction.Accepted);
        accepted.ActorUserId.ShouldBe(Actor.UserId);
        accepted.ActorName.ShouldBe(Actor.UserName);
        accepted.OccurredAt.ShouldBe(T0);
        accepted.FromFlow.ShouldBeNull();
        accepted.ToFlow.ShouldBe(FlowState.Accepted);
        accepted.FromLife.ShouldBeNull();
        accepted.ToLife.ShouldBe(LifeState.InUse);
        accepted.Note.ShouldBeNull();
    }

    [Fact]
    public void The_happy_path_records_each_step_and_bumps_the_version()
    {
        var seal = NewSeal();
        var staff = Staff();
        var recipient = OtherPerson();
        var t1 = T0.AddHours(1);
        var t2 = T0.AddHours(2);
        var t3 = T0.AddHours(3);
        var imprint = Imprint(t2);

        seal.Engrave(staff, Engraver, t1).ShouldBeNull();
        seal.Flow.ShouldBe(FlowState.Engraved);
        seal.Life.ShouldBe(LifeState.InUse);
        seal.StatusCode.ShouldBe(SealStatusCode.Engraved);
        seal.EngravedAt.ShouldBe(t1);
        seal.EngraverStaffId.ShouldBe(staff.Id);

        seal.AttachImprint(imprint, Clerk, t2).ShouldBeNull();
        seal.Flow.ShouldBe(FlowState.Engraved);
        seal.StatusCode.ShouldBe(SealStatusCode.Engraved);
        seal.Imprint.ShouldBe(imprint);

        seal.Deliver(recipient, Clerk, t3).ShouldBeNull();
        seal.Flow.ShouldBe(FlowState.Delivered);
        seal.Life.ShouldBe(LifeState.InUse);
        seal.StatusCode.ShouldBe(SealStatusCode.Delivered);
        seal.DeliveredAt.ShouldBe(t3);
        seal.Recipient.ShouldBeSameAs(recipient);

        seal.History.Count.ShouldBe(4);
        ShouldBeEvent(seal.History[0], SealAction.Accepted, Actor, T0, null, FlowState.Accepted, null, LifeState.InUse);
        ShouldBeEvent(seal.History[1], SealAction.Engraved, Engraver, t1, FlowState.Accepted, FlowState.Engraved, LifeState.InUse, LifeState.InUse);
        ShouldBeEvent(seal.History[2], SealAction.ImprintUploaded, Clerk, t2, FlowState.Engraved, FlowState.Engraved, LifeState.InUse, LifeState.InUse);
        ShouldBeEvent(seal.History[3], SealAction.Delivered, Clerk, t3, FlowState.Engraved, FlowState.Delivered, LifeState.InUse, LifeState.InUse);
        seal.History.ShouldAllBe(e => e.Note == null);
    }

    [Fact]
    public void A_second_imprint_before_delivery_replaces_the_first()
    {
        var seal = SealIn(FlowState.Engraved, LifeState.InUse);
        seal.AttachImprint(Imprint(T0.AddHours(2), 'c'), Clerk, T0.AddHours(2)).ShouldBeNull();
        var better = Imprint(T0.AddHours(4), 'f');

        seal.AttachImprint(better, Clerk, T0.AddHours(4)).ShouldBeNull();

        seal.Imprint.ShouldBe(better);
        seal.History.Count(e => e.Action == SealAction.ImprintUploaded).ShouldBe(2);
    }

    [Fact]
    public void Reporting_lost_then_surrendering_a_delivered_seal_is_recorded_with_notes()
    {
        var seal = SealIn(FlowState.Delivered, LifeState.InUse);
        var lostAt = T0.AddDays(10);
        var surrenderedAt = T0.AddDays(20);

        seal.ReportLost(Officer, lostAt, "单位报失").ShouldBeNull();
        seal.Life.ShouldBe(LifeState.ReportedLost);
        seal.Flow.ShouldBe(FlowState.Delivered);
        seal.StatusCode.ShouldBe(SealStatusCode.ReportedLost);
        seal.ReportedLostAt.ShouldBe(lostAt);

        seal.Surrender(Officer, surrenderedAt, "找回后缴销").ShouldBeNull();
        seal.Life.ShouldBe(LifeState.Surrendered);
        seal.StatusCode.ShouldBe(SealStatusCode.Surrendered);
        seal.SurrenderedAt.ShouldBe(surrenderedAt);

        ShouldBeEvent(seal.History[4], SealAction.ReportedLost, Officer, lostAt, FlowState.Delivered, FlowState.Delivered, LifeState.InUse, LifeState.ReportedLost);
        seal.History[4].Note.ShouldBe("单位报失");
        ShouldBeEvent(seal.History[5], SealAction.Surrendered, Officer, surrenderedAt, FlowState.Delivered, FlowState.Delivered, LifeState.ReportedLost, LifeState.Surrendered);
        seal.History[5].Note.ShouldBe("找回后缴销");
    }

    [Fact]
    public void A_delivered_seal_can_be_surrendered_directly()
    {
        var seal = SealIn(FlowState.Delivered, LifeState.InUse);

        seal.Surrender(Officer, T0.AddDays(3), null).ShouldBeNull();

        seal.Life.ShouldBe(LifeState.Surrendered);
        ShouldBeEvent(seal.History[^1], SealAction.Surrendered, Officer, T0.AddDays(3), FlowState.Delivered, FlowState.Delivered, LifeState.InUse, LifeState.Surrendered);
    }

    [Fact]
    public void A_failed_engraving_is_scrapped_keeping_its_flow_state()
    {
        var seal = SealIn(FlowState.Engraved, LifeState.InUse);

        seal.Scrap(Clerk, T0.AddHours(5), "刻坏").ShouldBeNull();

        seal.Flow.ShouldBe(FlowState.Engraved);
        seal.Life.ShouldBe(LifeState.Scrapped);
        seal.StatusCode.ShouldBe(SealStatusCode.Scrapped);
        seal.ScrappedAt.ShouldBe(T0.AddHours(5));
        ShouldBeEvent(seal.History[^1], SealAction.Scrapped, Clerk, T0.AddHours(5), FlowState.Engraved, FlowState.Engraved, LifeState.InUse, LifeState.Scrapped);
        seal.History[^1].Note.ShouldBe("刻坏");
    }

    [Fact]
    public void An_accepted_seal_can_be_scrapped()
    {
        var seal = NewSeal();

        seal.Scrap(Clerk, T0.AddMinutes(5), null).ShouldBeNull();

        seal.Life.ShouldBe(LifeState.Scrapped);
        seal.Flow.ShouldBe(FlowState.Accepted);
    }

    [Fact]
    public void A_reported_lost_seal_can_be_scrapped()
    {
        var seal = SealIn(FlowState.Delivered, LifeState.ReportedLost);

        seal.Scrap(Officer, T0.AddDays(30), null).ShouldBeNull();

        seal.Life.ShouldBe(LifeState.Scrapped);
        seal.History[^1].FromLife.ShouldBe(LifeState.ReportedLost);
    }

    [Theory]
    // Engrave: only an accepted, in-use seal, by the shop's staff, with the filing's materials in place.
    [InlineData("engrave an engraved seal", "Seal.NotAwaitingEngraving")]
    [InlineData("engrave a delivered seal", "Seal.NotAwaitingEngraving")]
    [InlineData("engrave a scrapped accepted seal", "Seal.NotAwaitingEngraving")]
    [InlineData("engrave with staff of another shop", "Seal.EngraverNotShopStaff")]
    [InlineData("engrave for an agent without power of attorney", "Filing.PowerOfAttorneyRequired")]
    [InlineData("engrave a lost replacement without newspaper notice", "Filing.NewspaperNoticeRequired")]
    // AttachImprint: only an engraved, in-use, undelivered seal.
    [InlineData("imprint an accepted seal", "Seal.NotAwaitingImprint")]
    [InlineData("imprint a delivered seal", "Seal.NotAwaitingImprint")]
    [InlineData("imprint a scrapped engraved seal", "Seal.NotAwaitingImprint")]
    // Deliver: only an engraved, in-use seal with an imprint.
    [InlineData("deliver an accepted seal", "Seal.NotAwaitingDelivery")]
    [InlineData("deliver an engraved seal without imprint", "Seal.ImprintRequired")]
    [InlineData("deliver a delivered seal", "Seal.NotAwaitingDelivery")]
    [InlineData("deliver a scrapped engraved seal with imprint", "Seal.NotAwaitingDelivery")]
    // Life-state changes.
    [InlineData("report an accepted seal lost", "Seal.CannotBecomeReportedLost")]
    [InlineData("report an engraved seal lost", "Seal.CannotBecomeReportedLost")]
    [InlineData("report a lost seal lost", "Seal.CannotBecomeReportedLost")]
    [InlineData("report a surrendered seal lost", "Seal.CannotBecomeReportedLost")]
    [InlineData("report a scrapped seal lost", "Seal.CannotBecomeReportedLost")]
    [InlineData("surrender an accepted seal", "Seal.CannotBecomeSurrendered")]
    [InlineData("surrender an engraved seal", "Seal.CannotBecomeSurrendered")]
    [InlineData("surrender a surrendered seal", "Seal.CannotBecomeSurrendered")]
    [InlineData("surrender a scrapped seal", "Seal.CannotBecomeSurrendered")]
    [InlineData("scrap a surrendered seal", "Seal.CannotBecomeScrapped")]
    [InlineData("scrap a scrapped seal", "Seal.CannotBecomeScrapped")]
    public void A_refused_transition_returns_its_error_and_changes_nothing(string scenario, string expectedCode)
    {
        var (seal, act) = Arrange(scenario);
        var before = Snapshot(seal);
        var lastEvent = seal.History[^1];

        var error = act(seal);

        error.ShouldNotBeNull().Code.ShouldBe(expectedCode);
        error.Message.ShouldNotBeNullOrWhiteSpace();
        error.Message.ShouldNotBe(expectedCode, "every rule code needs a zh-CN text in Messages.resx");
        Snapshot(seal).ShouldBe(before);
        seal.History[^1].ShouldBeSameAs(lastEvent);
    }

    [Fact]
    public void Engraving_checks_the_power_of_attorney_before_the_newspaper_notice_and_succeeds_with_both()
    {
        var filing = NewFiling(EngravingReason.LostReplacement, agent: OtherPerson());
        var seal = AddSeal(filing);

        seal.Engrave(Staff(), Engraver, T0.AddHours(1)).ShouldNotBeNull().Code.ShouldBe("Filing.PowerOfAttorneyRequired");
        Attach(filing, DocumentKind.PowerOfAttorney);
        seal.Engrave(Staff(), Engraver, T0.AddHours(1)).ShouldNotBeNull().Code.ShouldBe("Filing.NewspaperNoticeRequired");
        Attach(filing, DocumentKind.NewspaperNotice);
        seal.Engrave(Staff(), Engraver, T0.AddHours(1)).ShouldBeNull();

        seal.Flow.ShouldBe(FlowState.Engraved);
        seal.History.Count.ShouldBe(2);
    }

    [Fact]
    public void The_state_check_comes_before_the_engraver_check()
    {
        var seal = SealIn(FlowState.Engraved, LifeState.InUse);

        seal.Engrave(Staff(OtherShopId), Engraver, T0.AddHours(5)).ShouldNotBeNull().Code.ShouldBe("Seal.NotAwaitingEngraving");
    }

    private static (Seal Seal, Func<Seal, CodeError?> Act) Arrange(string scenario)
    {
        var later = T0.AddDays(60);
        return scenario switch
        {
            "engrave an engraved seal" => (SealIn(FlowState.Engraved, LifeState.InUse), Engrave),
            "engrave a delivered seal" => (SealIn(FlowState.Delivered, LifeState.InUse), Engrave),
            "engrave a scrapped accepted seal" => (SealIn(FlowState.Accepted, LifeState.Scrapped), Engrave),
            "engrave with staff of another shop" => (NewSeal(), s => s.Engrave(Staff(OtherShopId), Engraver, later)),
            "engrave for an agent without power of attorney" => (AddSeal(NewFiling(agent: OtherPerson())), Engrave),
            "engrave a lost replacement without newspaper notice" => (NewSeal(EngravingReason.LostReplacement), Engrave),

            "imprint an accepted seal" => (NewSeal(), AttachImprint),
            "imprint a delivered seal" => (SealIn(FlowState.Delivered, LifeState.InUse), AttachImprint),
            "imprint a scrapped engraved seal" => (SealIn(FlowState.Engraved, LifeState.Scrapped), AttachImprint),

            "deliver an accepted seal" => (NewSeal(), Deliver),
            "deliver an engraved seal without imprint" => (SealIn(FlowState.Engraved, LifeState.InUse), Deliver),
            "deliver a delivered seal" => (SealIn(FlowState.Delivered, LifeState.InUse), Deliver),
            "deliver a scrapped engraved seal with imprint" => (ScrappedWithImprint(), Deliver),

            "report an accepted seal lost" => (NewSeal(), ReportLost),
            "report an engraved seal lost" => (SealIn(FlowState.Engraved, LifeState.InUse), ReportLost),
            "report a lost seal lost" => (SealIn(FlowState.Delivered, LifeState.ReportedLost), ReportLost),
            "report a surrendered seal lost" => (SealIn(FlowState.Delivered, LifeState.Surrendered), ReportLost),
            "report a scrapped seal lost" => (SealIn(FlowState.Delivered, LifeState.Scrapped), ReportLost),

            "surrender an accepted seal" => (NewSeal(), Surrender),
            "surrender an engraved seal" => (SealIn(FlowState.Engraved, LifeState.InUse), Surrender),
            "surrender a surrendered seal" => (SealIn(FlowState.Delivered, LifeState.Surrendered), Surrender),
            "surrender a scrapped seal" => (SealIn(FlowState.Delivered, LifeState.Scrapped), Surrender),

            "scrap a surrendered seal" => (SealIn(FlowState.Delivered, LifeState.Surrendered), Scrap),
            "scrap a scrapped seal" => (SealIn(FlowState.Accepted, LifeState.Scrapped), Scrap),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
        };

        CodeError? Engrave(Seal s) => s.Engrave(Staff(), Engraver, later);
        CodeError? AttachImprint(Seal s) => s.AttachImprint(Imprint(later, 'f'), Clerk, later);
        CodeError? Deliver(Seal s) => s.Deliver(Person("周敏", "idx-r"), Clerk, later);
        CodeError? ReportLost(Seal s) => s.ReportLost(Officer, later, "note");
        CodeError? Surrender(Seal s) => s.Surrender(Officer, later, "note");
        CodeError? Scrap(Seal s) => s.Scrap(Officer, later, "note");
    }

    private static Seal ScrappedWithImprint()
    {
        var seal = SealIn(FlowState.Engraved, LifeState.InUse);
        seal.AttachImprint(Imprint(T0.AddHours(2)), Clerk, T0.AddHours(2)).ShouldBeNull();
        seal.Scrap(Clerk, T0.AddHours(3), null).ShouldBeNull();
        return seal;
    }

    private static void ShouldBeEvent(SealEvent e, SealAction action, EventActor actor, DateTime at, FlowState? fromFlow, FlowState toFlow, LifeState? fromLife, LifeState toLife)
    {
        e.Action.ShouldBe(action);
        e.ActorUserId.ShouldBe(actor.UserId);
        e.ActorName.ShouldBe(actor.UserName);
        e.OccurredAt.ShouldBe(at);
        e.FromFlow.ShouldBe(fromFlow);
        e.ToFlow.ShouldBe(toFlow);
        e.FromLife.ShouldBe(fromLife);
        e.ToLife.ShouldBe(toLife);
    }
}
