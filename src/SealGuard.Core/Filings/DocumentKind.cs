namespace SealGuard.Core.Filings;

/// <summary>Kinds of filing material a shop attaches to a filing.</summary>
public enum DocumentKind
{
    BusinessLicense = 1,
    LegalRepIdCard = 2,
    AgentIdCard = 3,
    PowerOfAttorney = 4,
    NewspaperNotice = 5,
    Other = 6,

    /// <summary>事业单位法人证书: the public institution's certificate.</summary>
    InstitutionCertificate = 7,

    /// <summary>登记证书: the registration certificate of a 社会团体 or 民办非企业单位.</summary>
    RegistrationCertificate = 8,

    /// <summary>批文 / 介绍信: the approval document or letter of introduction of an organ of state (and other units).</summary>
    ApprovalDocument = 9,
}
