using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Alerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "alert_rule_overrides",
                columns: table => new
                {
                    rule = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    value = table.Column<int>(type: "INTEGER", nullable: false),
                    changed_by_user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    changed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alert_rule_overrides", x => new { x.rule, x.key });
                    table.ForeignKey(
                        name: "fk_alert_rule_overrides_users_changed_by_user_id",
                        column: x => x.changed_by_user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "alert_watermarks",
                columns: table => new
                {
                    rule = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    position = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alert_watermarks", x => x.rule);
                });

            migrationBuilder.CreateTable(
                name: "alerts",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    rule = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    subject_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    subject_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    subject_label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    deduplication_key = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    facts = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    assignee_user_id = table.Column<long>(type: "INTEGER", nullable: true),
                    assigned_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    closed_by_user_id = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    close_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alerts", x => x.id);
                    table.ForeignKey(
                        name: "fk_alerts_users_assignee_user_id",
                        column: x => x.assignee_user_id,
                        principalTable: "users",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_alerts_users_closed_by_user_id",
                        column: x => x.closed_by_user_id,
                        principalTable: "users",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "ix_seals_awaiting_delivery_engraved_at",
                table: "seals",
                columns: new[] { "engraved_at", "id" },
                filter: "flow = 'Engraved'");

            migrationBuilder.CreateIndex(
                name: "ix_seals_awaiting_delivery_imprint_uploaded_at",
                table: "seals",
                column: "imprint_uploaded_at",
                filter: "flow = 'Engraved'");

            migrationBuilder.CreateIndex(
                name: "ix_alert_rule_overrides_changed_by_user_id",
                table: "alert_rule_overrides",
                column: "changed_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_alerts_assignee_user_id",
                table: "alerts",
                column: "assignee_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_alerts_closed_by_user_id",
                table: "alerts",
                column: "closed_by_user_id");

            migrationBuilder.CreateIndex(
                name: "ix_alerts_division_code_id",
                table: "alerts",
                columns: new[] { "division_code", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_alerts_state_rule_division_code",
                table: "alerts",
                columns: new[] { "state", "rule", "division_code" });

            migrationBuilder.CreateIndex(
                name: "ux_alerts_open_deduplication_key",
                table: "alerts",
                column: "deduplication_key",
                unique: true,
                filter: "state <> 'Closed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alert_rule_overrides");

            migrationBuilder.DropTable(
                name: "alert_watermarks");

            migrationBuilder.DropTable(
                name: "alerts");

            migrationBuilder.DropIndex(
                name: "ix_seals_awaiting_delivery_engraved_at",
                table: "seals");

            migrationBuilder.DropIndex(
                name: "ix_seals_awaiting_delivery_imprint_uploaded_at",
                table: "seals");
        }
    }
}
