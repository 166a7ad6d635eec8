using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Codes;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Data;

/// <summary>The allocator's own guards, below every handler: the jurisdiction, and the warning as a division fills up.</summary>
public sealed class CodeAllocatorTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task No_code_is_allocated_outside_the_jurisdiction_or_above_county_level_whoever_asks(string provider)
    {
        var app = await apps.GetAsync(provider);
        foreach (var division in new[] { "110101", "810000", "410700", "410000" })
        {
            using var scope = app.Services.CreateScope();
            var allocator = scope.ServiceProvider.GetRequiredService<CodeAllocator>();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();

            var refused = await Should.ThrowAsync<InvalidOperationException>(() =>
                unitOfWork.ExecuteAsync(async ct => await allocator.NextAsync(CodeKind.Seal, division, ct), TestContext.Current.CancellationToken));

            refused.Message.ShouldContain(division);
        }

        (await app.WithDbAsync(db => db.CodeSequences.CountAsync(s => !s.DivisionCode.StartsWith("4107") || s.DivisionCode == "410700"))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Allocating_past_ninety_percent_of_a_divisions_space_logs_a_warning(string provider)
    {
        // Organization codes of 410773 (a development zone only the floor tests use, for seal codes).
        const string Division = "410773";
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        (await services.GetRequiredService<CodeFloorsHandler>().SetAsync(Actor.System, "org", Division, "950000", ct)).IsSuccess.ShouldBeTrue();
        var logger = new ListLogger();
        var allocator = new CodeAllocator(services.GetRequiredService<SealGuardDbContext>(), services.GetRequiredService<Jurisdiction>(), logger);

        var serial = await services.GetRequiredService<UnitOfWork>().ExecuteAsync(async c => await allocator.NextAsync(CodeKind.Organization, Division, c), ct);

        serial.Value.ShouldBeGreaterThan(950_000);
        var warning = logger.Entries.ShouldHaveSingleItem();
        warning.Level.ShouldBe(LogLevel.Warning);
        warning.Message.ShouldContain(Division);
        warning.Message.ShouldContain((OrgCode.MaxSerial - serial.Value).ToString(System.Globalization.CultureInfo.InvariantCulture) + " left");
    }

    private sealed class ListLogger : ILogger<CodeAllocator>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
