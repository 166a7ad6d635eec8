using SealGuard.Core.Codes;
using SealGuard.Core.Exchange;
using SealGuard.Core.People;
using SealGuard.Core.Shops;

namespace SealGuard.Core.Filings;

/// <summary>
/// One seal with its two independent states. Every state change goes through a method here that checks the
/// rule, changes the state and appends a <see cref="SealEvent"/>; a refused change returns the rule's error.
/// </summary>
public sealed class Seal : IFerried
{
    private readonly List<SealEvent> _history = [];

    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public string SealCode { get; private set; } = null!;
    public string DivisionCode { get; private set; } = null!;
    public long FilingId { get; private set; }
    public Filing Filing { get; private set; } = null!;
    public long OrganizationId { get; private set; }
    public long ShopId { get; private set; }
    public string Type { get; private set; } = null!;
    public string Material { get; private set; } = null!;
    public string Shape { get; private set; } = null!;
    public string? Spec { get; private set; }
    public string Text { get; private set; } = null!;
    public EngravingReason Reason { get; private set; }
    public FlowState Flow { get; private set; }
    public LifeState Life { get; private set; }
    public DateTime AcceptedAt { get; private set; }
    public DateTime? EngravedAt { get; private set; }
    public DateTime? DeliveredAt { get; private set; }
    public DateTime? ReportedLostAt { get; private set; }
    public DateTime? SurrenderedAt { get; private set; }
    public DateTime? ScrappedAt { get; private set; }
    public long? EngraverStaffId { get; private set; }
    public PersonRecord? Recipient { get; private set; }
    public Imprint? Imprint { get; private set; }

    /// <summary>The seal this one replaces (换刻, 遗失补刻, 损坏重刻); it is retired when this one is delivered.</summary>
    public long? ReplacesSealId { get; private set; }

    public Seal? Replaces { get; private set; }

    /// <summary>
    /// Also the optimistic-concurrency token: two officers or terminals changing one seal at once must not both win. The
    /// unit of work moves it once per committed change, however many transitions the change made.
    /// </summary>
    public long Version { get; private set; }

    public IReadOnlyList<SealEvent> History => _history;

    public int StatusCode => SealStatusCode.From(Flow, Life);

    private Seal()
    {
    }

    internal Seal(Filing filing, SealCode code, SealSpecification specification, Seal? replaces, EventActor actor, DateTime now)
    {
        Key = StableKey.New(now);
        Version = 1;
        Filing = filing;
        Replaces = replaces;
        ReplacesSealId = replaces?.Id;
        OrganizationId = filing.OrganizationId;
        ShopId = filing.ShopId;
        Reason = filing.Reason;
        SealCode = code.Value;
        DivisionCode = code.DivisionCode;
        Type = specification.Type;
        Material = specification.Material;
        Shape = specification.Shape;
        Spec = specification.Spec;
        Text = specification.Text;
        Flow = FlowState.Accepted;
        Life = LifeState.InUse;
        AcceptedAt = now;
        _history.Add(new SealEvent(SealAction.Accepted, actor, now, null, Flow, null, Life, null));
    }

    public CodeError? Engrave(ShopStaff engraver, EventActor actor, DateTime now)
    {
        var error = RequireStates(FlowState.Accepted, "Seal.NotAwaitingEngraving")
            ?? EngraverRule.Check(this, engraver)
            ?? PowerOfAttorneyRule.Check(Filing)
            ?? NewspaperNoticeRule.Check(Filing);
        if (error is not null)
        {
            return error;
        }

        EngraverStaffId = engraver.Id;
        EngravedAt = now;
        Move(SealAction.Engraved, FlowState.Engraved, Life, actor, now, null);
        return null;
    }

    /// <summary>Whether an imprint may be attached now (engraved, not yet delivered); lets a caller refuse before storing the image.</summary>
    public CodeError? CanAttachImprint() => RequireStates(FlowState.Engraved, "Seal.NotAwaitingImprint");

    public CodeError? AttachImprint(Imprint imprint, EventActor actor, DateTime now)
    {
        var error = CanAttachImprint();
        if (error is not null)
        {
            return error;
        }

        Imprint = imprint;
        Move(SealAction.ImprintUploaded, Flow, Life, actor, now, null);
        return null;
    }

    public CodeError? Deliver(PersonRecord recipient, EventActor actor, DateTime now)
    {
        var error = RequireStates(FlowState.Engraved, "Seal.NotAwaitingDelivery") ?? DeliveryRule.Check(this);
        if (error is not null)
        {
            return error;
        }

        Recipient = recipient;
        DeliveredAt = now;
        Move(SealAction.Delivered, FlowState.Delivered, Life, actor, now, null);
        return null;
    }

    public CodeError? ReportLost(EventActor actor, DateTime now, string? note)
    {
        var error = LifeStateRule.Check(this, LifeState.ReportedLost);
        if (error is not null)
        {
            return error;
        }

        ReportedLostAt = now;
        Move(SealAction.ReportedLost, Flow, LifeState.ReportedLost, actor, now, note);
        return null;
    }

    public CodeError? Surrender(EventActor actor, DateTime now, string? note)
    {
        var error = LifeStateRule.Check(this, LifeState.Surrendered);
        if (error is not null)
        {
            return error;
        }

        SurrenderedAt = now;
        Move(SealAction.Surrendered, Flow, LifeState.Surrendered, actor, now, note);
        return null;
    }

    public CodeError? Scrap(EventActor actor, DateTime now, string? note)
    {
        var error = LifeStateRule.Check(this, LifeState.Scrapped);
        if (error is not null)
        {
            return error;
        }

        ScrappedAt = now;
        Move(SealAction.Scrapped, Flow, LifeState.Scrapped, actor, now, note);
        return null;
    }

    private CodeError? RequireStates(FlowState flow, string errorCode) =>
        Flow == flow && Life == LifeState.InUse ? null : RuleViolation.Of(errorCode);

    private void Move(SealAction action, FlowState toFlow, LifeState toLife, EventActor actor, DateTime now, string? note)
    {
        _history.Add(new SealEvent(action, actor, now, Flow, toFlow, Life, toLife, note));
        Flow = toFlow;
        Life = toLife;
    }
}
