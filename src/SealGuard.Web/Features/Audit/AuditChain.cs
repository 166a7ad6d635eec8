using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SealGuard.Web.Features.Audit;

/// <summary>The hash that links audit rows; the writer and the verifier both use this one function.</summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    public static string ComputeHash(AuditEntry entry)
    {
        // Unit separators keep field boundaries unambiguous; times at microsecond precision survive PostgreSQL.
        var canonical = string.Join('\u001f',
            entry.Id.ToString(CultureInfo.InvariantCulture),
            entry.OccurredAt.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            entry.ActorUserId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            entry.ActorName,
            entry.ActorRole ?? string.Empty,
            entry.ClientAddress ?? string.Empty,
            entry.Action,
            entry.EntityType,
            entry.EntityKey,
            entry.Purpose ?? string.Empty,
            entry.Detail ?? string.Empty,
            entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>PostgreSQL keeps microseconds; .NET ticks are 100 ns. Truncate before hashing and storing.</summary>
    public static DateTime TruncateToMicroseconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % 10), DateTimeKind.Utc);
}
