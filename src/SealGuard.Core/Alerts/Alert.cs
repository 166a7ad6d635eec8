using SealGuard.Core.Codes;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Alerts;

/// <summary>How urgent an alert is; the list shows it as a tag.</summary>
public enum AlertSeverity
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>Open → Assigned → Closed; an open or assigned alert may be (re)assigned, a closed one is final.</summary>
public enum AlertState
{
    Open = 1,
    Assigned = 2,
    Closed = 3,
}

/// <summary>What an alert is about. A person is named only by the blind index of the ID number, never in plaintext.</summary>
public enum AlertSubjectKind
{
    Seal = 1,
    Filing = 2,
    Organization = 3,
    Shop = 4,
    Person = 5,
}

/// <summary>
/// 预警: raised by a rule about one subject, then handled by police of its jurisdiction. The rule's
/// <see cref="DeduplicationKey"/> names the condition; while an alert of that key is not closed, no second one is raised
/// (the database holds that, with a unique index over the keys of the alerts not closed).
/// </summary>
public sealed class Alert
{
    public const int MaxNoteLength = 500;

    public long Id { get; private set; }
    public string Rule { get; private set; } = null!;
    public AlertSeverity Severity { get; private set; }
    public AlertState State { get; private set; }
    public AlertSubjectKind SubjectKind { get; private set; }

    /// <summary>The subject's key: a seal code, a filing id, a credit code, a shop code or a person's blind index.</summary>
    public string SubjectKey { get; private set; } = null!;

    /// <summary>A readable name of the subject (an organization or shop name, never a person's).</summary>
    public string? SubjectLabel { get; private set; }

    public string DeduplicationKey { get; private set; } = null!;

    /// <summary>The six-digit division the alert belongs to: who may see and handle it.</summary>
    public string DivisionCode { get; private set; } = null!;

    /// <summary>What made the rule fire, as a small JSON object (codes, times, thresholds; nothing personal).</summary>
    public string Facts { get; private set; } = "{}";

    public DateTime CreatedAt { get; private set; }
    public long? AssigneeUserId { get; private set; }
    public DateTime? AssignedAt { get; private set; }
    public long? ClosedByUserId { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public string? CloseNote { get; private set; }

    /// <summary>Concurrency token: of two officers closing or assigning one alert at once, one wins.</summary>
    public long Version { get; private set; }

    private Alert()
    {
    }

    /// <summary>A new open alert; rules raise theirs through the alert writer, which keeps the open ones unique per key.</summary>
    public Alert(string rule, AlertSeverity severity, AlertSubjectKind subjectKind, string subjectKey, string? subjectLabel, string deduplicationKey, string divisionCode, string facts, DateTime now)
    {
        Rule = rule;
        Severity = severity;
        State = AlertState.Open;
        SubjectKind = subjectKind;
        SubjectKey = subjectKey;
        SubjectLabel = subjectLabel;
        DeduplicationKey = deduplicationKey;
        DivisionCode = divisionCode;
        Facts = facts;
        CreatedAt = now;
        Version = 1;
    }

    /// <summary>Gives the alert to an officer (the caller checked that their jurisdiction covers it).</summary>
    public CodeError? Assign(long assigneeUserId, DateTime now)
    {
        if (State == AlertState.Closed)
        {
            return RuleViolation.Of("Alert.AlreadyClosed");
        }

        if (State == AlertState.Assigned && AssigneeUserId == assigneeUserId)
        {
            return RuleViolation.Of("Alert.AlreadyAssigned");
        }

        State = AlertState.Assigned;
        AssigneeUserId = assigneeUserId;
        AssignedAt = now;
        Version++;
        return null;
    }

    /// <summary>Closes the alert with what was done about it; the note is required.</summary>
    public CodeError? Close(long userId, string note, DateTime now)
    {
        if (State == AlertState.Closed)
        {
            return RuleViolation.Of("Alert.AlreadyClosed");
        }

        State = AlertState.Closed;
        ClosedByUserId = userId;
        ClosedAt = now;
        CloseNote = note;
        Version++;
        return null;
    }
}
