using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Infrastructure.Imaging;

namespace SealGuard.Web.Seeding.Synthetic;

/// <summary>The entities of one batch, in insert order, with the ids still to be assigned.</summary>
internal sealed class BuiltBatch
{
    public List<Organization> Organizations { get; } = [];
    public List<Filing> Filings { get; } = [];
    public List<FilingDocument> Documents { get; } = [];
    public List<Seal> Seals { get; } = [];
    public List<SealEvent> Events { get; } = [];
}

/// <summary>
/// Turns plans into domain entities through the same constructors and lifecycle methods the filing handlers call
/// (intake with the replaced-seal and single-in-use rules, documents, engraving, imprint, delivery retiring a replaced seal,
/// loss, surrender, scrapping), in the order the handlers would have run them. The rules are checked as the handlers
/// check them, so a plan that broke one is a bug and stops the load instead of writing an impossible history.
/// </summary>
internal sealed class SyntheticBuilder(ShopDirectory shops, SyntheticImages images, IReadOnlySet<(CodeTable Table, string Code)> activeCodes, SyntheticKeys keys, SyntheticCast? cast)
{
    /// <summary>Who the seal events and filings of a load test name; a <see cref="SyntheticCast"/> names each shop's own users instead.</summary>
    public static readonly EventActor Actor = new(0, "synthetic.load");

    private static readonly ShopActors Anonymous = new(Actor, new Dictionary<long, EventActor>());

    public BuiltBatch Build(IReadOnlyList<OrganizationPlan> plans)
    {
        var batch = new BuiltBatch();
        foreach (var plan in plans)
        {
            BuildOrganization(plan, batch);
        }

        foreach (var filing in batch.Filings)
        {
            batch.Documents.AddRange(filing.Documents);
            batch.Seals.AddRange(filing.Seals);
        }

        foreach (var seal in batch.Seals)
        {
            batch.Events.AddRange(seal.History);
        }

        keys.Assign(batch);
        return batch;
    }

    private static void Require(CodeError? violation)
    {
        if (violation is not null)
        {
            throw new InvalidOperationException($"Synthetic data would break a lifecycle rule: {violation.Code} {violation.Message}");
        }
    }

    private void BuildOrganization(OrganizationPlan plan, BuiltBatch batch)
    {
        var division = DivisionCode.Parse(plan.DivisionCode, DivisionCatalog.Default);
        RequireActive(CodeTable.OrganizationType, plan.Type);
        Organization? organization = null;
        var seals = new List<Seal>();
        var built = new Dictionary<SealPlan, Seal>();
        foreach (var filingPlan in plan.Filings)
        {
            // As intake does: the first filing registers the organization; every filing presents the same master record.
            var people = filingPlan.People ?? throw new InvalidOperationException("The plan's people are not protected yet.");
            var details = new OrganizationDetails(plan.CreditCode.Value, plan.Name, plan.Type, plan.DivisionCode, plan.Address, people.OrganizationLegalRepresentative);
            if (organization is null)
            {
                organization = new Organization(plan.OrgCode!, details, filingPlan.AcceptedAt);
                batch.Organizations.Add(organization);
            }
            else if (MasterRecordRule.Differences(organization, details).Count > 0)
            {
                Require(MasterRecordRule.Violation());
            }

            CheckCodes(filingPlan);
            CheckSeals(filingPlan, plan.Id, seals, built);
            var shop = shops.Pick(plan.DivisionCode, filingPlan.AcceptedAt, filingPlan.ShopPick);
            var clerk = ActorsOf(shop).Clerk;
            var filing = new Filing(shop.Id, plan.Id, filingPlan.Reason, people.Agent, details with { LegalRepresentative = people.LegalRepresentative }, clerk, filingPlan.AcceptedAt);
            AttachDocuments(filing, filingPlan, clerk);
            var filed = filingPlan.Seals.Select(s => (Plan: s, Seal: filing.AddSeal(SealCode.Create(division, s.Serial), s.Specification, clerk, filingPlan.AcceptedAt,
                s.Replaces is null ? null : built[s.Replaces]))).ToList();
            foreach (var (sealPlan, seal) in filed)
            {
                seals.Add(seal);
                built[sealPlan] = seal;
            }

            foreach (var (sealPlan, seal) in filed)
            {
                Advance(seal, sealPlan, shop);
            }

            batch.Filings.Add(filing);
        }
    }

    /// <summary>Intake accepts only active code-table entries; an administrator may have switched one off.</summary>
    private void CheckCodes(FilingPlan filing)
    {
        foreach (var specification in filing.Seals.Select(s => s.Specification))
        {
            RequireActive(CodeTable.SealType, specification.Type);
            RequireActive(CodeTable.SealMaterial, specification.Material);
            RequireActive(CodeTable.SealShape, specification.Shape);
            if (specification.Spec is { } spec)
            {
                RequireActive(CodeTable.SealSpec, spec);
            }
        }
    }

    private void RequireActive(CodeTable table, string code)
    {
        if (!activeCodes.Contains((table, code)))
        {
            throw new InvalidOperationException($"Synthetic data uses {table} code {code}, which is not an active code-table entry.");
        }
    }

    /// <summary>
    /// The intake checks of <see cref="FileIntakeHandler"/>: the seal each line replaces, then the single-in-use rule against
    /// the organization's other seals, including the ones just accepted.
    /// </summary>
    private static void CheckSeals(FilingPlan filing, long organizationId, List<Seal> organizationSeals, Dictionary<SealPlan, Seal> built)
    {
        var held = organizationSeals.Where(s => SingleInUseSealRule.UniqueTypes.Contains(s.Type)).Select(s => (Seal: (Seal?)s, s.Type, s.Flow, s.Life)).ToList();
        foreach (var seal in filing.Seals)
        {
            var type = seal.Specification.Type;
            var replaced = seal.Replaces is null ? null : built[seal.Replaces];
            if (ReplacementRule.NamesReplacedSeal(filing.Reason) != (replaced is not null))
            {
                throw new InvalidOperationException($"Synthetic {filing.Reason} seal of type {type} names {(replaced is null ? "no" : "a")} replaced seal.");
            }

            if (replaced is not null)
            {
                var replacements = organizationSeals.Where(s => ReferenceEquals(s.Replaces, replaced)).Select(s => (s.Flow, s.Life));
                Require(ReplacementRule.CheckReplaced(filing.Reason, type, organizationId, replaced, replacements));
            }

            Require(SingleInUseSealRule.Check(type, filing.Reason, held.Where(h => h.Type == type && !ReferenceEquals(h.Seal, replaced)).Select(h => (h.Flow, h.Life)).ToList()));
            held.Add((null, type, SealSteps.Accepted.Flow, SealSteps.Accepted.Life));
        }
    }

    private ShopActors ActorsOf(ShopChoice shop) => cast?.Shops.GetValueOrDefault(shop.Id) ?? Anonymous;

    private void AttachDocuments(Filing filing, FilingPlan plan, EventActor clerk)
    {
        Attach(filing, DocumentKind.BusinessLicense, images.License, plan.AcceptedAt.AddMinutes(2), clerk);
        if (!filing.AgentIsLegalRepresentative)
        {
            Attach(filing, DocumentKind.PowerOfAttorney, images.PowerOfAttorney, plan.AcceptedAt.AddMinutes(4), clerk);
        }

        if (plan.Reason == EngravingReason.LostReplacement)
        {
            Attach(filing, DocumentKind.NewspaperNotice, images.NewspaperNotice, plan.AcceptedAt.AddMinutes(6), clerk);
        }
    }

    /// <summary>As <see cref="UploadDocumentHandler"/> attaches an upload.</summary>
    private static void Attach(Filing filing, DocumentKind kind, StoredImage upload, DateTime at, EventActor clerk) =>
        filing.AttachDocument(kind, upload.FileName, upload.Image.Format.ToString(), upload.OriginalSha256, upload.NormalizedSha256,
            upload.ByteSize, upload.Image.WidthPx, upload.Image.HeightPx, clerk, at);

    private void Advance(Seal seal, SealPlan plan, ShopChoice shop)
    {
        var actors = ActorsOf(shop);
        var engraver = shop.Engraver(plan.EngraverPick);
        var engraverActor = actors.EngraversByStaffId.GetValueOrDefault(engraver.Id) ?? actors.Clerk;
        if (plan.EngravedAt is { } engravedAt)
        {
            Require(seal.Engrave(engraver, engraverActor, engravedAt));
        }

        if (plan.ImprintAt is { } imprintAt)
        {
            // As UploadImprintHandler builds the imprint from the stored upload.
            var upload = plan.Imprint ?? images.Imprints[plan.ImprintVariant];
            var image = upload.Image;
            Require(seal.AttachImprint(new Imprint(upload.OriginalSha256, upload.NormalizedSha256, upload.ThumbnailSha256, image.Format.ToString(), upload.ByteSize,
                image.WidthPx, image.HeightPx, image.DpiX, image.DpiY, imprintAt), engraverActor, imprintAt));
        }

        if (plan.DeliveredAt is { } deliveredAt)
        {
            Require(seal.Deliver(plan.Recipient!, actors.Clerk, deliveredAt));
            ReplacementRule.RetireReplaced(seal, actors.Clerk, deliveredAt);
        }

        if (plan.Fate is { } fate)
        {
            Require(seal.ChangeLife(fate.Target, actors.Clerk, fate.At, fate.Note));
        }
    }
}
