using System.Collections.Concurrent;
using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Blobs;

namespace SealGuard.Web.Tests.Infrastructure.Blobs;

/// <summary>One request as s3rver-host.js saw it (after its signature and payload checks).</summary>
public sealed record S3rverRequest(string Method, string Path, string? ContentSha256, string? ChecksumSha256, int Status);

/// <summary>
/// A real S3 protocol peer for the tests: s3rver (npm, installed by the build) on 127.0.0.1 with a free port and a
/// temporary directory, run through <c>s3rver-host.js</c>, which adds the SigV4 signature and payload checks s3rver
/// lacks. The bucket <see cref="Bucket"/> is created through the S3 API. Without Node.js or s3rver the tests fail; they
/// never skip.
/// </summary>
public sealed class S3rverFixture : IAsyncLifetime
{
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";
    public const string Bucket = "sealguard-tests";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("sealguard-s3rver-");
    private readonly ConcurrentQueue<S3rverRequest> _requests = new();
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;

    public string ServiceUrl { get; private set; } = "";

    /// <summary>Every request s3rver answered so far, in order.</summary>
    public IReadOnlyList<S3rverRequest> Requests => [.. _requests];

    public S3BlobOptions Options(string? secretKey = null, string? prefix = null) => new()
    {
        ServiceUrl = ServiceUrl,
        Bucket = Bucket,
        Prefix = prefix,
        AccessKey = AccessKey,
        SecretKey = secretKey ?? SecretKey,
    };

    /// <summary>A client configured exactly as the app configures its own.</summary>
    public AmazonS3Client CreateClient(string? secretKey = null) => S3BlobStore.CreateClient(Options(secretKey));

    /// <summary>The keys in the bucket under <paramref name="prefix"/>, listed through the S3 API.</summary>
    public async Task<List<string>> KeysAsync(string prefix)
    {
        using var client = CreateClient();
        var response = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, Prefix = prefix });
        return [.. (response.S3Objects ?? []).Select(o => o.Key).Order(StringComparer.Ordinal)];
    }

    public async ValueTask InitializeAsync()
    {
        var projectDirectory = typeof(S3rverFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "TestProjectDirectory").Value!;
        var script = Path.Combine(projectDirectory, "Infrastructure", "Blobs", "s3rver-host.js");
        var package = Path.Combine(projectDirectory, "node_modules", "s3rver", "package.json");
        if (!File.Exists(package))
        {
            throw new InvalidOperationException(
                $"s3rver is not installed ({package} is missing). Building the test project runs `npm ci` in {projectDirectory}: build it with Node.js and npm on PATH.");
        }

        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, _directory.FullName },
            WorkingDirectory = projectDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("The S3 blob store tests need Node.js (`node` on PATH) to run s3rver; install Node.js 20 or later.", ex);
        }

        _process.OutputDataReceived += (_, e) => OnOutput(e.Data);
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        int port;
        try
        {
            port = await _listening.Task.WaitAsync(StartTimeout);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            throw new InvalidOperationException($"s3rver did not start within {StartTimeout.TotalSeconds} s. Its errors:\n{Errors}", ex);
        }

        ServiceUrl = $"http://127.0.0.1:{port}";
        await CreateBucketWhenAnsweringAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            // s3rver-host.js exits when its stdin closes; kill it if it does not.
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }

        _directory.Delete(recursive: true);
    }

    private string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            _listening.TrySetException(new InvalidOperationException("s3rver exited."));
            return;
        }

        if (!line.StartsWith('{'))
        {
            // Not one of s3rver-host.js's JSON lines (a warning of some package): keep it for the failure message.
            lock (_errors)
            {
                _errors.AppendLine(line);
            }

            return;
        }

        using var json = JsonDocument.Parse(line);
        if (json.RootElement.TryGetProperty("listening", out var port))
        {
            _listening.TrySetResult(port.GetInt32());
        }
        else if (json.RootElement.TryGetProperty("request", out var request))
        {
            _requests.Enqueue(request.Deserialize<S3rverRequest>(Json)!);
        }
    }

    private async Task CreateBucketWhenAnsweringAsync()
    {
        using var client = CreateClient();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await client.PutBucketAsync(Bucket);
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or AmazonServiceException && deadline.Elapsed < StartTimeout)
            {
                await Task.Delay(100);
            }
        }
    }
}
