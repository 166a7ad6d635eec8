namespace SealGuard.Core.Filings;

/// <summary>Who caused a lifecycle event, as recorded in the seal's history.</summary>
public sealed record EventActor(long UserId, string UserName);
