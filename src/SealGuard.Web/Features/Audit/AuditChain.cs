using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SealGuard.Web.Features.Audit;

/// <summary>
/// The keyed hash that links audit rows and the signature of the checkpoints that anchor them; the writer and the
/// verifier both use these functions. The key (<c>SealGuard:Keys:AuditChain</c>) lives outside the database, so
/// someone who can rewrite the table cannot compute a valid link: HMAC-SHA256 over the entry, and for checkpoints
/// HMAC-SHA256 with a key derived from it for that purpose alone.
/// </summary>
public sealed class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    private readonly byte[] _linkKey;
    private readonly byte[] _checkpointKey;

    public AuditChain(byte[] key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("The audit chain key must be at least 32 bytes.", nameof(key));
        }

        _linkKey = key.ToArray();
        _checkpointKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, key, 32, info: "SealGuard audit checkpoint"u8.ToArray());
    }

    public string ComputeHash(AuditEntry entry)
    {
        // A JSON array is an unambiguous encoding: null differs from "", and no value can shift into its neighbour.
        // Times at microsecond precision survive PostgreSQL.
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new[]
        {
            entry.Id.ToString(CultureInfo.InvariantCulture),
            entry.OccurredAt.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            entry.ActorUserId?.ToString(CultureInfo.InvariantCulture),
            entry.ActorName,
            entry.ActorRole,
            entry.ClientAddress,
            entry.Action,
            entry.EntityType,
            entry.EntityKey,
            entry.DivisionCode,
            entry.Purpose,
            entry.Detail,
            entry.PreviousHash,
        });
        return Convert.ToHexStringLower(HMACSHA256.HashData(_linkKey, canonical));
    }

    public string Sign(long lastId, string lastHash, long entryCount, DateTime writtenAt) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_checkpointKey, CheckpointContent(lastId, lastHash, entryCount, writtenAt)));

    public bool HasValidSignature(AuditCheckpoint checkpoint) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Sign(checkpoint.LastId, checkpoint.LastHash, checkpoint.EntryCount, checkpoint.WrittenAt)),
            Encoding.ASCII.GetBytes(checkpoint.Signature ?? string.Empty));

    /// <summary>PostgreSQL keeps microseconds; .NET ticks are 100 ns. Truncate before hashing and storing.</summary>
    public static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);

    private static byte[] CheckpointContent(long lastId, string lastHash, long entryCount, DateTime writtenAt) =>
        JsonSerializer.SerializeToUtf8Bytes(new[]
        {
            lastId.ToString(CultureInfo.InvariantCulture),
            lastHash,
            entryCount.ToString(CultureInfo.InvariantCulture),
            writtenAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
        });
}
