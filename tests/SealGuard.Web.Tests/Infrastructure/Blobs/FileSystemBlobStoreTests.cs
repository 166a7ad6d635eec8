using System.Text;
using SealGuard.Web.Infrastructure.Blobs;

namespace SealGuard.Web.Tests.Infrastructure.Blobs;

public sealed class FileSystemBlobStoreTests : BlobStoreContract, IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("sealguard-blobs-");
    private readonly FileSystemBlobStore _store;

    public FileSystemBlobStoreTests()
    {
        _store = new FileSystemBlobStore(_root.FullName);
    }

    protected override IBlobStore Store => _store;

    public void Dispose() => _root.Delete(recursive: true);

    protected override Task<IReadOnlyList<string>> StoredAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. Directory.EnumerateFiles(_root.FullName, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("nested", StringComparison.Ordinal))]);

    [Fact]
    public async Task A_blob_is_a_file_under_two_fan_out_levels_of_its_id()
    {
        var content = Encoding.UTF8.GetBytes("印模 imprint");

        var id = await _store.PutAsync(content, Ct);

        var path = Path.Combine(_root.FullName, id[..2], id[2..4], id);
        (await StoredAsync()).ShouldBe([path]);
        (await File.ReadAllBytesAsync(path, Ct)).ShouldBe(content);
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
}
