using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;

namespace SealGuard.Core.Filings;

/// <summary>
/// The materials (备案材料) a filing must carry when it is accepted: the organization's own certificate by its
/// <see cref="CodeTable.OrganizationType"/> (企业 and 个体工商户 营业执照, 事业单位 法人证书, 社会团体 and 民办非企业单位
/// 登记证书, 机关 and the rest 批文/介绍信), the 登报声明 of a lost replacement (<see cref="NewspaperNoticeRule"/>) and
/// the 授权委托书 of an agent who is not the legal representative (<see cref="PowerOfAttorneyRule"/>). Intake refuses a
/// filing without them; the wizard asks the same rule which materials to mark required.
/// </summary>
public static class RequiredMaterials
{
    public const string MissingCode = "Filing.MaterialsMissing";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Names = new(() =>
        StandardCodeTables.Load().Where(e => e.Table == CodeTable.DocumentKind).ToDictionary(e => e.Code, e => e.Name, StringComparer.Ordinal));

    /// <summary>The certificate that shows what the organization is; an unknown (local) type shows it by 批文/介绍信.</summary>
    public static DocumentKind CertificateOf(string? organizationType) => organizationType switch
    {
        "02" or "06" => DocumentKind.BusinessLicense,
        "03" => DocumentKind.InstitutionCertificate,
        "04" or "05" => DocumentKind.RegistrationCertificate,
        _ => DocumentKind.ApprovalDocument,
    };

    /// <summary>The kinds a filing needs, the organization's certificate first.</summary>
    public static IReadOnlyList<DocumentKind> For(string? organizationType, EngravingReason reason, bool agentIsLegalRepresentative)
    {
        var kinds = new List<DocumentKind> { CertificateOf(organizationType) };
        if (NewspaperNoticeRule.Requires(reason))
        {
            kinds.Add(DocumentKind.NewspaperNotice);
        }

        if (PowerOfAttorneyRule.Requires(agentIsLegalRepresentative))
        {
            kinds.Add(DocumentKind.PowerOfAttorney);
        }

        return kinds;
    }

    /// <summary>The required kinds not among <paramref name="attached"/>, in the order of <see cref="For"/>.</summary>
    public static IReadOnlyList<DocumentKind> Missing(string? organizationType, EngravingReason reason, bool agentIsLegalRepresentative, IEnumerable<DocumentKind> attached)
    {
        var present = attached.ToHashSet();
        return For(organizationType, reason, agentIsLegalRepresentative).Where(k => !present.Contains(k)).ToList();
    }

    /// <summary>Null when nothing is missing; otherwise <see cref="MissingCode"/> with a message naming every missing material.</summary>
    public static CodeError? Check(IReadOnlyList<DocumentKind> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        return missing.Count == 0 ? null : new CodeError(MissingCode, Messages.Get(MissingCode, string.Join("、", missing.Select(NameOf))));
    }

    /// <summary>The message under one missing material's field.</summary>
    public static CodeError MissingOne(DocumentKind kind) => new(MissingCode, Messages.Get("Filing.MaterialRequired", NameOf(kind)));

    /// <summary>The zh-CN name of a kind, from the standard code table.</summary>
    public static string NameOf(DocumentKind kind) => Names.Value.GetValueOrDefault(kind.ToString(), kind.ToString());
}
