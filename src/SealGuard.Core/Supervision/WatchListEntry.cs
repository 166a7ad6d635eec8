using SealGuard.Core.Codes;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Supervision;

/// <summary>
/// 关注名单 (布控): a person the police want to hear about when they order or collect a seal. Kept on the police side
/// only (not ferried): the ID number as its blind index for the exact match and as ciphertext for the masked display;
/// never in plain text. A removed entry stays, with who removed it and why.
/// </summary>
public sealed class WatchListEntry
{
    public const int MaxReasonLength = 500;

    public long Id { get; private set; }
    public string IdNumberIndex { get; private set; } = null!;
    public string IdNumberCipher { get; private set; } = null!;
    public string Reason { get; private set; } = null!;
    public long AddedByUserId { get; private set; }
    public string AddedByName { get; private set; } = null!;
    public DateTime AddedAt { get; private set; }
    public DateTime? RemovedAt { get; private set; }
    public string? RemovedByName { get; private set; }
    public string? RemovalReason { get; private set; }

    public bool IsActive => RemovedAt is null;

    private WatchListEntry()
    {
    }

    public WatchListEntry(string idNumberIndex, string idNumberCipher, string reason, EventActor actor, DateTime now)
    {
        IdNumberIndex = idNumberIndex;
        IdNumberCipher = idNumberCipher;
        Reason = reason;
        AddedByUserId = actor.UserId;
        AddedByName = actor.UserName;
        AddedAt = now;
    }

    public CodeError? Remove(string reason, EventActor actor, DateTime now)
    {
        if (!IsActive)
        {
            return RuleViolation.Of("WatchList.AlreadyRemoved");
        }

        RemovedAt = now;
        RemovedByName = actor.UserName;
        RemovalReason = reason;
        return null;
    }
}
