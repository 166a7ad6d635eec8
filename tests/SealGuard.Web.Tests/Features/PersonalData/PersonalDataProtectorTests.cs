using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SealGuard.Core.Codes;
using SealGuard.Core.People;
using SealGuard.Core.Synthetic;
using SealGuard.Web.Features.PersonalData;

namespace SealGuard.Web.Tests.Features.PersonalData;

public class PersonalDataProtectorTests
{
    private static readonly byte[] MasterKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] OtherMasterKey = Enumerable.Range(101, 32).Select(i => (byte)i).ToArray();

    private readonly PersonalDataProtector _protector = new(MasterKey);
    private readonly SyntheticData _synthetic = new(20250615);

    [Fact]
    public void Protect_then_Reveal_gives_back_the_ID_number()
    {
        var id = _synthetic.IdNumber("410702");

        var person = _protector.Protect("王丽华", id, "13800000000");

        person.Name.ShouldBe("王丽华");
        person.Phone.ShouldBe("13800000000");
        _protector.Reveal(person).ShouldBe(id);
    }

    [Fact]
    public void An_ID_ending_in_X_round_trips()
    {
        var id = IdWithCheckCharacter('X');

        _protector.Reveal(_protector.Protect("李强", id, null)).Value.ShouldBe(id.Value);
        id.Value[^1].ShouldBe('X');
    }

    [Fact]
    public void Two_protections_of_one_ID_differ_in_ciphertext_but_share_the_blind_index()
    {
        var id = _synthetic.IdNumber("410702");

        var first = _protector.Protect("王丽华", id, null);
        var second = _protector.Protect("王丽华", id, null);

        first.IdNumberCipher.ShouldNotBe(second.IdNumberCipher);
        first.IdNumberIndex.ShouldBe(second.IdNumberIndex);
        first.IsSamePersonAs(second).ShouldBeTrue();
        _protector.Reveal(first).ShouldBe(_protector.Reveal(second));
    }

    [Fact]
    public void The_blind_index_is_a_lower_case_HMAC_SHA_256_hex_string_matching_BlindIndex()
    {
        var id = _synthetic.IdNumber("410702");

        var index = _protector.Protect("王丽华", id, null).IdNumberIndex;

        index.ShouldBe(_protector.BlindIndex(id));
        index.Length.ShouldBe(64);
        index.ShouldAllBe(c => char.IsAsciiDigit(c) || (c >= 'a' && c <= 'f'));
    }

    [Fact]
    public void Different_IDs_have_different_blind_indexes()
    {
        var a = _synthetic.IdNumber("410702");
        var b = _synthetic.IdNumber("410702");
        a.ShouldNotBe(b);

        _protector.BlindIndex(a).ShouldNotBe(_protector.BlindIndex(b));
    }

    [Fact]
    public void The_same_master_key_gives_the_same_index_across_instances()
    {
        var id = _synthetic.IdNumber("410702");

        new PersonalDataProtector((byte[])MasterKey.Clone()).BlindIndex(id).ShouldBe(_protector.BlindIndex(id));
    }

    [Fact]
    public void Different_master_keys_give_different_indexes()
    {
        var id = _synthetic.IdNumber("410702");
        var other = new PersonalDataProtector(OtherMasterKey);

        other.BlindIndex(id).ShouldNotBe(_protector.BlindIndex(id));
        other.Protect("王丽华", id, null).IsSamePersonAs(_protector.Protect("王丽华", id, null)).ShouldBeFalse();
    }

    [Fact]
    public void One_key_cannot_decrypt_the_others_ciphertext()
    {
        var id = _synthetic.IdNumber("410702");
        var other = new PersonalDataProtector(OtherMasterKey);

        Should.Throw<CryptographicException>(() => other.Reveal(_protector.Protect("王丽华", id, null)));
        Should.Throw<CryptographicException>(() => _protector.Reveal(other.Protect("王丽华", id, null)));
    }

    [Fact]
    public void Neither_the_ciphertext_nor_the_index_contains_the_ID_digits()
    {
        var id = _synthetic.IdNumber("410702");

        var person = _protector.Protect("王丽华", id, null);

        person.IdNumberCipher.ShouldStartWith("v1:");
        person.IdNumberCipher.ShouldNotContain(id.Value);
        person.IdNumberCipher.ShouldNotContain(id.Value[6..14]);
        person.IdNumberIndex.ShouldNotContain(id.Value);
        var payload = Payload(person);
        payload.AsSpan().IndexOf(Encoding.ASCII.GetBytes(id.Value)).ShouldBe(-1);
        payload.AsSpan().IndexOf(Encoding.ASCII.GetBytes(id.Value[6..14])).ShouldBe(-1);

        // 12-byte nonce + 18 bytes of ciphertext + 16-byte tag.
        payload.Length.ShouldBe(12 + 18 + 16);
    }

    [Theory]
    [InlineData(0)] // nonce
    [InlineData(11)] // nonce
    [InlineData(12)] // ciphertext
    [InlineData(29)] // ciphertext
    [InlineData(30)] // tag
    [InlineData(45)] // tag
    public void Tampering_any_byte_makes_Reveal_throw(int position)
    {
        var person = _protector.Protect("王丽华", _synthetic.IdNumber("410702"), null);
        var payload = Payload(person);
        payload[position] ^= 0x01;
        var tampered = WithCipher(person, "v1:" + Convert.ToBase64String(payload));

        Should.Throw<CryptographicException>(() => _protector.Reveal(tampered));
    }

    [Theory]
    [InlineData("v2:")]
    [InlineData("")]
    public void An_unknown_format_prefix_makes_Reveal_throw(string prefix)
    {
        var person = _protector.Protect("王丽华", _synthetic.IdNumber("410702"), null);
        var unknown = WithCipher(person, prefix + person.IdNumberCipher[3..]);

        Should.Throw<CryptographicException>(() => _protector.Reveal(unknown));
    }

    [Fact]
    public void Masked_shows_the_first_six_and_last_four_characters()
    {
        const string first17 = "41070219850305123";
        var id = IdNumber.Parse(first17 + IdNumber.ComputeCheckCharacter(first17));
        id.Value.ShouldBe("410702198503051234");

        _protector.Masked(_protector.Protect("王丽华", id, null)).ShouldBe("410702********1234");
    }

    [Fact]
    public void Masked_keeps_a_final_X()
    {
        var id = IdWithCheckCharacter('X');

        var masked = _protector.Masked(_protector.Protect("李强", id, null));

        masked.ShouldBe(string.Concat(id.Value.AsSpan(0, 6), "********", id.Value.AsSpan(14)));
        masked.ShouldEndWith("X");
        masked.ShouldNotContain(id.Value[6..14]);
    }

    private static byte[] Payload(PersonRecord person) => Convert.FromBase64String(person.IdNumberCipher["v1:".Length..]);

    private static PersonRecord WithCipher(PersonRecord person, string cipher) => new()
    {
        Name = person.Name,
        IdNumberCipher = cipher,
        IdNumberIndex = person.IdNumberIndex,
        Phone = person.Phone,
    };

    /// <summary>A made-up 410702 number (born 1985, sequence 123) whose check character is <paramref name="check"/>.</summary>
    private static IdNumber IdWithCheckCharacter(char check)
    {
        var day = new DateOnly(1985, 3, 1);
        for (var i = 0; i < 366; i++)
        {
            var first17 = string.Concat("410702", day.AddDays(i).ToString("yyyyMMdd", CultureInfo.InvariantCulture), "123");
            if (IdNumber.ComputeCheckCharacter(first17) == check)
            {
                return IdNumber.Parse(first17 + check);
            }
        }

        throw new InvalidOperationException("No date in 1985 gives that check character.");
    }
}
