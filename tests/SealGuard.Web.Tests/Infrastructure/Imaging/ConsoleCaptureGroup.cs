namespace SealGuard.Web.Tests.Infrastructure.Imaging;

/// <summary>Tests that swap Console.Error run alone, since the console is process-wide.</summary>
[CollectionDefinition(nameof(ConsoleCaptureGroup), DisableParallelization = true)]
public sealed class ConsoleCaptureGroup;
