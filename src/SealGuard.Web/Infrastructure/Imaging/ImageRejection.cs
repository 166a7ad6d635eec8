namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>Why an upload was refused.</summary>
/// <param name="Code">Stable machine-readable code, one of <see cref="ImageRejectionCodes"/>.</param>
/// <param name="Message">User-facing message in Simplified Chinese.</param>
public sealed record ImageRejection(string Code, string Message);
