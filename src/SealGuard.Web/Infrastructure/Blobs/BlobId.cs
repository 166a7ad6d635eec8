using System.Buffers;
using System.Runtime.CompilerServices;

namespace SealGuard.Web.Infrastructure.Blobs;

/// <summary>
/// The one rule for blob ids, shared by every <see cref="IBlobStore"/>: exactly 64 lowercase hexadecimal characters
/// (a SHA-256). Only such ids ever reach a file path or an object key, which is what rules out path traversal.
/// </summary>
public static class BlobId
{
    private const int Sha256HexLength = 64;

    private static readonly SearchValues<char> LowercaseHexDigits = SearchValues.Create("0123456789abcdef");

    public static bool IsValid(string? sha256) =>
        sha256 is { Length: Sha256HexLength } && sha256.AsSpan().IndexOfAnyExcept(LowercaseHexDigits) < 0;

    /// <exception cref="ArgumentException"><paramref name="sha256"/> is not 64 lowercase hex characters.</exception>
    public static void ThrowIfInvalid(string? sha256, [CallerArgumentExpression(nameof(sha256))] string? paramName = null)
    {
        if (!IsValid(sha256))
        {
            throw new ArgumentException("A blob id must be 64 lowercase hexadecimal characters.", paramName);
        }
    }

    /// <summary>The two fan-out levels every store uses: <c>ab/cd/abcd…</c> for id <c>abcd…</c> (id already validated).</summary>
    public static string FanOutPath(string sha256, char separator) =>
        $"{sha256[..2]}{separator}{sha256[2..4]}{separator}{sha256}";
}
