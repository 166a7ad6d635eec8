using SealGuard.Core.Codes;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Supervision;

/// <summary>What kind of situation a suspicious report (可疑情况) describes.</summary>
public enum SuspiciousCategory
{
    /// <summary>证件或材料疑似伪造、变造.</summary>
    ForgedDocument = 1,

    /// <summary>人证不符、冒用他人身份.</summary>
    IdentityMismatch = 2,

    /// <summary>异常订单：数量、规格、时间或代办情况异常.</summary>
    UnusualOrder = 3,

    /// <summary>私刻、仿刻印章的线索.</summary>
    IllegalEngraving = 4,

    Other = 99,
}

/// <summary>New → Assigned → Closed, as the police work an alert.</summary>
public enum SuspiciousReportState
{
    New = 1,
    Assigned = 2,
    Closed = 3,
}

/// <summary>
/// 可疑情况: reported by a shop operator (about its own customers) or an officer, optionally naming a person (by ID
/// number: blind index and ciphertext, shown masked), an organization (credit code) and a seal (code). The police of
/// its division work it: assign, then close with a note.
/// </summary>
public sealed class SuspiciousReport
{
    public const int MaxDescriptionLength = 2000;
    public const int MaxNoteLength = 500;

    public long Id { get; private set; }

    /// <summary>The division whose police handle it: the reporting shop's, or the one the officer named.</summary>
    public string DivisionCode { get; private set; } = null!;

    /// <summary>The reporting shop; null for an officer's report.</summary>
    public long? ShopId { get; private set; }

    public SuspiciousCategory Category { get; private set; }
    public string Description { get; private set; } = null!;
    public string? PersonIdNumberIndex { get; private set; }
    public string? PersonIdNumberCipher { get; private set; }
    public string? CreditCode { get; private set; }
    public string? SealCode { get; private set; }
    public SuspiciousReportState State { get; private set; }
    public long ReportedByUserId { get; private set; }
    public string ReportedByName { get; private set; } = null!;
    public DateTime ReportedAt { get; private set; }
    public long? AssigneeUserId { get; private set; }
    public string? AssigneeName { get; private set; }
    public DateTime? AssignedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public string? ClosedByName { get; private set; }
    public string? CloseNote { get; private set; }

    /// <summary>Optimistic concurrency: of parallel decisions one wins.</summary>
    public int Version { get; private set; }

    private SuspiciousReport()
    {
    }

    public SuspiciousReport(string divisionCode, long? shopId, SuspiciousCategory category, string description,
        (string Index, string Cipher)? person, string? creditCode, string? sealCode, EventActor actor, DateTime now)
    {
        DivisionCode = divisionCode;
        ShopId = shopId;
        Category = category;
        Description = description;
        PersonIdNumberIndex = person?.Index;
        PersonIdNumberCipher = person?.Cipher;
        CreditCode = creditCode;
        SealCode = sealCode;
        State = SuspiciousReportState.New;
        ReportedByUserId = actor.UserId;
        ReportedByName = actor.UserName;
        ReportedAt = now;
    }

    /// <summary>Hands the report to an officer (again, while it is open).</summary>
    public CodeError? Assign(EventActor assignee, DateTime now)
    {
        if (State == SuspiciousReportState.Closed)
        {
            return RuleViolation.Of("SuspiciousReport.Closed");
        }

        State = SuspiciousReportState.Assigned;
        AssigneeUserId = assignee.UserId;
        AssigneeName = assignee.UserName;
        AssignedAt = now;
        Version++;
        return null;
    }

    public CodeError? Close(string note, EventActor actor, DateTime now)
    {
        if (State == SuspiciousReportState.Closed)
        {
            return RuleViolation.Of("SuspiciousReport.Closed");
        }

        State = SuspiciousReportState.Closed;
        ClosedAt = now;
        ClosedByName = actor.UserName;
        CloseNote = note;
        Version++;
        return null;
    }
}
