namespace SealGuard.Core.Filings;

/// <summary>What can be done to a seal next; <see cref="SealSteps"/> says which are possible in which state.</summary>
public enum SealStep
{
    /// <summary>制作: record who engraved it.</summary>
    Engrave = 1,

    /// <summary>Attach (or replace) the 印模 before delivery.</summary>
    UploadImprint = 2,

    /// <summary>交付 to a recipient.</summary>
    Deliver = 3,

    /// <summary>挂失.</summary>
    ReportLost = 4,

    /// <summary>缴销.</summary>
    Surrender = 5,

    /// <summary>报废.</summary>
    Scrap = 6,

    /// <summary>Be named as the seal a 换刻 or 损坏重刻 replaces.</summary>
    Replace = 7,

    /// <summary>Be named as the seal a 遗失补刻 replaces.</summary>
    ReplaceLost = 8,
}
