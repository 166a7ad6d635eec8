using BitMiracle.LibTiff.Classic;

namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>
/// LibTiff.NET's default handler writes every error and warning to stderr. This one stays silent and counts
/// errors per thread, so a decode can tell that LibTiff complained even where the call itself reported success.
/// </summary>
internal sealed class QuietTiffErrorHandler : TiffErrorHandler
{
    private static readonly QuietTiffErrorHandler Instance = new();
    private static int _installed;

    // The handler is library-wide (a static in LibTiff.NET), so the count must be per thread; decoding is synchronous.
    [ThreadStatic]
    private static int _errorCount;

    private QuietTiffErrorHandler()
    {
    }

    public static int ErrorCount => _errorCount;

    /// <summary>Installs the handler once per process.</summary>
    public static void EnsureInstalled()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            Tiff.SetErrorHandler(Instance);
        }
    }

    public static void ResetErrorCount() => _errorCount = 0;

    public override void ErrorHandler(Tiff tif, string method, string format, params object[] args) => _errorCount++;

    // LibTiff.NET may call both variants for one error; only "any error at all" matters, so counting twice is harmless.
    public override void ErrorHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args) =>
        _errorCount++;

    public override void WarningHandler(Tiff tif, string method, string format, params object[] args)
    {
        // Warnings (unknown tags and the like) do not make an image unusable.
    }

    public override void WarningHandlerExt(Tiff tif, object clientData, string method, string format, params object[] args)
    {
    }
}
