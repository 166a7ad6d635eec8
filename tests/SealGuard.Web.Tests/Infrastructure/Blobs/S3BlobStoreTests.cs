using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Amazon.S3;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Blobs;

namespace SealGuard.Web.Tests.Infrastructure.Blobs;

/// <summary>The S3 blob store against s3rver, which checks SigV4 signatures and payload hashes (see s3rver-host.js).</summary>
public sealed class S3BlobStoreTests : BlobStoreContract, IClassFixture<S3rverFixture>, IDisposable
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

    protected override IBlobStore Store => _store;

    public void Dispose() => _client.Dispose();

    protected override async Task<IReadOnlyList<string>> StoredAsync() => await _s3.KeysAsync(_prefix);

    [Fact]
    public async Task A_blob_is_one_object_under_the_prefix_and_two_fan_out_levels_of_its_id()
    {
        var id = await _store.PutAsync("印模 imprint"u8.ToArray(), Ct);

        (await StoredAsync()).ShouldBe([$"{_prefix}/{id[..2]}/{id[2..4]}/{id}"]);
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
    public async Task The_second_put_of_the_same_content_only_asks_whether_it_exists()
    {
        var content = RandomBytes(5000, seed: 4);

        var id = await _store.PutAsync(content, Ct);
        await _store.PutAsync(content, Ct);

        _s3.Requests.Where(r => r.Path.EndsWith(id, StringComparison.Ordinal)).Select(r => r.Method).ShouldBe(["HEAD", "PUT", "HEAD"]);
    }

    [Theory]
    [MemberData(nameof(InvalidIds))]
    public async Task An_invalid_id_is_refused_before_any_request(string? id)
    {
        var before = _s3.Requests.Count;

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
        // The intake's staged materials are already in the bucket; the imprint adds its own objects.
        var before = await s3.KeysAsync(prefix);
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
        (await s3.KeysAsync(prefix)).Except(before).ShouldBe(stored.Distinct().Select(id => $"{prefix}/{id[..2]}/{id[2..4]}/{id}"), ignoreOrder: true);
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
