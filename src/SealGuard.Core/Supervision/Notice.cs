using SealGuard.Core.Filings;

namespace SealGuard.Core.Supervision;

/// <summary>
/// 通知公告 from the police to the shops of their jurisdiction: plain text, addressed when published to every shop of a
/// division prefix or to chosen shops, one <see cref="NoticeRecipient"/> per shop carrying its read receipt.
/// </summary>
public sealed class Notice
{
    public const int MaxTitleLength = 100;
    public const int MaxBodyLength = 5000;

    private readonly List<NoticeRecipient> _recipients = [];

    public long Id { get; private set; }
    public string Title { get; private set; } = null!;
    public string Body { get; private set; } = null!;

    /// <summary>The division prefix addressed (all its shops); null when shops were chosen one by one.</summary>
    public string? AudiencePrefix { get; private set; }

    public DateTime PublishedAt { get; private set; }
    public long PublishedByUserId { get; private set; }
    public string PublishedByName { get; private set; } = null!;

    public IReadOnlyList<NoticeRecipient> Recipients => _recipients;

    private Notice()
    {
    }

    public Notice(string title, string body, string? audiencePrefix, IEnumerable<(long ShopId, string DivisionCode)> shops, EventActor actor, DateTime now)
    {
        Title = title;
        Body = body;
        AudiencePrefix = audiencePrefix;
        PublishedAt = now;
        PublishedByUserId = actor.UserId;
        PublishedByName = actor.UserName;
        _recipients.AddRange(shops.Select(s => new NoticeRecipient(s.ShopId, s.DivisionCode)));
    }
}

/// <summary>One addressed shop of a notice and its read receipt: who of the shop first read it, and when.</summary>
public sealed class NoticeRecipient
{
    public long Id { get; private set; }
    public long NoticeId { get; private set; }
    public long ShopId { get; private set; }

    /// <summary>The shop's division when addressed: whose police may see the receipt.</summary>
    public string DivisionCode { get; private set; } = null!;

    public DateTime? ReadAt { get; private set; }
    public long? ReadByUserId { get; private set; }
    public string? ReadByName { get; private set; }

    private NoticeRecipient()
    {
    }

    internal NoticeRecipient(long shopId, string divisionCode)
    {
        ShopId = shopId;
        DivisionCode = divisionCode;
    }
}
