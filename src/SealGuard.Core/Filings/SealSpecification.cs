namespace SealGuard.Core.Filings;

/// <summary>What to engrave: code-table values (type, material, shape, optional spec) and the inscription.</summary>
public sealed record SealSpecification(string Type, string Material, string Shape, string? Spec, string Text);
