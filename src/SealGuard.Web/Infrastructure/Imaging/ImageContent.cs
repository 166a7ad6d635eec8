namespace SealGuard.Web.Infrastructure.Imaging;

/// <summary>An image read back from the blob store, with the media type it is served as.</summary>
public sealed record ImageContent(Stream Content, string ContentType);
