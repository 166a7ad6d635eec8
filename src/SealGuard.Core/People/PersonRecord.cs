namespace SealGuard.Core.People;

/// <summary>
/// A person as stored: the ID number only as ciphertext plus a keyed blind index for exact search.
/// The same person has the same <see cref="IdNumberIndex"/> everywhere, so identities compare without decrypting.
/// </summary>
public sealed class PersonRecord
{
    public required string Name { get; init; }
    public required string IdNumberCipher { get; init; }
    public required string IdNumberIndex { get; init; }
    public string? Phone { get; init; }

    public bool IsSamePersonAs(PersonRecord other) =>
        string.Equals(IdNumberIndex, other.IdNumberIndex, StringComparison.Ordinal);
}
