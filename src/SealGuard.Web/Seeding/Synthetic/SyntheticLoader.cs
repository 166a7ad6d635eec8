using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Core.Shops;
using SealGuard.Core.Synthetic;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.CodeTables;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Shops;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.SealArt;

namespace SealGuard.Web.Seeding.Synthetic;

/// <summary>What a synthetic load wrote.</summary>
public sealed record SyntheticLoadResult(int Organizations, int Filings, int Documents, int Seals, int SealEvents, int ShopsCreated, TimeSpan Elapsed)
{
    public long Rows => (long)Organizations + Filings + Documents + Seals + SealEvents;
}

/// <summary>
/// Loads synthetic organizations, filings, seals and their histories in bulk, for load tests and demos at scale
/// (<c>sealguard seed synthetic</c>). The handlers' one-transaction-per-step path would take days for 10^6 seals;
/// this path builds the same entities through the same domain methods (<see cref="SyntheticBuilder"/>) and writes
/// them through the EF model's own column mapping (<see cref="TableLayout{T}"/>), a batch of whole organizations per
/// transaction, with codes from the shared <c>code_sequences</c> counters and one audit entry per batch.
/// </summary>
public sealed partial class SyntheticLoader(
    SealGuardDbContext db,
    UnitOfWork unitOfWork,
    AuditTrail audit,
    FileShopHandler fileShop,
    CodeTableService codeTables,
    PersonalDataProtector protector,
    ImageUploads uploads,
    TimeProvider clock,
    Jurisdiction jurisdiction,
    ILogger<SyntheticLoader> logger)
{
    public const string AuditAction = "Synthetic.Loaded";
    public const int ShopsPerNewDivision = 2;

    private const int MaxCreditCodeAttempts = 100;

    private static readonly StaffRole[] NewShopStaff = [StaffRole.Manager, StaffRole.Operator, StaffRole.Engraver, StaffRole.Engraver];
    private static readonly CodeTable[] CheckedTables = [CodeTable.SealType, CodeTable.SealMaterial, CodeTable.SealShape, CodeTable.SealSpec, CodeTable.OrganizationType];

    /// <param name="options">What to load.</param>
    /// <param name="progress">Where the progress lines go.</param>
    /// <param name="cancellationToken">Stops the load after the batch being written.</param>
    /// <param name="cast">Each shop's own users and a drawn imprint per seal (the demo city); <see langword="null"/> for a load test.</param>
    public async Task<SyntheticLoadResult> LoadAsync(SyntheticLoadOptions options, TextWriter progress, CancellationToken cancellationToken, SyntheticCast? cast = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        if (options.Problem(jurisdiction) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var elapsed = Stopwatch.StartNew();
        var asOf = options.AsOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var planner = new SyntheticPlanner(options, DivisionCatalog.Default, asOf);
        var activeCodes = (await codeTables.LoadAsync(CheckedTables, cancellationToken)).Values.Where(e => e.IsActive).Select(e => (e.Table, e.Code)).ToHashSet();
        var images = await SyntheticImages.StoreAsync(uploads, cancellationToken);
        var (shops, shopsCreated) = await LoadShopsAsync(planner, options.Seed, asOf, cancellationToken);
        var totalSeals = 0L;
        for (var i = 0; i < options.Organizations; i++)
        {
            totalSeals += planner.SealCount(i);
        }

        LogLoading(options.Organizations, totalSeals, options.Division, options.Seed, asOf);
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Loading {options.Organizations:N0} organizations with {totalSeals:N0} seals into {planner.Counties.Count} divisions under {options.Division} (seed {options.Seed}, history {planner.Start:yyyy-MM-dd} to {planner.End:yyyy-MM-dd}, {shopsCreated} shops created)."));

        var builder = new SyntheticBuilder(shops, images, activeCodes, new SyntheticKeys(options.Seed, db.Model), cast);
        var bulk = BulkWriter.For(db);
        var batchWriter = new BatchWriter(db, unitOfWork, audit, bulk, new BulkTables(db.Model), planner, options, cast is null ? null : new ImprintDrawer(uploads, cast.ImprintDpi));
        var totals = new SyntheticLoadResult(0, 0, 0, 0, 0, shopsCreated, TimeSpan.Zero);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        using var stopProducer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var plans = Channel.CreateBounded<List<OrganizationPlan>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });

        // Drawing the plans and encrypting their ID numbers runs beside the writes, two batches ahead at most.
        var producer = Task.Run(() => ProduceAsync(planner, options, protector, plans.Writer, stopProducer.Token), stopProducer.Token);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var untune = await bulk.TuneSessionAsync(cancellationToken);
        try
        {
            var loop = Stopwatch.StartNew();
            var batchNumber = 0;
            await foreach (var batch in plans.Reader.ReadAllAsync(cancellationToken))
            {
                var written = await batchWriter.WriteAsync(batch, builder, ++batchNumber, cancellationToken);
                totals = totals with
                {
                    Organizations = totals.Organizations + written.Organizations,
                    Filings = totals.Filings + written.Filings,
                    Documents = totals.Documents + written.Documents,
                    Seals = totals.Seals + written.Seals,
                    SealEvents = totals.SealEvents + written.SealEvents,
                };
                await progress.WriteLineAsync(ProgressLine(batchNumber, totals.Seals, totalSeals, loop.Elapsed));
            }

            await producer;
        }
        finally
        {
            await stopProducer.CancelAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
            await untune();
            await db.Database.CloseConnectionAsync();
        }

        totals = totals with { Elapsed = elapsed.Elapsed };
        LogLoaded(totals.Seals, totals.Rows, totals.Elapsed.TotalSeconds);
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Loaded {totals.Organizations:N0} organizations, {totals.Filings:N0} filings, {totals.Documents:N0} documents, {totals.Seals:N0} seals and {totals.SealEvents:N0} seal events ({totals.Rows:N0} rows) in {Duration(totals.Elapsed)}: {totals.Seals / totals.Elapsed.TotalSeconds:N0} seals/s, {totals.Rows / totals.Elapsed.TotalSeconds:N0} rows/s."));
        return totals;
    }

    private static async Task ProduceAsync(SyntheticPlanner planner, SyntheticLoadOptions options, PersonalDataProtector protector, ChannelWriter<List<OrganizationPlan>> writer, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<OrganizationPlan>();
            var seals = 0;
            for (var i = 0; i < options.Organizations; i++)
            {
                var plan = planner.Plan(i);
                plan.Protect(protector);
                batch.Add(plan);
                seals += plan.Filings.Sum(f => f.Seals.Count);
                if (seals >= options.BatchSize)
                {
                    await writer.WriteAsync(batch, cancellationToken);
                    batch = [];
                    seals = 0;
                }
            }

            if (batch.Count > 0)
            {
                await writer.WriteAsync(batch, cancellationToken);
            }

            writer.Complete();
        }
        catch (Exception exception)
        {
            writer.Complete(exception);
        }
    }

    private static string ProgressLine(int batchNumber, long done, long total, TimeSpan elapsed)
    {
        var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        var eta = TimeSpan.FromSeconds((total - done) / Math.Max(rate, 1));
        return string.Create(CultureInfo.InvariantCulture,
            $"batch {batchNumber}: {done:N0}/{total:N0} seals ({100.0 * done / Math.Max(total, 1):F1}%), {rate:N0} seals/s, ETA {Duration(eta)}");
    }

    private static string Duration(TimeSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}");

    /// <summary>
    /// The shops of the divisions with an active engraver; a division without any gets <see cref="ShopsPerNewDivision"/>
    /// new shops (with staff), filed before the history starts, the way the demo seeder files its shops.
    /// </summary>
    private async Task<(ShopDirectory Shops, int Created)> LoadShopsAsync(SyntheticPlanner planner, int seed, DateOnly asOf, CancellationToken cancellationToken)
    {
        var divisions = planner.Counties.Select(c => c.Code).ToList();
        var shops = await ReadShopsAsync(divisions, cancellationToken);
        var missing = divisions.Where(d => !shops.Exists(s => s.DivisionCode == d)).ToList();
        foreach (var division in missing)
        {
            await CreateShopsAsync(division, planner.Start.AddDays(-90), seed, asOf, cancellationToken);
        }

        return (new ShopDirectory(missing.Count == 0 ? shops : await ReadShopsAsync(divisions, cancellationToken)), missing.Count * ShopsPerNewDivision);
    }

    private async Task<List<ShopChoice>> ReadShopsAsync(List<string> divisions, CancellationToken cancellationToken)
    {
        var shops = await db.Shops.AsNoTracking().Where(s => divisions.Contains(s.DivisionCode)).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.DivisionCode, s.FiledAt }).ToListAsync(cancellationToken);
        var shopIds = shops.Select(s => s.Id).ToList();
        var engravers = (await db.ShopStaff.AsNoTracking().Where(s => shopIds.Contains(s.ShopId) && s.State == StaffState.Accepted && s.Role == StaffRole.Engraver).OrderBy(s => s.Id)
            .ToListAsync(cancellationToken)).ToLookup(s => s.ShopId);
        return shops.Where(s => engravers[s.Id].Any()).Select(s => new ShopChoice(s.Id, s.DivisionCode, s.FiledAt, engravers[s.Id].ToList())).ToList();
    }

    private async Task CreateShopsAsync(string county, DateTime filedAt, int seed, DateOnly asOf, CancellationToken cancellationToken)
    {
        var catalog = DivisionCatalog.Default;
        var data = new SyntheticData(SyntheticPlanner.Mix(seed, int.Parse(county, CultureInfo.InvariantCulture), -2));
        for (var i = 0; i < ShopsPerNewDivision; i++)
        {
            var outcome = await fileShop.HandleAsync(Actor.System, new FileShopRequest(county, data.ShopName(catalog.Find(county)!.Name), data.Address(catalog.FullName(county)),
                data.MobilePhone().Value, [.. NewShopStaff.Select(role => new StaffInput(new PersonInput(data.PersonName(), data.IdNumber(county, today: asOf).Value, data.MobilePhone().Value), role))],
                filedAt), cancellationToken);
            if (!outcome.IsSuccess)
            {
                throw new InvalidOperationException($"Filing a synthetic shop in {county} was refused: {outcome.Failure!.Code} {outcome.Failure.Message}");
            }
        }
    }

    /// <summary>
    /// Each imprinted seal's own face, with its code, drawn by the seal-face renderer and stored in the renditions of an
    /// upload. The drawing is already a lossless PNG with its DPI, so it is its own normalized rendition and the thumbnail
    /// is drawn small: decoding and re-encoding every imprint, as an upload's inspection does, would only cost time.
    /// </summary>
    private sealed class ImprintDrawer(ImageUploads uploads, int dpi)
    {
        public async Task DrawAsync(List<OrganizationPlan> plans, CancellationToken cancellationToken)
        {
            foreach (var plan in plans)
            {
                var division = DivisionCode.Parse(plan.DivisionCode, DivisionCatalog.Default);
                foreach (var seal in plan.Seals.Where(s => s.ImprintAt is not null))
                {
                    var face = SealFace.Compose(seal.Specification, plan.CreditCode.Value, SealCode.Create(division, seal.Serial).Value, plan.DivisionCode);
                    var png = SealFaceRenderer.Png(face, dpi);
                    var thumbnail = SealFaceRenderer.Png(face, (int)(ImageInspector.ThumbnailMaxSide * 25.4 / Math.Max(face.WidthMm, face.HeightMm)));
                    var (width, height) = SealFaceRenderer.PixelSize(face, dpi);
                    seal.Imprint = await uploads.StoreAsync(new CheckedImage(new InspectedImage(ImageFormatKind.Png, width, height, dpi, dpi, png, thumbnail), png, "imprint.png"), cancellationToken);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loading {Organizations} synthetic organizations with {Seals} seals under division {Division} (seed {Seed}, as of {AsOf:yyyy-MM-dd})")]
    private partial void LogLoading(int organizations, long seals, string division, int seed, DateOnly asOf);

    [LoggerMessage(Level = LogLevel.Information, Message = "Synthetic data loaded: {Seals} seals, {Rows} rows in {Seconds:F1} s")]
    private partial void LogLoaded(int seals, long rows, double seconds);

    /// <summary>One batch: codes, ids, rows and its audit entry in one transaction.</summary>
    private sealed class BatchWriter(SealGuardDbContext db, UnitOfWork unitOfWork, AuditTrail audit, BulkWriter writer, BulkTables tables, SyntheticPlanner planner, SyntheticLoadOptions options, ImprintDrawer? imprints)
    {
        private readonly Action<Organization, long> _organizationId = tables.Organizations.Setter(nameof(Organization.Id));
        private readonly Action<Filing, long> _filingId = tables.Filings.Setter(nameof(Filing.Id));
        private readonly Action<FilingDocument, long> _documentFilingId = tables.Documents.Setter(nameof(FilingDocument.FilingId));
        private readonly Action<Seal, long> _sealId = tables.Seals.Setter(nameof(Seal.Id));
        private readonly Action<Seal, long> _sealFilingId = tables.Seals.Setter(nameof(Seal.FilingId));
        private readonly Action<Seal, long> _sealReplacesId = tables.Seals.Setter(nameof(Seal.ReplacesSealId));
        private readonly Action<SealEvent, long> _eventSealId = tables.Events.Setter(nameof(SealEvent.SealId));

        public async Task<SyntheticLoadResult> WriteAsync(List<OrganizationPlan> plans, SyntheticBuilder builder, int batchNumber, CancellationToken cancellationToken)
        {
            try
            {
                // The change participants (seal counters, audit) run on the batch in its transaction, as for any change.
                return await unitOfWork.ExecuteBulkAsync(async (written, ct) =>
                {
                    await ResolveCreditCodesAsync(plans, ct);
                    await AssignCodesAsync(plans, ct);
                    if (imprints is not null)
                    {
                        await imprints.DrawAsync(plans, ct);
                    }

                    var organizationIds = await writer.ReserveIdsAsync(tables.Organizations.Table, plans.Count, ct);
                    for (var i = 0; i < plans.Count; i++)
                    {
                        plans[i].Id = organizationIds[i];
                    }

                    var batch = builder.Build(plans);
                    for (var i = 0; i < batch.Organizations.Count; i++)
                    {
                        _organizationId(batch.Organizations[i], organizationIds[i]);
                    }

                    await AssignIdsAsync(batch, ct);
                    await AssignFilingNumbersAsync(batch, ct);
                    await writer.WriteAsync(tables.Organizations, batch.Organizations, ct);
                    await writer.WriteAsync(tables.Filings, batch.Filings, ct);
                    await writer.WriteAsync(tables.Documents, batch.Documents, ct);
                    await writer.WriteAsync(tables.Seals, batch.Seals, ct);
                    await writer.WriteAsync(tables.Events, batch.Events, ct);
                    foreach (var seal in batch.Seals)
                    {
                        written.Wrote(seal);
                    }

                    var result = new SyntheticLoadResult(batch.Organizations.Count, batch.Filings.Count, batch.Documents.Count, batch.Seals.Count, batch.Events.Count, 0, TimeSpan.Zero);
                    audit.Record(Actor.System, AuditAction, "Synthetic", string.Create(CultureInfo.InvariantCulture, $"seed {options.Seed} batch {batchNumber}"),
                        detail: string.Create(CultureInfo.InvariantCulture,
                            $"division={options.Division};asOf={planner.End:yyyy-MM-dd};organizations={result.Organizations};filings={result.Filings};documents={result.Documents};seals={result.Seals};sealEvents={result.SealEvents}"));
                    return result;
                }, cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        /// <summary>Credit codes are unique: one already in the database (or twice in the batch) is drawn again.</summary>
        private async Task ResolveCreditCodesAsync(List<OrganizationPlan> plans, CancellationToken cancellationToken)
        {
            var inBatch = new HashSet<string>(StringComparer.Ordinal);
            var pending = plans;
            for (var attempt = 1; pending.Count > 0; attempt++)
            {
                if (attempt > MaxCreditCodeAttempts)
                {
                    throw new InvalidOperationException("No free credit code found for a synthetic organization.");
                }

                var candidates = pending.Select(p => p.CreditCode.Value).ToList();
                var taken = (await db.Organizations.AsNoTracking().Where(o => candidates.Contains(o.CreditCode)).Select(o => o.CreditCode).ToListAsync(cancellationToken))
                    .ToHashSet(StringComparer.Ordinal);
                var clashes = pending.Where(p => taken.Contains(p.CreditCode.Value) || !inBatch.Add(p.CreditCode.Value)).ToList();
                foreach (var plan in clashes)
                {
                    plan.CreditCode = planner.RedrawCreditCode(plan, attempt);
                }

                pending = clashes;
            }
        }

        /// <summary>One counter step per division and kind for the whole batch; seal serials follow intake time within the batch.</summary>
        private async Task AssignCodesAsync(List<OrganizationPlan> plans, CancellationToken cancellationToken)
        {
            foreach (var group in plans.GroupBy(p => p.DivisionCode, StringComparer.Ordinal))
            {
                var organizations = group.ToList();
                var first = await ReserveAsync(CodeKind.Organization, group.Key, organizations.Count, cancellationToken);
                var division = DivisionCode.Parse(group.Key, DivisionCatalog.Default);
                for (var i = 0; i < organizations.Count; i++)
                {
                    organizations[i].OrgCode = OrgCode.Create(division, first + i).Value;
                }
            }

            foreach (var group in plans.GroupBy(p => p.DivisionCode, StringComparer.Ordinal))
            {
                var seals = group.SelectMany(p => p.Seals).OrderBy(s => s.Filing.AcceptedAt).ToList();
                var first = await ReserveAsync(CodeKind.Seal, group.Key, seals.Count, cancellationToken);
                for (var i = 0; i < seals.Count; i++)
                {
                    seals[i].Serial = first + i;
                }
            }
        }

        /// <summary>One counter step per shop and year for the whole batch; numbers follow intake time, as intake hands them out.</summary>
        private async Task AssignFilingNumbersAsync(BuiltBatch batch, CancellationToken cancellationToken)
        {
            var shopIds = batch.Filings.Select(f => f.ShopId).Distinct().ToList();
            var shopCodes = await db.Shops.AsNoTracking().Where(s => shopIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => ShopCode.Parse(s.ShopCode), cancellationToken);
            foreach (var group in batch.Filings.GroupBy(f => (f.ShopId, Year: FilingNumber.YearOf(f.AcceptedAt))))
            {
                var filings = group.OrderBy(f => f.AcceptedAt).ToList();
                var first = await db.Dialect.AllocateFilingSerialsAsync(db.Database, group.Key.ShopId, group.Key.Year, filings.Count, FilingNumber.MaxSerial, cancellationToken)
                    ?? throw new InvalidOperationException($"Shop {shopCodes[group.Key.ShopId]} has run out of filing numbers in {group.Key.Year}.");
                for (var i = 0; i < filings.Count; i++)
                {
                    filings[i].AssignNumber(FilingNumber.Create(shopCodes[group.Key.ShopId], group.Key.Year, first + i));
                }
            }
        }

        private async Task<int> ReserveAsync(CodeKind kind, string division, int count, CancellationToken cancellationToken)
        {
            // The allocator's own statement, for a block: the row lock queues concurrent allocators as for CodeAllocator.
            return await db.Dialect.AllocateSerialsAsync(db.Database, kind.Key, division, count, kind.MaxSerial, cancellationToken)
                ?? throw new InvalidOperationException($"Division {division} has run out of {kind.Key} codes.");
        }

        /// <summary>
        /// Keys of the rows others refer to, and the foreign keys EF would fix up from the navigations (filing → documents
        /// and seals, seal → events and the seal it replaces); documents and events get their own ids from the database as with SaveChanges.
        /// </summary>
        private async Task AssignIdsAsync(BuiltBatch batch, CancellationToken cancellationToken)
        {
            var filingIds = await writer.ReserveIdsAsync(tables.Filings.Table, batch.Filings.Count, cancellationToken);
            for (var i = 0; i < batch.Filings.Count; i++)
            {
                var filing = batch.Filings[i];
                _filingId(filing, filingIds[i]);
                foreach (var document in filing.Documents)
                {
                    _documentFilingId(document, filingIds[i]);
                }

                foreach (var seal in filing.Seals)
                {
                    _sealFilingId(seal, filingIds[i]);
                }
            }

            var sealIds = await writer.ReserveIdsAsync(tables.Seals.Table, batch.Seals.Count, cancellationToken);
            for (var i = 0; i < batch.Seals.Count; i++)
            {
                _sealId(batch.Seals[i], sealIds[i]);
                foreach (var sealEvent in batch.Seals[i].History)
                {
                    _eventSealId(sealEvent, sealIds[i]);
                }
            }

            // A replaced seal is of the same organization, so in this batch, with its id set above.
            foreach (var seal in batch.Seals.Where(s => s.Replaces is not null))
            {
                _sealReplacesId(seal, seal.Replaces!.Id);
            }
        }
    }
}
