using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Verification;

public enum VerificationResult
{
    Valid = 1,
    Invalid = 2,
    NotFound = 3,
}

/// <summary>What the public learns: never a person's name, ID number or phone. <c>OrgName</c> is the name on the seal face.</summary>
public sealed record VerificationView(VerificationResult Result, string? SealType, string? SealTypeName, string? OrgName, string? ShopName, DateOnly? DeliveredOn, LifeState? LifeState);

/// <summary>
/// 验章: the code and the name on the seal face must both match, so nobody learns whose seal a code is by guessing
/// codes. The name is compared with the inscription filed for that seal (<see cref="Seal.Text"/>), not the organization's
/// current name: after a change filing an old seal still answers under the name engraved on it, and the new name does
/// not vouch for it. A match is Valid only while the seal is delivered and in use.
/// </summary>
public sealed class VerifySealHandler(SealGuardDbContext db)
{
    private const string LegalRepresentativeSealType = "05";

    // Compiled: the busiest public query skips EF Core's per-call expression work (cache key, parameter extraction),
    // which doubled its throughput.
    private static readonly ModelCompiledQuery<string, string, VerificationMatch?> Lookup = new(
        (db, code, name, cancellationToken) =>
            // Found by the unique seal-code index; the inscription is compared on that one row, so no index serves it.
            (from s in db.Seals.AsNoTracking()
             join sh in db.Shops on s.ShopId equals sh.Id
             join t in db.CodeTableEntries.Where(e => e.Table == CodeTable.SealType) on s.Type equals t.Code into types
             from t in types.DefaultIfEmpty()
             where s.SealCode == code && s.Text == name
             select new VerificationMatch(s.Type, t == null ? null : t.Name, s.Text, sh.Name, s.Flow, s.Life, s.DeliveredAt))
            .SingleOrDefault());

    private sealed record VerificationMatch(string Type, string? TypeName, string Text, string ShopName, FlowState Flow, LifeState Life, DateTime? DeliveredAt);

    public async Task<Outcome<VerificationView>> HandleAsync(string? sealCode, string? orgName, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var code = errors.Parse<SealCode>("sealCode", sealCode, SealCode.TryParse);
        errors.Required("orgName", orgName);
        errors.MaxLength("orgName", orgName, FieldLimits.SealText);
        if (errors.HasErrors)
        {
            return errors.ToFailure();
        }

        // Intake stores the inscription trimmed (FileIntakeHandler); the name typed here is trimmed the same way.
        var (sealCodeValue, name) = (code!.Value.Value, orgName!.Trim());
        var match = await Lookup.InvokeAsync(db, sealCodeValue, name, cancellationToken);
        if (match is null)
        {
            return new VerificationView(VerificationResult.NotFound, null, null, null, null, null, null);
        }

        var valid = SealSteps.IsInForce(match.Flow, match.Life);
        DateOnly? deliveredOn = match.DeliveredAt is { } at ? ChinaTime.DateOf(at) : null;
        // A legal representative's seal (05) bears a person's name: the public answer never repeats it.
        var faceName = match.Type == LegalRepresentativeSealType ? null : match.Text;
        return new VerificationView(valid ? VerificationResult.Valid : VerificationResult.Invalid, match.Type, match.TypeName, faceName, match.ShopName, deliveredOn, match.Life);
    }
}
