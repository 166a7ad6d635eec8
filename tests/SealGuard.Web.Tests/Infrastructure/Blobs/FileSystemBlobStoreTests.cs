using System.Security.Cryptography;
using System.Text;
using SealGuard.Web.Infrastructure.Blobs;

namespace SealGuard.Web.Tests.Infrastructure.Blobs;

public sealed class FileSystemBlobStoreTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sealguard-blobs-");
    private readonly FileSystemBlobStore _store;

    public FileSystemBlobStoreTests()
    {
        _store = new FileSystemBlobStore(_root.FullName);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public async Task Put_returns_the_lowercase_sha256_and_stores_under_two_fan_out_levels()
    {
        var content = Encoding.UTF8.GetBytes("印模 imprint");
        var expected = Convert.ToHexStringLower(SHA256.HashData(content));

        var id = await _store.PutAsync(content, Ct);

        id.ShouldBe(expected);
        id.Length.ShouldBe(64);
        var path = Path.Combine(_root.FullName, id[..2], id[2..4], id);
        File.Exists(path).ShouldBeTrue();
        (await File.ReadAllBytesAsync(path, Ct)).ShouldBe(content);
    }

    [Fact]
    public async Task Stored_blob_can_be_opened_and_read_back()
    {
        var content = RandomBytes(100_000, seed: 1);
        var id = await _store.PutAsync(content, Ct);

        var stream = await _store.OpenReadAsync(id, Ct);

        stream.ShouldNotBeNull();
        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, Ct);
            copy.ToArray().ShouldBe(content);
        }

        (await _store.ExistsAsync(id, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task Absent_blob_opens_as_null_and_does_not_exist()
    {
        var id = Convert.ToHexStringLower(SHA256.HashData("never stored"u8));

        (await _store.OpenReadAsync(id, Ct)).ShouldBeNull();
        (await _store.ExistsAsync(id, Ct)).ShouldBeFalse();
    }

    [Fact]
    public async Task Putting_the_same_content_twice_is_idempotent()
    {
        var content = RandomBytes(5000, seed: 2);

        var first = await _store.PutAsync(content, Ct);
        var second = await _store.PutAsync(content, Ct);

        second.ShouldBe(first);
        AllFiles().ShouldBe([Path.Combine(_root.FullName, first[..2], first[2..4], first)]);
    }

    [Fact]
    public async Task Different_content_gets_different_ids()
    {
        var a = await _store.PutAsync(new byte[] { 1 }, Ct);
        var b = await _store.PutAsync(new byte[] { 2 }, Ct);

        a.ShouldNotBe(b);
        AllFiles().Count.ShouldBe(2);
    }

    [Fact]
    public async Task Empty_content_is_a_valid_blob()
    {
        var id = await _store.PutAsync(ReadOnlyMemory<byte>.Empty, Ct);

        id.ShouldBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        (await _store.ExistsAsync(id, Ct)).ShouldBeTrue();
    }

    [Fact]
    public async Task Concurrent_puts_of_the_same_content_all_succeed_and_leave_one_complete_file()
    {
        var content = RandomBytes(2 * 1024 * 1024, seed: 3);
        var expected = Convert.ToHexStringLower(SHA256.HashData(content));

        var ids = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => _store.PutAsync(content, Ct), Ct)));

        ids.ShouldAllBe(id => id == expected);
        var files = AllFiles();
        files.Count.ShouldBe(1, "no temporary files may be left behind");
        (await File.ReadAllBytesAsync(files[0], Ct)).ShouldBe(content);
    }

    [Fact]
    public async Task Concurrent_puts_of_different_content_all_land()
    {
        var contents = Enumerable.Range(0, 20).Select(i => RandomBytes(10_000, seed: 100 + i)).ToArray();

        var ids = await Task.WhenAll(contents.Select(c => Task.Run(() => _store.PutAsync(c, Ct), Ct)));

        ids.Distinct().Count().ShouldBe(20);
        AllFiles().Count.ShouldBe(20);
    }

    [Fact]
    public async Task Cancelled_put_stores_nothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => _store.PutAsync(new byte[] { 1, 2, 3 }, cts.Token));

        AllFiles().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555")]
    [InlineData("g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("../../../../../../../../../../../../../../../../../../../etc/passwd")]
    [InlineData("ab/cd/../../../../../../../../../../../../../../../../../../../../")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85 ")]
    public async Task Ids_that_are_not_64_lowercase_hex_characters_are_rejected(string id)
    {
        await Should.ThrowAsync<ArgumentException>(() => _store.OpenReadAsync(id, Ct));
        await Should.ThrowAsync<ArgumentException>(() => _store.ExistsAsync(id, Ct));
    }

    [Fact]
    public async Task Null_id_is_rejected()
    {
        await Should.ThrowAsync<ArgumentException>(() => _store.OpenReadAsync(null!, Ct));
        await Should.ThrowAsync<ArgumentException>(() => _store.ExistsAsync(null!, Ct));
    }

    [Fact]
    public void Root_directory_is_created_when_missing()
    {
        var root = Path.Combine(_root.FullName, "nested", "blobs");

        _ = new FileSystemBlobStore(root);

        Directory.Exists(root).ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_root_directory_is_rejected(string root)
    {
        Should.Throw<ArgumentException>(() => new FileSystemBlobStore(root));
    }

    private List<string> AllFiles() =>
        [.. Directory.EnumerateFiles(_root.FullName, "*", SearchOption.AllDirectories).Where(f => !f.Contains("nested", StringComparison.Ordinal))];

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
