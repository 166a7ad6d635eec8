using System.Linq.Expressions;
using SealGuard.Core.Codes;
using SealGuard.Core.Exchange;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Inspections;

/// <summary>Where a rectification stands: open until a recheck closes it, or hands it on with a proposed penalty.</summary>
public enum RectificationState
{
    Open,
    Closed,
    PenaltyProposed,
}

/// <summary>What a recheck decided when not every item was rectified (all rectified always closes).</summary>
public enum RecheckDecision
{
    /// <summary>Every item rectified: the rectification is closed.</summary>
    Close,

    /// <summary>A new deadline for what is left.</summary>
    Extend,

    /// <summary>Left unrectified: a penalty is proposed (the penalty itself is recorded in the penalty register).</summary>
    ProposePenalty,
}

/// <summary>
/// 整改通知: the failed items of an inspection that the shop must fix by a deadline (a China calendar day). The shop
/// marks items rectified with a note; a recheck (复查) by the police judges each item and closes the rectification
/// or escalates it. Overdue means open with its deadline day over (<see cref="OverdueOn"/>).
/// </summary>
public sealed class Rectification : IFerried
{
    private readonly List<RectificationItem> _items = [];
    private readonly List<Recheck> _rechecks = [];

    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }
    public long InspectionId { get; private set; }
    public long ShopId { get; private set; }
    public DateTime IssuedAt { get; private set; }

    /// <summary>The last China calendar day to rectify on.</summary>
    public DateOnly Deadline { get; private set; }

    public RectificationState State { get; private set; }
    public DateTime ChangedAt { get; private set; }
    public IReadOnlyList<RectificationItem> Items => _items;
    public IReadOnlyList<Recheck> Rechecks => _rechecks;

    private Rectification()
    {
    }

    /// <summary>The notice for the failed items of <paramref name="inspection"/>, due <paramref name="days"/> calendar days after the inspection's China date.</summary>
    public static Rectification Issue(Inspection inspection, int days, DateTime issuedAt)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        if (!inspection.HasFailures)
        {
            throw new InvalidOperationException("Only an inspection with a failed item has a rectification.");
        }

        var rectification = new Rectification
        {
            Key = StableKey.New(issuedAt),
            Version = 1,
            InspectionId = inspection.Id,
            ShopId = inspection.ShopId,
            IssuedAt = issuedAt,
            Deadline = DeadlineFor(inspection.InspectedAt, days),
            State = RectificationState.Open,
            ChangedAt = issuedAt,
        };
        rectification._items.AddRange(inspection.Results.Where(r => r.Outcome == CheckOutcome.Fail).Select(r => new RectificationItem(r.ItemId, r.Note)));
        return rectification;
    }

    public static DateOnly DeadlineFor(DateTime inspectedAtUtc, int days) => ChinaTime.DateOf(inspectedAtUtc).AddDays(days);

    /// <summary>Open rectifications whose deadline day lies before <paramref name="today"/> (a China date): the query of the <c>DeadlineOverdue</c> alert rule.</summary>
    public static Expression<Func<Rectification, bool>> OverdueOn(DateOnly today) =>
        r => r.State == RectificationState.Open && r.Deadline < today;

    public bool IsOverdueOn(DateOnly today) => OverdueOn(today).Compile()(this);

    /// <summary>The shop says it fixed <paramref name="itemId"/>; a later mark replaces an earlier one.</summary>
    public CodeError? MarkRectified(long itemId, string? note, ShopEvidence? photo, DateTime at)
    {
        if (State != RectificationState.Open)
        {
            return CodeError.Of("Rectification.NotOpen");
        }

        if (_items.SingleOrDefault(i => i.Id == itemId) is not { } item)
        {
            return CodeError.Of("Rectification.ItemNotFound");
        }

        if (string.IsNullOrWhiteSpace(note) && photo is null)
        {
            return CodeError.Of("Rectification.EvidenceRequired");
        }

        item.Mark(note, photo, at);
        ChangedAt = at;
        return null;
    }

    /// <summary>
    /// A recheck: every item judged rectified or not. All rectified closes it; otherwise <paramref name="decision"/> says
    /// what follows: a later deadline (after <paramref name="today"/>) or a proposed penalty.
    /// </summary>
    public IReadOnlyDictionary<string, CodeError> Recheck(IReadOnlyDictionary<long, bool> rectified, RecheckDecision? decision, DateOnly? newDeadline,
        string officers, string? notes, DateOnly today, EventActor by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(rectified);
        var errors = new Dictionary<string, CodeError>(StringComparer.Ordinal);
        if (State != RectificationState.Open)
        {
            errors[string.Empty] = CodeError.Of("Rectification.NotOpen");
            return errors;
        }

        foreach (var item in _items.Where(i => !rectified.ContainsKey(i.Id)))
        {
            errors[$"item-{item.Id}"] = CodeError.Of("Rectification.RecheckResultMissing");
        }

        foreach (var unknown in rectified.Keys.Where(k => _items.All(i => i.Id != k)))
        {
            errors[$"item-{unknown}"] = CodeError.Of("Rectification.ItemNotFound");
        }

        var allRectified = _items.All(i => rectified.GetValueOrDefault(i.Id));
        var outcome = allRectified ? RecheckDecision.Close : decision;
        if (!allRectified)
        {
            if (decision is null)
            {
                errors["decision"] = CodeError.Of("Rectification.DecisionRequired");
            }
            else if (decision == RecheckDecision.Close)
            {
                errors["decision"] = CodeError.Of("Rectification.UnrectifiedItems");
            }
            else if (decision == RecheckDecision.Extend && (newDeadline is null || newDeadline <= today))
            {
                errors["newDeadline"] = CodeError.Of("Rectification.DeadlineNotLater");
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        foreach (var item in _items)
        {
            item.Judge(rectified[item.Id]);
        }

        _rechecks.Add(new Recheck(outcome!.Value, outcome == RecheckDecision.Extend ? newDeadline : null, officers, notes,
            _items.Count(i => i.Rectified == true), _items.Count, by.UserId, at));
        switch (outcome)
        {
            case RecheckDecision.Close:
                State = RectificationState.Closed;
                break;
            case RecheckDecision.Extend:
                Deadline = newDeadline!.Value;
                break;
            default:
                State = RectificationState.PenaltyProposed;
                break;
        }

        ChangedAt = at;
        return errors;
    }
}

/// <summary>A photo the shop attaches to an item for the recheck (re-encoded PNG and thumbnail only, as <see cref="InspectionPhoto"/>).</summary>
public sealed record ShopEvidence(string Sha256, string ThumbnailSha256);

/// <summary>One failed item to fix: the officer's finding, the shop's latest mark, and the last recheck's judgement.</summary>
public sealed class RectificationItem
{
    public long Id { get; private set; }
    public long RectificationId { get; private set; }
    public long ItemId { get; private set; }
    public string? Finding { get; private set; }
    public string? ShopNote { get; private set; }
    public string? ShopPhotoSha256 { get; private set; }
    public string? ShopPhotoThumbnailSha256 { get; private set; }
    public DateTime? MarkedAt { get; private set; }

    /// <summary>The last recheck's judgement; null before the first recheck.</summary>
    public bool? Rectified { get; private set; }

    private RectificationItem()
    {
    }

    internal RectificationItem(long itemId, string? finding)
    {
        ItemId = itemId;
        Finding = finding;
    }

    internal void Mark(string? note, ShopEvidence? photo, DateTime at)
    {
        ShopNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ShopPhotoSha256 = photo?.Sha256;
        ShopPhotoThumbnailSha256 = photo?.ThumbnailSha256;
        MarkedAt = at;
    }

    internal void Judge(bool rectified) => Rectified = rectified;
}

/// <summary>One recheck (复查): its decision, the new deadline when extended, and how many items were found rectified.</summary>
public sealed class Recheck
{
    public long Id { get; private set; }
    public long RectificationId { get; private set; }
    public RecheckDecision Decision { get; private set; }
    public DateOnly? NewDeadline { get; private set; }
    public string Officers { get; private set; } = null!;
    public string? Notes { get; private set; }
    public int RectifiedCount { get; private set; }
    public int ItemCount { get; private set; }
    public long RecordedByUserId { get; private set; }
    public DateTime RecheckedAt { get; private set; }

    private Recheck()
    {
    }

    internal Recheck(RecheckDecision decision, DateOnly? newDeadline, string officers, string? notes, int rectifiedCount, int itemCount, long recordedByUserId, DateTime at)
    {
        Decision = decision;
        NewDeadline = newDeadline;
        Officers = officers.Trim();
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        RectifiedCount = rectifiedCount;
        ItemCount = itemCount;
        RecordedByUserId = recordedByUserId;
        RecheckedAt = at;
    }
}
