using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PoliceSupervisionWatchNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "organizations",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Active");

            migrationBuilder.CreateTable(
                name: "notices",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    body = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    audience_prefix = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    published_by_user_id = table.Column<long>(type: "bigint", nullable: false),
                    published_by_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "organization_state_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organization_id = table.Column<long>(type: "bigint", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    source = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    changed_by_user_id = table.Column<long>(type: "bigint", nullable: true),
                    changed_by_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organization_state_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_organization_state_changes_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "suspicious_reports",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    division_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    shop_id = table.Column<long>(type: "bigint", nullable: true),
                    category = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    person_id_number_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    person_id_number_cipher = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    seal_code = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reported_by_user_id = table.Column<long>(type: "bigint", nullable: false),
                    reported_by_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    assignee_user_id = table.Column<long>(type: "bigint", nullable: true),
                    assignee_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    assigned_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    closed_by_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    close_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suspicious_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_suspicious_reports_shops_shop_id",
                        column: x => x.shop_id,
                        principalTable: "shops",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "watch_list",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    id_number_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    id_number_cipher = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    added_by_user_id = table.Column<long>(type: "bigint", nullable: false),
                    added_by_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    added_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    removed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    removed_by_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    removal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_watch_list", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notice_recipients",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    notice_id = table.Column<long>(type: "bigint", nullable: false),
                    shop_id = table.Column<long>(type: "bigint", nullable: false),
                    division_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    read_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    read_by_user_id = table.Column<long>(type: "bigint", nullable: true),
                    read_by_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notice_recipients", x => x.id);
                    table.ForeignKey(
                        name: "fk_notice_recipients_notices_notice_id",
                        column: x => x.notice_id,
                        principalTable: "notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_notice_recipients_shops_shop_id",
                        column: x => x.shop_id,
                        principalTable: "shops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_notice_recipients_division_code",
                table: "notice_recipients",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "ix_notice_recipients_notice_id_shop_id",
                table: "notice_recipients",
                columns: new[] { "notice_id", "shop_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_notice_recipients_shop_id_notice_id",
                table: "notice_recipients",
                columns: new[] { "shop_id", "notice_id" });

            migrationBuilder.CreateIndex(
                name: "ix_organization_state_changes_organization_id_id",
                table: "organization_state_changes",
                columns: new[] { "organization_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_suspicious_reports_division_code_id",
                table: "suspicious_reports",
                columns: new[] { "division_code", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_suspicious_reports_person_id_number_index",
                table: "suspicious_reports",
                column: "person_id_number_index");

            migrationBuilder.CreateIndex(
                name: "ix_suspicious_reports_shop_id_id",
                table: "suspicious_reports",
                columns: new[] { "shop_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_watch_list_id_number_index",
                table: "watch_list",
                column: "id_number_index",
                unique: true,
                filter: "removed_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notice_recipients");

            migrationBuilder.DropTable(
                name: "organization_state_changes");

            migrationBuilder.DropTable(
                name: "suspicious_reports");

            migrationBuilder.DropTable(
                name: "watch_list");

            migrationBuilder.DropTable(
                name: "notices");

            migrationBuilder.DropColumn(
                name: "state",
                table: "organizations");
        }
    }
}
