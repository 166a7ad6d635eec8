using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SealGuard.Core.Alerts;

namespace SealGuard.Web.Features.Alerts;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    /// <summary>The predicate of the open-alert uniqueness, the same SQL on both providers (also in <see cref="AlertWriter"/>).</summary>
    public const string NotClosed = "state <> 'Closed'";

    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.ToTable("alerts");
        builder.Property(a => a.Rule).HasMaxLength(48);
        builder.Property(a => a.Severity).HasConversion<string>().HasMaxLength(8);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.SubjectKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.SubjectKey).HasMaxLength(64);
        builder.Property(a => a.SubjectLabel).HasMaxLength(100);
        builder.Property(a => a.DeduplicationKey).HasMaxLength(160);
        builder.Property(a => a.DivisionCode).HasMaxLength(6);
        builder.Property(a => a.Facts).HasMaxLength(2000);
        builder.Property(a => a.CloseNote).HasMaxLength(Alert.MaxNoteLength);
        builder.Property(a => a.Version).IsConcurrencyToken();

        // The same condition never has two alerts open (raced raisers meet here and do nothing).
        builder.HasIndex(a => a.DeduplicationKey).IsUnique().HasFilter(NotClosed).HasDatabaseName("ux_alerts_open_deduplication_key");

        // The list: jurisdiction ranges newest first, and by state and rule (the dashboard counts open alerts by rule).
        builder.HasIndex(a => new { a.DivisionCode, a.Id });
        builder.HasIndex(a => new { a.State, a.Rule, a.DivisionCode });
        builder.HasOne<Identity.User>().WithMany().HasForeignKey(a => a.AssigneeUserId);
        builder.HasOne<Identity.User>().WithMany().HasForeignKey(a => a.ClosedByUserId);
    }
}

internal sealed class AlertRuleOverrideConfiguration : IEntityTypeConfiguration<AlertRuleOverride>
{
    public void Configure(EntityTypeBuilder<AlertRuleOverride> builder)
    {
        builder.ToTable("alert_rule_overrides");
        builder.HasKey(o => new { o.Rule, o.Key });
        builder.Property(o => o.Rule).HasMaxLength(48);
        builder.Property(o => o.Key).HasMaxLength(32);
        builder.HasOne<Identity.User>().WithMany().HasForeignKey(o => o.ChangedByUserId);
    }
}

internal sealed class AlertWatermarkConfiguration : IEntityTypeConfiguration<AlertWatermark>
{
    public void Configure(EntityTypeBuilder<AlertWatermark> builder)
    {
        builder.ToTable("alert_watermarks");
        builder.HasKey(w => w.Rule);
        builder.Property(w => w.Rule).HasMaxLength(48);
    }
}
