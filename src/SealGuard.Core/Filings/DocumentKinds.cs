namespace SealGuard.Core.Filings;

public static class DocumentKinds
{
    /// <summary>
    /// Whether a document of this kind shows a person's identity papers or data (ID-card copies; a power of attorney
    /// names the agent with the ID number; "other" may be anything, so it counts too). Such a document is opened like
    /// an ID number is revealed: by police, with a purpose, audited. A business licence, an organization's certificate,
    /// an approval document and a newspaper notice are the organization's own or published records.
    /// </summary>
    public static bool CarriesPersonalData(this DocumentKind kind) => kind is not (DocumentKind.BusinessLicense or DocumentKind.NewspaperNotice or DocumentKind.InstitutionCertificate or DocumentKind.RegistrationCertificate or DocumentKind.ApprovalDocument);
}
