using Microsoft.EntityFrameworkCore;
using SealGuard.Core;
using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Verification;

public enum VerificationResult
{
    Valid = 1,
    Invalid = 2,
    NotFound = 3,
}

/// <summary>
/// What the public learns: never a person's name, ID number or phone. <c>OrgName</c> is the name on the seal face;
/// <c>Status</c> says in words where the seal stands (<see cref="SealStanding"/>: 制作中, 尚未交付, 已挂失…); <c>HasImprint</c>: a Valid
/// seal with an imprint, which <c>GET /api/v1/public/verification/imprint</c> with the same query serves watermarked.
/// </summary>
public sealed record VerificationView(VerificationResult Result, string? SealType, string? SealTypeName, string? OrgName, string? ShopName, DateOnly? DeliveredOn, LifeState? LifeState,
    FlowState? FlowState = null, string? Status = null, bool HasImprint = false);

/// <summary>The page's answer: the verification and, for a Valid seal with an imprint, the watermarked thumbnail.</summary>
public sealed record VerificationPage(VerificationView Result, byte[]? WatermarkedImprint);

/// <summary>
/// 验章: the code and the name on the seal face must both match, so nobody learns whose seal a code is by guessing
/// codes. The name is compared with the inscription filed for that seal (<see cref="Seal.Text"/>), not the organization's
/// current name: after a change filing an old seal still answers under the name engraved on it, and the new name does
/// not vouch for it. A match is Valid only while the seal is delivered, in use and not suspended, and its organization not
/// deregistered; a suspended seal says 暂停使用, never why.
/// </summary>
public sealed class VerifySealHandler(SealGuardDbContext db, IBlobStore blobs, TimeProvider clock)
{
    private const string LegalRepresentativeSealType = "05";

    // Compiled: the busiest public query skips EF Core's per-call expression work (cache key, parameter extraction),
    // which doubled its throughput.
    private static readonly ModelCompiledQuery<string, string, VerificationMatch?> Lookup = new(
        (db, code, name, cancellationToken) =>
            // Found by the unique seal-code index; the inscription is compared on that one row, so no index serves it.
            (from s in db.Seals.AsNoTracking()
             join sh in db.Shops on s.ShopId equals sh.Id
             join o in db.Organizations on s.OrganizationId equals o.Id
             join t in db.CodeTableEntries.Where(e => e.Table == CodeTable.SealType) on s.Type equals t.Code into types
             from t in types.DefaultIfEmpty()
             where s.SealCode == code && s.Text == name
             select new VerificationMatch(s.Type, t == null ? null : t.Name, s.Text, sh.Name, s.Flow, s.Life, s.Suspended, o.State, s.DeliveredAt, s.Imprint == null ? null : s.Imprint!.ThumbnailSha256))
            .SingleOrDefault());

    private sealed record VerificationMatch(string Type, string? TypeName, string Text, string ShopName, FlowState Flow, LifeState Life, bool Suspended, OrganizationState OrganizationState, DateTime? DeliveredAt, string? ThumbnailSha256);

    public async Task<Outcome<VerificationView>> HandleAsync(string? sealCode, string? orgName, CancellationToken cancellationToken)
    {
        var verified = await VerifyAsync(sealCode, orgName, cancellationToken);
        return verified.Value is { } found ? found.View : verified.Failure!;
    }

    /// <summary>The verification with, for a Valid seal, its watermarked imprint (drawn here, so the page needs no second request).</summary>
    public async Task<Outcome<VerificationPage>> HandleForPageAsync(string? sealCode, string? orgName, CancellationToken cancellationToken)
    {
        var verified = await VerifyAsync(sealCode, orgName, cancellationToken);
        if (verified.Value is not { } found)
        {
            return verified.Failure!;
        }

        return new VerificationPage(found.View, await WatermarkedAsync(found, cancellationToken));
    }

    /// <summary>The watermarked imprint of a Valid seal (<see cref="VerificationWatermark"/>); anything else has none.</summary>
    public async Task<Outcome<byte[]>> ImprintAsync(string? sealCode, string? orgName, CancellationToken cancellationToken)
    {
        var verified = await VerifyAsync(sealCode, orgName, cancellationToken);
        if (verified.Value is not { } found)
        {
            return verified.Failure!;
        }

        return await WatermarkedAsync(found, cancellationToken) is { } png ? png : Failure.NotFound("Verification.NoImprint");
    }

    private sealed record Verified(VerificationView View, string? ThumbnailSha256);

    private async Task<Outcome<Verified>> VerifyAsync(string? sealCode, string? orgName, CancellationToken cancellationToken)
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
            return new Verified(new VerificationView(VerificationResult.NotFound, null, null, null, null, null, null), null);
        }

        // A suspended seal or a deregistered organization's seal vouches for nothing, and the answer says so (SealStanding).
        var valid = SealStanding.IsValid(match.Flow, match.Life, match.Suspended, match.OrganizationState);
        DateOnly? deliveredOn = match.DeliveredAt is { } at ? ChinaTime.DateOf(at) : null;
        // A legal representative's seal (05) bears a person's name: the public answer never repeats it.
        var faceName = match.Type == LegalRepresentativeSealType ? null : match.Text;
        // Only a valid seal shows its imprint: one still being made, suspended, lost or cancelled vouches for nothing.
        var thumbnail = valid ? match.ThumbnailSha256 : null;
        return new Verified(
            new VerificationView(valid ? VerificationResult.Valid : VerificationResult.Invalid, match.Type, match.TypeName, faceName, match.ShopName, deliveredOn, match.Life,
                match.Flow, SealStanding.Describe(match.Flow, match.Life, match.Suspended, match.OrganizationState), thumbnail is not null),
            thumbnail);
    }

    private async Task<byte[]?> WatermarkedAsync(Verified found, CancellationToken cancellationToken)
    {
        if (found.ThumbnailSha256 is not { } sha || await blobs.OpenReadAsync(sha, cancellationToken) is not { } stream)
        {
            return null;
        }

        await using (stream)
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            return VerificationWatermark.Apply(buffer.ToArray(), ChinaTime.Today(clock));
        }
    }
}
