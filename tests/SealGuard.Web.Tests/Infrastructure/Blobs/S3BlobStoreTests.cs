using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Amazon.S3;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using SealGuard.Web.Features.Filings;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Tests.Features.Filings;

namespace SealGuard.Web.Tests.Infrastructure.Blobs;

/// <summary>The S3 blob store against s3rver, which checks SigV4 signatures and payload hashes (see s3rver-host.js).</summary>
public sealed class S3BlobStoreTests : IClassFixture<S3rverFixture>, IDisposable
{
    private readonly S3rverFixture _s3;
    private readonly AmazonS3Client _client;
    private readonly string _prefix = "t-" + Guid.NewGuid().ToString("N");
    private readonly S3BlobStore _store;

    public S3BlobStoreTests(S3rverFixture s3)
    {
        _s3 = s3;
        _client = s3.CreateClient();
        _store = new S3BlobStore(_client, S3rverFixture.Bucket, _prefix);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Put_returns_the_lowercase_sha256_and_stores_one_object_under_the_prefix_with_two_fan_out_levels()
    {
        var content = "印模 imprint"u8.ToArray();
        var expected = Convert.ToHexStringLower(SHA256.HashData(content));

        var id = await _store.PutAsync(content, Ct);

        id.ShouldBe(expected);
        (await _s3.KeysAsync(_prefix)).ShouldBe([$"{_prefix}/{id[..2]}/{id[2..4]}/{id}"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(300_000)]
    public async Task Stored_blob_reads_back_byte_exact(int length)
    {
        var content = RandomBytes(length, seed: length);
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
    public async Task The_upload_signs_the_payload_sha256_and_sends_it_as_the_checksum()
    {
        var content = RandomBytes(10_000, seed: 7);
        var hash = SHA256.HashData(content);

        var id = await _store.PutAsync(content, Ct);

        var put = _s3.Requests.Single(r => r.Method == "PUT" && r.Path.EndsWith(id, StringComparison.Ordinal));
        put.Status.ShouldBe(200);
        put.ContentSha256.ShouldBe(id);
        put.ChecksumSha256.ShouldBe(Convert.ToBase64String(hash));
    }

    [Fact]
    public async Task Putting_the_same_content_twice_uploads_once_and_returns_the_same_id()
    {
        var content = RandomBytes(5000, seed: 2);

        var first = await _store.PutAsync(content, Ct);
        var second = await _store.PutAsync(content, Ct);

        second.ShouldBe(first);
        (await _s3.KeysAsync(_prefix)).Count.ShouldBe(1);
        var requests = _s3.Requests.Where(r => r.Path.EndsWith(first, StringComparison.Ordinal)).Select(r => r.Method).ToList();
        requests.ShouldBe(["HEAD", "PUT", "HEAD"], "the second put only asks whether the object exists");
    }

    [Fact]
    public async Task Absent_blob_opens_as_null_and_does_not_exist()
    {
        var id = Convert.ToHexStringLower(SHA256.HashData("never stored"u8));

        (await _store.OpenReadAsync(id, Ct)).ShouldBeNull();
        (await _store.ExistsAsync(id, Ct)).ShouldBeFalse();
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
    [InlineData(null)]
    public async Task Ids_that_are_not_64_lowercase_hex_characters_are_rejected_before_any_request(string? id)
    {
        var before = _s3.Requests.Count;

        await Should.ThrowAsync<ArgumentException>(() => _store.OpenReadAsync(id!, Ct));
        await Should.ThrowAsync<ArgumentException>(() => _store.ExistsAsync(id!, Ct));

        _s3.Requests.Count.ShouldBe(before);
    }

    [Fact]
    public async Task A_wrong_secret_key_is_refused_by_the_signature_check_with_a_clear_message()
    {
        var content = RandomBytes(1000, seed: 11);
        var id = await _store.PutAsync(content, Ct);
        using var wrongClient = _s3.CreateClient(secretKey: "not-the-secret");
        var wrong = new S3BlobStore(wrongClient, S3rverFixture.Bucket, _prefix);

        var put = await Should.ThrowAsync<InvalidOperationException>(() => wrong.PutAsync(RandomBytes(1000, seed: 12), Ct));
        var read = await Should.ThrowAsync<InvalidOperationException>(() => wrong.OpenReadAsync(id, Ct));

        // A HEAD answer has no body: the status and the hint say what is wrong.
        put.Message.ShouldContain("403 Forbidden");
        put.Message.ShouldContain("SealGuard:Blobs:S3:AccessKey and SecretKey");
        put.InnerException.ShouldBeOfType<AmazonS3Exception>().StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A GET answer names the error.
        read.Message.ShouldContain("SignatureDoesNotMatch");
        (await _s3.KeysAsync(_prefix)).ShouldBe([_store.KeyOf(id)], "nothing was written with the wrong key");
    }

    [Fact]
    public async Task Concurrent_puts_of_the_same_content_all_succeed_and_leave_one_complete_object()
    {
        var content = RandomBytes(1024 * 1024, seed: 3);
        var expected = Convert.ToHexStringLower(SHA256.HashData(content));

        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _store.PutAsync(content, Ct), Ct)));

        ids.ShouldAllBe(id => id == expected);
        (await _s3.KeysAsync(_prefix)).ShouldBe([_store.KeyOf(expected)]);
        var stream = (await _store.OpenReadAsync(expected, Ct)).ShouldNotBeNull();
        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy, Ct);
            copy.ToArray().ShouldBe(content);
        }
    }

    [Fact]
    public async Task Concurrent_puts_of_different_content_all_land()
    {
        var contents = Enumerable.Range(0, 20).Select(i => RandomBytes(10_000, seed: 100 + i)).ToArray();

        var ids = await Task.WhenAll(contents.Select(c => Task.Run(() => _store.PutAsync(c, Ct), Ct)));

        ids.Distinct().Count().ShouldBe(20);
        (await _s3.KeysAsync(_prefix)).Count.ShouldBe(20);
    }

    [Fact]
    public async Task Cancelled_put_stores_nothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => _store.PutAsync(new byte[] { 1, 2, 3 }, cts.Token));

        (await _s3.KeysAsync(_prefix)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("/", "")]
    [InlineData("sealguard", "sealguard/")]
    [InlineData("/sealguard/blobs/", "sealguard/blobs/")]
    public void Keys_are_the_prefix_then_two_fan_out_levels(string? prefix, string expectedPrefix)
    {
        const string Id = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        new S3BlobStore(_client, S3rverFixture.Bucket, prefix).KeyOf(Id).ShouldBe(expectedPrefix + "e3/b0/" + Id);
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}

/// <summary>The app with <c>SealGuard:Blobs:Provider=S3</c>: uploads through the real API land in s3rver's bucket.</summary>
public sealed class S3BlobStoreAppTests(S3rverFixture s3) : IClassFixture<S3rverFixture>
{
    [Fact]
    public async Task An_imprint_uploaded_through_the_api_lands_in_the_bucket_and_reads_back()
    {
        var prefix = "app-" + Guid.NewGuid().ToString("N");
        await using var app = await SealGuardApp.StartAsync(TestDatabase.Sqlite, settings =>
        {
            settings["SealGuard:DemoOrganizations"] = "0";
            settings["SealGuard:Blobs:Provider"] = "S3";
            settings["SealGuard:Blobs:S3:ServiceUrl"] = s3.ServiceUrl;
            settings["SealGuard:Blobs:S3:Bucket"] = S3rverFixture.Bucket;
            settings["SealGuard:Blobs:S3:Prefix"] = prefix;
            settings["SealGuard:Blobs:S3:AccessKey"] = S3rverFixture.AccessKey;
            settings["SealGuard:Blobs:S3:SecretKey"] = S3rverFixture.SecretKey;
        });
        var shop = await app.SignInAsync("shop.demo");
        var code = (await shop.FileAndEngraveAsync()).Seals[0].SealCode;
        var png = TestData.Png(320, 240);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(png));

        var upload = await shop.UploadImprintAsync(code, png);

        await upload.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await upload.Content.ReadFromJsonAsync<ImprintView>(FilingSteps.Json, TestContext.Current.CancellationToken))!.Sha256.ShouldBe(sha256);
        var stored = await app.WithDbAsync(db => db.Seals.Where(s => s.SealCode == code)
            .Select(s => new[] { s.Imprint!.OriginalSha256, s.Imprint.NormalizedSha256, s.Imprint.ThumbnailSha256 })
            .SingleAsync(TestContext.Current.CancellationToken));
        stored[0].ShouldBe(sha256);

        // The original, the normalized image and the thumbnail: one object each, or one for all that are the same bytes.
        (await s3.KeysAsync(prefix)).ShouldBe(stored.Distinct().Select(id => $"{prefix}/{id[..2]}/{id[2..4]}/{id}"), ignoreOrder: true);
        using (var client = s3.CreateClient())
        using (var original = await client.GetObjectAsync(S3rverFixture.Bucket, $"{prefix}/{sha256[..2]}/{sha256[2..4]}/{sha256}", TestContext.Current.CancellationToken))
        using (var copy = new MemoryStream())
        {
            await original.ResponseStream.CopyToAsync(copy, TestContext.Current.CancellationToken);
            copy.ToArray().ShouldBe(png);
        }

        var served = await shop.GetAsync($"/api/v1/seals/{code}/imprint/Original", TestContext.Current.CancellationToken);
        await served.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await served.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).ShouldBe(png);
        var thumbnail = await shop.GetAsync($"/api/v1/seals/{code}/imprint/Thumbnail", TestContext.Current.CancellationToken);
        await thumbnail.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Directory.Exists(Path.Combine(app.DataDirectory, "blobs")).ShouldBeFalse("no blob went to the file system");
    }
}

/// <summary><c>SealGuard:Blobs</c> is checked when the app starts: a bad S3 configuration is refused, naming the keys.</summary>
public sealed class S3BlobConfigurationTests
{
    [Fact]
    public void S3_without_service_url_bucket_or_keys_is_refused_naming_every_missing_key()
    {
        var error = Should.Throw<InvalidOperationException>(() => Start(new() { ["SealGuard:Blobs:Provider"] = "S3" }));

        error.Message.ShouldStartWith("SealGuard:Blobs:Provider is S3, but:");
        error.Message.ShouldContain("SealGuard:Blobs:S3:ServiceUrl is required");
        error.Message.ShouldContain("SealGuard:Blobs:S3:Bucket is required");
        error.Message.ShouldContain("SealGuard:Blobs:S3:AccessKey is required");
        error.Message.ShouldContain("SealGuard:Blobs:S3:SecretKey is required");
    }

    [Theory]
    [InlineData("minio.internal:9000", "sealguard", "is not an absolute http(s) URL")]
    [InlineData("ftp://minio.internal", "sealguard", "is not an absolute http(s) URL")]
    [InlineData("http://minio.internal:9000", "sealguard/imprints", "must be a bare bucket name")]
    public void A_malformed_service_url_or_bucket_is_refused(string serviceUrl, string bucket, string problem)
    {
        var error = Should.Throw<InvalidOperationException>(() => Start(new()
        {
            ["SealGuard:Blobs:Provider"] = "S3",
            ["SealGuard:Blobs:S3:ServiceUrl"] = serviceUrl,
            ["SealGuard:Blobs:S3:Bucket"] = bucket,
            ["SealGuard:Blobs:S3:AccessKey"] = "key",
            ["SealGuard:Blobs:S3:SecretKey"] = "secret",
        }));

        error.Message.ShouldContain(problem);
    }

    private static void Start(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development", DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddSealGuardCore();
    }
}
