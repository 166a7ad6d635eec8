using System.CommandLine;
using SealGuard.Web.Data;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Jobs;

namespace SealGuard.Web.Features.Audit;

/// <summary>The hash-chained audit log, its signed checkpoints and its search: every node audits its own changes.</summary>
public sealed class AuditModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    public IReadOnlyList<PageFolder> Pages => [new("Police", "/Audit")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        var services = builder.Services;
        var auditChain = new AuditChain(KeyMaterial.Resolve(options.Keys.AuditChain, "audit-chain", options, builder.Environment.IsProduction()));
        services.AddSingleton(auditChain);
        services.AddSingleton(new AuditCheckpoints(auditChain, options.Audit.AnchorDirectory is { Length: > 0 } anchors
            ? Path.GetFullPath(anchors)
            : Path.Combine(options.FullDataDirectory, "audit-anchors")));
        services.AddScheduledJob<AuditCheckpointJob>();
        services.AddAuditTrail();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<SearchAuditLogHandler>();
    }

    public void MapApi(RouteGroupBuilder api) => api.MapAuditApi();

    public IEnumerable<Command> Commands(CliVerbs cli)
    {
        var output = cli.Output;
        var verify = new Command("verify", "Check the audit log's keyed hash chain against its signed checkpoints and report the first problem");
        verify.SetAction((parse, ct) => cli.RunAsync(parse, async services =>
        {
            var result = await services.GetRequiredService<AuditVerifier>().VerifyAsync(ct);
            if (result.IsIntact)
            {
                await output.WriteLineAsync($"Audit log intact: {result.EntriesChecked} entries checked against {result.CheckpointsChecked} checkpoints.");
                if (result.CheckpointsChecked == 0 && result.EntriesChecked > 0)
                {
                    var file = services.GetRequiredService<AuditCheckpoints>().FilePath;
                    await output.WriteLineAsync($"Warning: no checkpoints in {file}, so a deleted tail of the log would not show (run `sealguard audit checkpoint`).");
                }

                return 0;
            }

            await output.WriteLineAsync(result.FirstBrokenId is { } id
                ? $"Audit log BROKEN at entry {id}: {result.Problem} ({result.EntriesChecked} entries intact before it)."
                : $"Audit log BROKEN: {result.Problem}.");
            return 1;
        }));
        var checkpoint = new Command("checkpoint", "Append a signed checkpoint of the audit log's committed end to the anchor directory");
        checkpoint.SetAction((parse, ct) => cli.RunAsync(parse, async services =>
        {
            var checkpoints = services.GetRequiredService<AuditCheckpoints>();
            var written = await checkpoints.WriteAsync(services.GetRequiredService<SealGuardDbContext>(), services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, ct);
            await output.WriteLineAsync(written is null
                ? $"Nothing new to anchor in {checkpoints.FilePath}."
                : $"Checkpoint written to {checkpoints.FilePath}: {written.EntryCount} entries up to entry {written.LastId}.");
            return 0;
        }));
        yield return new Command("audit", "Audit log") { verify, checkpoint };
    }
}
