using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Filings;
using SealGuard.Core.Inspections;
using SealGuard.Core.Organizations;
using SealGuard.Core.Shops;
using SealGuard.Core.Supervision;
using SealGuard.Web.Features.Audit;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.Reports;
using SealGuard.Web.Features.Seals;

namespace SealGuard.Web.Data;

/// <summary>
/// The one DbContext. Each provider has a subclass only so that its migrations live apart
/// (<see cref="SqliteSealGuardDbContext"/>, <see cref="PostgresSealGuardDbContext"/>); the model is shared.
/// </summary>
public abstract class SealGuardDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Seal> Seals => Set<Seal>();
    public DbSet<SealEvent> SealEvents => Set<SealEvent>();
    public DbSet<Filing> Filings => Set<Filing>();
    public DbSet<FilingDocument> FilingDocuments => Set<FilingDocument>();
    public DbSet<StagedDocument> StagedDocuments => Set<StagedDocument>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationChange> OrganizationChanges => Set<OrganizationChange>();
    public DbSet<OrganizationStateChange> OrganizationStateChanges => Set<OrganizationStateChange>();
    public DbSet<EngravingShop> Shops => Set<EngravingShop>();
    public DbSet<ShopStaff> ShopStaff => Set<ShopStaff>();
    public DbSet<ShopFiling> ShopFilings => Set<ShopFiling>();
    public DbSet<ShopStateChange> ShopStateChanges => Set<ShopStateChange>();
    public DbSet<Penalty> Penalties => Set<Penalty>();
    public DbSet<CodeTableEntry> CodeTableEntries => Set<CodeTableEntry>();
    public DbSet<User> Users => Set<User>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<PersonSearchToken> PersonSearchTokens => Set<PersonSearchToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<CodeSequence> CodeSequences => Set<CodeSequence>();
    public DbSet<FilingNumberSequence> FilingNumberSequences => Set<FilingNumberSequence>();
    public DbSet<SealCount> SealCounts => Set<SealCount>();
    public DbSet<SealMonthCount> SealMonthCounts => Set<SealMonthCount>();
    public DbSet<SealDayCount> SealDayCounts => Set<SealDayCount>();
    public DbSet<SealReasonMonthCount> SealReasonMonthCounts => Set<SealReasonMonthCount>();
    public DbSet<WatchListEntry> WatchList => Set<WatchListEntry>();
    public DbSet<SuspiciousReport> SuspiciousReports => Set<SuspiciousReport>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<NoticeRecipient> NoticeRecipients => Set<NoticeRecipient>();
    public DbSet<ChecklistTemplate> ChecklistTemplates => Set<ChecklistTemplate>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<Rectification> Rectifications => Set<Rectification>();

    /// <summary>What this context's provider does differently; fixed by the context type, so it always matches the connection.</summary>
    public abstract DatabaseDialect Dialect { get; }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Times are stored as UTC; reading them back must say so on both providers.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SealGuardDbContext).Assembly);

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

public sealed class SqliteSealGuardDbContext(DbContextOptions<SqliteSealGuardDbContext> options) : SealGuardDbContext(options)
{
    public override DatabaseDialect Dialect => SqliteDialect.Instance;
}

public sealed class PostgresSealGuardDbContext(DbContextOptions<PostgresSealGuardDbContext> options) : SealGuardDbContext(options)
{
    public override DatabaseDialect Dialect => PostgresDialect.Instance;
}
