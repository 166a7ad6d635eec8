using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using SealGuard.Web.Features.Audit;

namespace SealGuard.MicroBenchmarks;

/// <summary>
/// The audit hash chain (<see cref="AuditChain.ComputeHash"/>): one keyed hash per audited request when written, and one
/// per row when <c>sealguard audit verify</c> walks the whole log. Baseline: HMAC-SHA256 plus hex of the same entry's
/// canonical bytes already serialized, so the ratio is what building the canonical JSON array adds.
/// </summary>
[MemoryDiagnoser]
public class AuditChainBenchmarks
{
    private static readonly byte[] Key = SHA256.HashData("benchmark audit chain key"u8);
    private readonly AuditChain _chain = new(Key);
    private AuditEntry _entry = null!;
    private byte[] _canonical = [];

    [GlobalSetup]
    public void Setup()
    {
        _entry = new AuditEntry
        {
            Id = 1_234_567,
            OccurredAt = AuditChain.TruncateToMicroseconds(new DateTime(2026, 11, 26, 6, 30, 15, DateTimeKind.Utc).AddTicks(1_234_567)),
            ActorUserId = 42,
            ActorName = "police.demo",
            ActorRole = "PoliceOfficer",
            ClientAddress = "10.41.7.23",
            Action = "Person.Revealed",
            EntityType = "Seal",
            EntityKey = "4107020001234",
            DivisionCode = "410702",
            Purpose = "案件侦查：核实印章使用单位法定代表人身份",
            Detail = "{\"field\":\"legalRepresentative\"}",
            PreviousHash = Convert.ToHexStringLower(SHA256.HashData("previous"u8)),
        };
        _canonical = JsonSerializer.SerializeToUtf8Bytes(new[]
        {
            _entry.Id.ToString(CultureInfo.InvariantCulture),
            _entry.OccurredAt.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            _entry.ActorUserId?.ToString(CultureInfo.InvariantCulture),
            _entry.ActorName,
            _entry.ActorRole,
            _entry.ClientAddress,
            _entry.Action,
            _entry.EntityType,
            _entry.EntityKey,
            _entry.DivisionCode,
            _entry.Purpose,
            _entry.Detail,
            _entry.PreviousHash,
        });
        if (HmacHexOfCanonicalBytes() != ComputeHash())
        {
            throw new InvalidOperationException("The baseline no longer hashes the bytes AuditChain hashes; update its canonical form.");
        }
    }

    [Benchmark(Baseline = true)]
    public string HmacHexOfCanonicalBytes() => Convert.ToHexStringLower(HMACSHA256.HashData(Key, _canonical));

    [Benchmark]
    public string ComputeHash() => _chain.ComputeHash(_entry);
}
