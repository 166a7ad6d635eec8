using SealGuard.Core.People;

namespace SealGuard.Core.Organizations;

public sealed record OrganizationDetails(
    string CreditCode,
    string Name,
    string Type,
    string DivisionCode,
    string Address,
    PersonRecord LegalRepresentative);
