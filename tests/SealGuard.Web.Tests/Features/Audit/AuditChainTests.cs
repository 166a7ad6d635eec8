using System.Security.Cryptography;
using SealGuard.Web.Features.Audit;

namespace SealGuard.Web.Tests.Features.Audit;

public class AuditChainTests
{
    private static readonly DateTime At = new(2025, 6, 15, 1, 2, 3, DateTimeKind.Utc);
    private static readonly AuditChain Chain = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Genesis_is_64_zeros()
    {
        AuditChain.Genesis.ShouldBe(new string('0', 64));
    }

    [Fact]
    public void ComputeHash_is_deterministic_lower_case_HMAC_SHA_256_hex()
    {
        var hash = Chain.ComputeHash(Entry());

        Chain.ComputeHash(Entry()).ShouldBe(hash);
        hash.Length.ShouldBe(64);
        hash.ShouldAllBe(c => char.IsAsciiDigit(c) || (c >= 'a' && c <= 'f'));
    }

    [Theory]
    [InlineData(nameof(AuditEntry.Id))]
    [InlineData(nameof(AuditEntry.OccurredAt))]
    [InlineData(nameof(AuditEntry.ActorUserId))]
    [InlineData(nameof(AuditEntry.ActorName))]
    [InlineData(nameof(AuditEntry.ActorRole))]
    [InlineData(nameof(AuditEntry.ClientAddress))]
    [InlineData(nameof(AuditEntry.Action))]
    [InlineData(nameof(AuditEntry.EntityType))]
    [InlineData(nameof(AuditEntry.EntityKey))]
    [InlineData(nameof(AuditEntry.DivisionCode))]
    [InlineData(nameof(AuditEntry.Purpose))]
    [InlineData(nameof(AuditEntry.Detail))]
    [InlineData(nameof(AuditEntry.PreviousHash))]
    public void Changing_any_covered_field_changes_the_hash(string field)
    {
        var original = Chain.ComputeHash(Entry());
        var changed = Entry();

        Change(changed, field);

        Chain.ComputeHash(changed).ShouldNotBe(original);
    }

    [Theory]
    [InlineData(nameof(AuditEntry.ActorUserId))]
    [InlineData(nameof(AuditEntry.ActorRole))]
    [InlineData(nameof(AuditEntry.ClientAddress))]
    [InlineData(nameof(AuditEntry.DivisionCode))]
    [InlineData(nameof(AuditEntry.Purpose))]
    [InlineData(nameof(AuditEntry.Detail))]
    public void Clearing_an_optional_field_changes_the_hash(string field)
    {
        var original = Chain.ComputeHash(Entry());
        var cleared = Entry();

        Clear(cleared, field);

        Chain.ComputeHash(cleared).ShouldNotBe(original);
    }

    [Fact]
    public void Without_the_key_the_hash_cannot_be_reproduced()
    {
        // An attacker who rewrites rows can run the same code, but not with the deployment's key.
        var attacker = new AuditChain(RandomNumberGenerator.GetBytes(32));

        attacker.ComputeHash(Entry()).ShouldNotBe(Chain.ComputeHash(Entry()));
    }

    [Fact]
    public void A_key_shorter_than_32_bytes_is_refused()
    {
        Should.Throw<ArgumentException>(() => new AuditChain(new byte[16]));
    }

    [Fact]
    public void A_checkpoint_signature_verifies_and_breaks_when_any_field_changes()
    {
        var hash = Chain.ComputeHash(Entry());
        var checkpoint = new AuditCheckpoint(7, hash, 7, At, Chain.Sign(7, hash, 7, At));

        Chain.HasValidSignature(checkpoint).ShouldBeTrue();
        Chain.HasValidSignature(checkpoint with { LastId = 8 }).ShouldBeFalse();
        Chain.HasValidSignature(checkpoint with { LastHash = new string('1', 64) }).ShouldBeFalse();
        Chain.HasValidSignature(checkpoint with { EntryCount = 6 }).ShouldBeFalse();
        Chain.HasValidSignature(checkpoint with { WrittenAt = At.AddSeconds(1) }).ShouldBeFalse();
        new AuditChain(RandomNumberGenerator.GetBytes(32)).HasValidSignature(checkpoint).ShouldBeFalse();
    }

    [Fact]
    public void A_one_microsecond_change_of_the_time_changes_the_hash()
    {
        var later = Entry();
        later.OccurredAt = At.AddTicks(10);

        Chain.ComputeHash(later).ShouldNotBe(Chain.ComputeHash(Entry()));
    }

    [Fact]
    public void The_stored_hash_is_not_part_of_its_own_input()
    {
        var entry = Entry();
        var before = Chain.ComputeHash(entry);

        entry.Hash = new string('f', 64);

        Chain.ComputeHash(entry).ShouldBe(before);
    }

    [Fact]
    public void A_different_previous_hash_gives_a_different_hash()
    {
        var linked = Entry();
        linked.PreviousHash = Chain.ComputeHash(Entry());

        Chain.ComputeHash(linked).ShouldNotBe(Chain.ComputeHash(Entry()));
    }

    [Fact]
    public void TruncateToMicroseconds_drops_sub_microsecond_ticks_and_keeps_UTC()
    {
        var precise = At.AddTicks(1_234_567); // 123.4567 ms

        var truncated = AuditChain.TruncateToMicroseconds(precise);

        truncated.Ticks.ShouldBe(At.AddTicks(1_234_560).Ticks);
        truncated.Kind.ShouldBe(DateTimeKind.Utc);
        (precise - truncated).Ticks.ShouldBe(7);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(10L)]
    [InlineData(9_999_990L)]
    public void TruncateToMicroseconds_keeps_whole_microseconds(long extraTicks)
    {
        var value = At.AddTicks(extraTicks);

        var truncated = AuditChain.TruncateToMicroseconds(value);

        truncated.ShouldBe(value);
        truncated.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public void TruncateToMicroseconds_is_idempotent()
    {
        var once = AuditChain.TruncateToMicroseconds(At.AddTicks(9));

        AuditChain.TruncateToMicroseconds(once).ShouldBe(once);
        once.ShouldBe(At);
    }

    [Fact]
    public void A_truncated_time_hashes_like_the_untruncated_one()
    {
        // The hash text has six fraction digits, so what PostgreSQL drops cannot change the hash.
        var precise = Entry();
        precise.OccurredAt = At.AddTicks(1_234_567);
        var truncated = Entry();
        truncated.OccurredAt = AuditChain.TruncateToMicroseconds(precise.OccurredAt);

        Chain.ComputeHash(truncated).ShouldBe(Chain.ComputeHash(precise));
    }

    [Fact]
    public void A_hand_built_chain_of_three_verifies_by_recomputation()
    {
        var chain = BuildChain(3);

        ChainBreak(chain).ShouldBeNull();
        chain[0].PreviousHash.ShouldBe(AuditChain.Genesis);
        chain.Select(e => e.Hash).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Editing_the_middle_entry_breaks_the_chain_there()
    {
        var chain = BuildChain(3);

        chain[1].Detail = "edited";

        ChainBreak(chain).ShouldBe(2);
    }

    [Fact]
    public void Rehashing_an_edited_entry_breaks_the_link_of_the_next()
    {
        var chain = BuildChain(3);

        chain[1].Detail = "edited";
        chain[1].Hash = Chain.ComputeHash(chain[1]);

        ChainBreak(chain).ShouldBe(3);
    }

    [Fact]
    public void Removing_the_middle_entry_breaks_the_chain()
    {
        var chain = BuildChain(3);

        chain.RemoveAt(1);

        ChainBreak(chain).ShouldBe(2);
    }

    private static AuditEntry Entry() => new()
    {
        Id = 1,
        OccurredAt = At,
        ActorUserId = 5,
        ActorName = "民警甲",
        ActorRole = "Officer",
        ClientAddress = "10.0.0.5",
        Action = "Person.Revealed",
        EntityType = "Seal",
        EntityKey = "4107020000001",
        DivisionCode = "410702",
        Purpose = "案件核查",
        Detail = "agent",
        PreviousHash = AuditChain.Genesis,
        Hash = string.Empty,
    };

    private static void Change(AuditEntry entry, string field)
    {
        switch (field)
        {
            case nameof(AuditEntry.Id): entry.Id = 2; break;
            case nameof(AuditEntry.OccurredAt): entry.OccurredAt = At.AddSeconds(1); break;
            case nameof(AuditEntry.ActorUserId): entry.ActorUserId = 6; break;
            case nameof(AuditEntry.ActorName): entry.ActorName = "民警乙"; break;
            case nameof(AuditEntry.ActorRole): entry.ActorRole = "Admin"; break;
            case nameof(AuditEntry.ClientAddress): entry.ClientAddress = "10.0.0.6"; break;
            case nameof(AuditEntry.Action): entry.Action = "Person.Searched"; break;
            case nameof(AuditEntry.EntityType): entry.EntityType = "Filing"; break;
            case nameof(AuditEntry.EntityKey): entry.EntityKey = "4107020000002"; break;
            case nameof(AuditEntry.DivisionCode): entry.DivisionCode = "410727"; break;
            case nameof(AuditEntry.Purpose): entry.Purpose = "其他用途"; break;
            case nameof(AuditEntry.Detail): entry.Detail = "recipient"; break;
            case nameof(AuditEntry.PreviousHash): entry.PreviousHash = new string('1', 64); break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }
    }

    private static void Clear(AuditEntry entry, string field)
    {
        switch (field)
        {
            case nameof(AuditEntry.ActorUserId): entry.ActorUserId = null; break;
            case nameof(AuditEntry.ActorRole): entry.ActorRole = null; break;
            case nameof(AuditEntry.ClientAddress): entry.ClientAddress = null; break;
            case nameof(AuditEntry.DivisionCode): entry.DivisionCode = null; break;
            case nameof(AuditEntry.Purpose): entry.Purpose = null; break;
            case nameof(AuditEntry.Detail): entry.Detail = null; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, null);
        }
    }

    /// <summary>Entries with ids 1..count, each linked to the one before and hashed as the writer does.</summary>
    private static List<AuditEntry> BuildChain(int count)
    {
        var chain = new List<AuditEntry>();
        var previous = AuditChain.Genesis;
        for (var id = 1; id <= count; id++)
        {
            var entry = Entry();
            entry.Id = id;
            entry.OccurredAt = AuditChain.TruncateToMicroseconds(At.AddMilliseconds(id * 1.2345));
            entry.EntityKey = "410702000000" + id;
            entry.PreviousHash = previous;
            entry.Hash = Chain.ComputeHash(entry);
            previous = entry.Hash;
            chain.Add(entry);
        }

        return chain;
    }

    /// <summary>The verifier's walk over an in-memory chain: the id of the first entry that does not hold, or null.</summary>
    private static long? ChainBreak(List<AuditEntry> chain)
    {
        var previous = AuditChain.Genesis;
        for (var i = 0; i < chain.Count; i++)
        {
            var entry = chain[i];
            if (entry.Id != i + 1 || entry.PreviousHash != previous || Chain.ComputeHash(entry) != entry.Hash)
            {
                return i + 1;
            }

            previous = entry.Hash;
        }

        return null;
    }
}
