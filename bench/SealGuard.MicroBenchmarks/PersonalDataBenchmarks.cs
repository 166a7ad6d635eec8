using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using SealGuard.Core.Codes;
using SealGuard.Core.People;
using SealGuard.Core.Synthetic;
using SealGuard.Web.Features.PersonalData;

namespace SealGuard.MicroBenchmarks;

/// <summary>
/// What every stored person costs (<see cref="PersonalDataProtector"/>): AES-256-GCM encryption of the ID number with a
/// fresh nonce plus its HMAC-SHA-256 blind index (<c>Protect</c>, as intake and the synthetic loader call it), the blind
/// index alone (an ID search), and decrypting it again (<c>Reveal</c>, behind every masked or revealed person on a page).
/// Baseline: a SHA-256 of the same 18 ASCII bytes.
/// </summary>
[MemoryDiagnoser]
public class PersonalDataBenchmarks
{
    private PersonalDataProtector _protector = null!;
    private IdNumber _idNumber;
    private string _name = string.Empty;
    private PersonRecord _record = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A fixed master key: the cost does not depend on the key, and the run stays reproducible.
        var masterKey = new byte[32];
        for (var i = 0; i < masterKey.Length; i++)
        {
            masterKey[i] = (byte)(i * 7 + 3);
        }

        _protector = new PersonalDataProtector(masterKey);
        var data = new SyntheticData(7);
        _name = data.PersonName();
        _idNumber = data.IdNumber("410702", today: new DateOnly(2026, 11, 26));
        _record = _protector.Protect(_name, _idNumber, "13800138000");
    }

    [Benchmark(Baseline = true)]
    public byte[] Sha256OfIdNumber() => SHA256.HashData(Encoding.ASCII.GetBytes(_idNumber.Value));

    [Benchmark]
    public PersonRecord ProtectEncryptAndIndex() => _protector.Protect(_name, _idNumber, "13800138000");

    [Benchmark]
    public string BlindIndex() => _protector.BlindIndex(_idNumber);

    [Benchmark]
    public IdNumber RevealDecryptAndParse() => _protector.Reveal(_record);
}
