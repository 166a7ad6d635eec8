namespace SealGuard.Core.Filings;

/// <summary>Why an officer returns a filing (退回原因); the Chinese names are <c>ReturnReason.*</c> in Messages.resx.</summary>
public enum ReturnReason
{
    /// <summary>资料不全: a material is missing or unreadable.</summary>
    IncompleteDocuments = 1,

    /// <summary>印模不清: the imprint cannot be compared.</summary>
    UnclearImprint = 2,

    /// <summary>信息不符: the filed data does not match the materials (e.g. the agent's contact).</summary>
    InformationMismatch = 3,

    /// <summary>其他: only with a note saying what.</summary>
    Other = 4,
}
