using System.Security.Cryptography;
using System.Text;
using SealGuard.Core.Codes;
using SealGuard.Core.People;

namespace SealGuard.Web.Features.PersonalData;

/// <summary>
/// Encrypts ID numbers (AES-256-GCM, random nonce) and derives a keyed blind index (HMAC-SHA-256) so an exact
/// search works without decrypting. Both keys are derived from one master key with HKDF, so neither leaks the other.
/// </summary>
public sealed class PersonalDataProtector
{
    private const string Version = "v1";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] AssociatedData = Encoding.ASCII.GetBytes("sealguard:id-number");

    private readonly byte[] _encryptionKey;
    private readonly byte[] _indexKey;

    public PersonalDataProtector(byte[] masterKey)
    {
        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: Encoding.ASCII.GetBytes("sealguard:id-number:aes-gcm"));
        _indexKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: Encoding.ASCII.GetBytes("sealguard:id-number:blind-index"));
    }

    public PersonRecord Protect(string name, IdNumber idNumber, string? phone) => new()
    {
        Name = name,
        IdNumberCipher = Encrypt(idNumber.Value),
        IdNumberIndex = BlindIndex(idNumber),
        Phone = phone,
    };

    /// <summary>An ID number stored without a person around it (a watch-list entry, a suspicious report): its blind index and ciphertext.</summary>
    public (string Index, string Cipher) ProtectIdNumber(IdNumber idNumber) => (BlindIndex(idNumber), Encrypt(idNumber.Value));

    /// <summary>The masked form (<see cref="IdNumber.Masked"/>) of a ciphertext from <see cref="ProtectIdNumber"/>.</summary>
    public string MaskedIdNumber(string cipher) => IdNumber.Parse(Decrypt(cipher)).Masked;

    public string BlindIndex(IdNumber idNumber) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_indexKey, Encoding.ASCII.GetBytes(idNumber.Value)));

    public IdNumber Reveal(PersonRecord person) => IdNumber.Parse(Decrypt(person.IdNumberCipher));

    public string Masked(PersonRecord person) => Reveal(person).Masked;

    private string Encrypt(string plaintext)
    {
        var plain = Encoding.ASCII.GetBytes(plaintext);
        var buffer = new byte[NonceSize + plain.Length + TagSize];
        var nonce = buffer.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, buffer.AsSpan(NonceSize, plain.Length), buffer.AsSpan(NonceSize + plain.Length), AssociatedData);
        return Version + ":" + Convert.ToBase64String(buffer);
    }

    private string Decrypt(string stored)
    {
        if (!stored.StartsWith(Version + ":", StringComparison.Ordinal))
        {
            throw new CryptographicException("Unknown personal data format.");
        }

        var buffer = Convert.FromBase64String(stored[(Version.Length + 1)..]);
        var length = buffer.Length - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(buffer.AsSpan(0, NonceSize), buffer.AsSpan(NonceSize, length), buffer.AsSpan(NonceSize + length), plain, AssociatedData);
        return Encoding.ASCII.GetString(plain);
    }
}
