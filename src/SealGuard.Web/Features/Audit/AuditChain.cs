using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace SealGuard.Web.Features.Audit;

/// <summary>The hash that links audit rows; the writer and the verifier both use this one function.</summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    public static string ComputeHash(AuditEntry entry)
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
            entry.Purpose,
            entry.Detail,
            entry.PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }

    /// <summary>PostgreSQL keeps microseconds; .NET ticks are 100 ns. Truncate before hashing and storing.</summary>
    public static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);
}
