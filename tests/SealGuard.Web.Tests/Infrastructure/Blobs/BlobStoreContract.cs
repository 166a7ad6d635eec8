using System.Security.Cryptography;
using SealGuard.Web.Infrastructure.Blobs;

namespace SealGuard.Web.Tests.Infrastructure.Blobs;

/// <summary>
/// What every <see cref="IBlobStore"/> does, run against each store by its test class (which adds what is its own:
/// the file layout, the S3 requests).
/// </summary>
public abstract class BlobStoreContract
{
    protected abstract IBlobStore Store { get; }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string?> InvalidIds => new(
        "",
        "abc",
        "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555",
        "g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "../../../../../../../../../../../../../../../../../../../etc/passwd",
        "ab/cd/../../../../../../../../../../../../../../../../../../../../",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85 ",
        null);

    /// <summary>Everything the store holds (files, object keys), temporary leftovers included.</summary>
    protected abstract Task<IReadOnlyList<string>> StoredAsync();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(300_000)]
    public async Task Stored_blob_reads_back_byte_exact_under_its_sha256(int length)
    {
        var content = RandomBytes(length, seed: length);

        var id = await Store.PutAsync(content, Ct);

        id.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(content)));
        (await ReadAsync(id)).ShouldBe(content);
        (await Store.ExistsAsync(id, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task Absent_blob_opens_as_null_and_does_not_exist()
    {
        var id = Convert.ToHexStringLower(SHA256.HashData("never stored"u8));

        (await Store.OpenReadAsync(id, Ct)).ShouldBeNull();
        (await Store.ExistsAsync(id, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_deleted_blob_is_gone_the_others_stay_and_deleting_an_absent_one_is_no_error()
    {
        var gone = await Store.PutAsync(RandomBytes(2000, seed: 21), Ct);
        var kept = await Store.PutAsync(RandomBytes(2000, seed: 22), Ct);

        await Store.DeleteAsync(gone, Ct);
        await Store.DeleteAsync(gone, Ct);

        (await Store.ExistsAsync(gone, Ct)).ShouldBeFalse();
        (await Store.OpenReadAsync(gone, Ct)).ShouldBeNull();
        (await Store.ExistsAsync(kept, Ct)).ShouldBeTrue();
        await Should.ThrowAsync<ArgumentException>(() => Store.DeleteAsync("../x", Ct));
    }

    [Fact]
    public async Task Putting_the_same_content_twice_returns_the_same_id_and_stores_it_once()
    {
        var content = RandomBytes(5000, seed: 2);

        var first = await Store.PutAsync(content, Ct);
        var second = await Store.PutAsync(content, Ct);

        second.ShouldBe(first);
        (await StoredAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_puts_of_the_same_content_all_succeed_and_leave_one_complete_blob()
    {
        var content = RandomBytes(1024 * 1024, seed: 3);
        var expected = Convert.ToHexStringLower(SHA256.HashData(content));

        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Store.PutAsync(content, Ct), Ct)));

        ids.ShouldAllBe(id => id == expected);
        (await StoredAsync()).Count.ShouldBe(1, "no temporary or partial blob may be left behind");
        (await ReadAsync(expected)).ShouldBe(content);
    }

    [Fact]
    public async Task Concurrent_puts_of_different_content_all_land()
    {
        var contents = Enumerable.Range(0, 20).Select(i => RandomBytes(10_000, seed: 100 + i)).ToArray();

        var ids = await Task.WhenAll(contents.Select(c => Task.Run(() => Store.PutAsync(c, Ct), Ct)));

        ids.Distinct().Count().ShouldBe(20);
        (await StoredAsync()).Count.ShouldBe(20);
    }

    [Fact]
    public async Task Cancelled_put_stores_nothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => Store.PutAsync(new byte[] { 1, 2, 3 }, cts.Token));

        (await StoredAsync()).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(InvalidIds))]
    public async Task Ids_that_are_not_64_lowercase_hex_characters_are_rejected(string? id)
    {
        await Should.ThrowAsync<ArgumentException>(() => Store.OpenReadAsync(id!, Ct));
        await Should.ThrowAsync<ArgumentException>(() => Store.ExistsAsync(id!, Ct));
    }

    protected static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private async Task<byte[]> ReadAsync(string id)
    {
        var stream = (await Store.OpenReadAsync(id, Ct)).ShouldNotBeNull();
        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, Ct);
            return copy.ToArray();
        }
    }
}
