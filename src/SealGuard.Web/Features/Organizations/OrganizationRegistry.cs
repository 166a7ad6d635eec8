using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Organizations;

/// <summary>An organization found by its credit code, or registered just now by this unit of work.</summary>
public sealed record OrganizationRegistration(Organization Organization, bool IsNew);

/// <summary>
/// The one place organizations are found and registered, inside the caller's unit of work. The organization row is
/// locked until the unit of work ends, so parallel intakes, change filings and reviews of one organization take turns.
/// </summary>
public sealed class OrganizationRegistry(SealGuardDbContext db, RowLocks locks, CodeAllocator codes)
{
    /// <summary>The registered organization of a credit code, locked; null when none is registered.</summary>
    public async Task<Organization?> FindLockedAsync(string creditCode, CancellationToken cancellationToken) =>
        await locks.LockOrganizationAsync(creditCode, cancellationToken) is { } id ? await LoadAsync(id, cancellationToken) : null;

    /// <summary>An organization by id, locked.</summary>
    public async Task<Organization> GetLockedAsync(long organizationId, CancellationToken cancellationToken)
    {
        await locks.LockOrganizationAsync(organizationId, cancellationToken);
        return await LoadAsync(organizationId, cancellationToken);
    }

    /// <summary>
    /// The organization of the details' credit code, locked; on its first filing it is registered with the next
    /// organization code of its division (saved at once, so the caller's seals can refer to it). The caller compares a
    /// found organization's master record with the details presented.
    /// </summary>
    public async Task<Outcome<OrganizationRegistration>> FindOrRegisterAsync(OrganizationDetails details, DivisionCode division, DateTime now, CancellationToken cancellationToken)
    {
        if (await FindLockedAsync(details.CreditCode, cancellationToken) is { } found)
        {
            return new OrganizationRegistration(found, IsNew: false);
        }

        // A parallel first filing of the same credit code fails on the unique key: 409, nothing written.
        var serial = await codes.NextAsync(CodeKind.Organization, details.DivisionCode, cancellationToken);
        if (serial.Failure is { } exhausted)
        {
            return exhausted;
        }

        var organization = new Organization(OrgCode.Create(division, serial.Value).Value, details, now);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        return new OrganizationRegistration(organization, IsNew: true);
    }

    private Task<Organization> LoadAsync(long id, CancellationToken cancellationToken) =>
        db.Organizations.SingleAsync(o => o.Id == id, cancellationToken);
}
