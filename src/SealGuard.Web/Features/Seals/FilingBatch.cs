using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Imaging;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.Seals;

/// <summary>One imprint image of a batch upload, for the seal it names.</summary>
public sealed record ImprintFile(string SealCode, string? FileName, byte[] Content);

/// <summary>What a batch did: the step, and each seal it was taken for, in intake order; imprints with their size warnings.</summary>
public sealed record FilingBatchView(long FilingId, SealStep Step, IReadOnlyList<SealStateView> Seals, IReadOnlyList<ImprintView> Imprints);

/// <summary>
/// 制作 / 上传印模 / 交付 for all seals of one filing at that step, in one unit of work: every seal gets its own event and
/// audit entry through the single-seal handlers' steps, and one refusal leaves nothing written. The filing row is locked
/// first, so two clerks doing the same batch at once take it one after the other: the second finds nothing left at the
/// step (<c>Filing.NoSealsAtStep</c>) instead of delivering twice.
/// </summary>
public sealed class FilingBatchHandler(UnitOfWork unitOfWork, SealLoader seals, RowLocks locks, EngraveSealHandler engrave, UploadImprintHandler imprints, DeliverSealHandler deliver)
{
    public async Task<Outcome<FilingBatchView>> EngraveAsync(Actor actor, long filingId, EngravingRequest request, CancellationToken cancellationToken)
    {
        if (EngraveSealHandler.Check(actor, request) is { } refused)
        {
            return refused;
        }

        return await RunAsync(actor, filingId, SealStep.Engrave, async (atStep, ct) =>
        {
            // One engraver for the batch; the seals of a filing share its shop.
            var engraver = await engrave.EngraverAsync(atStep[0].ShopId, request.EngraverStaffId!.Value, ct);
            if (engraver.Value is not { } staff)
            {
                return engraver.Failure!;
            }

            return Each(atStep, seal => engrave.Apply(actor, seal, staff));
        }, cancellationToken);
    }

    public async Task<Outcome<FilingBatchView>> DeliverAsync(Actor actor, long filingId, DeliveryRequest request, CancellationToken cancellationToken)
    {
        var recipient = DeliverSealHandler.Check(actor, request);
        if (recipient.Value is not { } person)
        {
            return recipient.Failure!;
        }

        return await RunAsync(actor, filingId, SealStep.Deliver, async (atStep, ct) =>
        {
            var done = new List<SealStateView>();
            foreach (var seal in atStep)
            {
                var outcome = await deliver.ApplyAsync(actor, seal, person, ct);
                if (outcome.Value is not { } state)
                {
                    return outcome.Failure!;
                }

                done.Add(state);
            }

            return new Done(done, []);
        }, cancellationToken);
    }

    /// <summary>
    /// Imprints for the seals the files name, each a seal of this filing that may take an imprint now (engraved, not yet
    /// delivered; a new one replaces the old). Every image is checked before anything is stored.
    /// </summary>
    public async Task<Outcome<FilingBatchView>> UploadImprintsAsync(Actor actor, long filingId, IReadOnlyList<ImprintFile> files, CancellationToken cancellationToken)
    {
        if (!actor.Can(Capability.FileSeals))
        {
            return Failure.Forbidden();
        }

        if (files.Count == 0)
        {
            return Failure.Validation("files", new CodeError("Field.Required", Messages.Get("Field.Required")));
        }

        var candidates = new List<(string SealCode, CheckedImage Image)>();
        foreach (var file in files)
        {
            var field = "files[" + file.SealCode + "]";
            if (candidates.Any(c => c.SealCode == file.SealCode))
            {
                return Failure.Validation(field, new CodeError("Imprint.DuplicateSeal", Messages.Get("Imprint.DuplicateSeal")));
            }

            var checkedImage = await imprints.CheckAsync(field, file.FileName, file.Content, cancellationToken);
            if (checkedImage.Value is not { } image)
            {
                return checkedImage.Failure!;
            }

            candidates.Add((file.SealCode, image));
        }

        return await RunAsync(actor, filingId, SealStep.UploadImprint, async (atStep, ct) =>
        {
            var done = new List<ImprintView>();
            foreach (var (sealCode, image) in candidates)
            {
                if (atStep.FirstOrDefault(s => s.SealCode == sealCode) is not { } seal)
                {
                    return Failure.Rule(RuleViolation.Of("Seal.NotAwaitingImprint"), "files[" + sealCode + "]");
                }

                var outcome = await imprints.ApplyAsync(actor, seal, image, ct);
                if (outcome.Value is not { } view)
                {
                    return outcome.Failure!;
                }

                done.Add(view);
            }

            var codes = done.Select(v => v.SealCode).ToHashSet(StringComparer.Ordinal);
            return new Done(atStep.Where(s => codes.Contains(s.SealCode)).Select(SealStateView.From).ToList(), done);
        }, cancellationToken);
    }

    private sealed record Done(IReadOnlyList<SealStateView> Seals, IReadOnlyList<ImprintView> Imprints);

    private static Outcome<Done> Each(IReadOnlyList<Seal> atStep, Func<Seal, Outcome<SealStateView>> step)
    {
        var done = new List<SealStateView>();
        foreach (var seal in atStep)
        {
            var outcome = step(seal);
            if (outcome.Value is not { } state)
            {
                return outcome.Failure!;
            }

            done.Add(state);
        }

        return new Done(done, []);
    }

    private Task<Outcome<FilingBatchView>> RunAsync(Actor actor, long filingId, SealStep step, Func<IReadOnlyList<Seal>, CancellationToken, Task<Outcome<Done>>> work, CancellationToken cancellationToken) =>
        unitOfWork.ExecuteAsync<FilingBatchView>(async ct =>
        {
            await locks.LockFilingAsync(filingId, ct);
            var loaded = await seals.LoadFilingAsync(actor, filingId, ct);
            if (loaded.Value is not { } filingSeals)
            {
                return loaded.Failure!;
            }

            var atStep = filingSeals.Where(s => (step == SealStep.UploadImprint ? s.ImprintRefusal() : s.Refusal(step)) is null).ToList();
            if (atStep.Count == 0)
            {
                return Failure.Rule("Filing.NoSealsAtStep");
            }

            var done = await work(atStep, ct);
            return done.Value is { } result ? new FilingBatchView(filingId, step, result.Seals, result.Imprints) : done.Failure!;
        }, cancellationToken);
}
