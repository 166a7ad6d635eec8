namespace SealGuard.Core.CodeTables;

/// <summary>The code tables: GA 241.2 ones (standard codes fixed, local extensions allowed where noted) and local ones.</summary>
public enum CodeTable
{
    SealType = 1,
    SealMaterial = 2,
    OrganizationType = 3,
    SealStatus = 4,
    SealShape = 5,
    SealSpec = 6,
    EngravingReason = 7,
    DocumentKind = 8,
}
