using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrganizationRecordsChangesReplacements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "replaces_seal_id",
                table: "seals",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "organization_address",
                table: "filings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "organization_division_code",
                table: "filings",
                type: "character varying(6)",
                maxLength: 6,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "organization_name",
                table: "filings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "organization_type",
                table: "filings",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            // Filings made before this migration present what the master record says now (the closest record there is).
            migrationBuilder.Sql("""
                UPDATE filings SET
                    organization_name = (SELECT o.name FROM organizations o WHERE o.id = filings.organization_id),
                    organization_type = (SELECT o.type FROM organizations o WHERE o.id = filings.organization_id),
                    organization_division_code = (SELECT o.division_code FROM organizations o WHERE o.id = filings.organization_id),
                    organization_address = (SELECT o.address FROM organizations o WHERE o.id = filings.organization_id)
                """);

            migrationBuilder.CreateTable(
                name: "organization_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organization_id = table.Column<long>(type: "bigint", nullable: false),
                    shop_id = table.Column<long>(type: "bigint", nullable: false),
                    division_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    old_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    new_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    old_legal_rep_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    old_legal_rep_id_number_cipher = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    old_legal_rep_id_number_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    old_legal_rep_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    new_legal_rep_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    new_legal_rep_id_number_cipher = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    new_legal_rep_id_number_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    new_legal_rep_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    filed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    filed_by_user_id = table.Column<long>(type: "bigint", nullable: false),
                    reviewed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reviewed_by_user_id = table.Column<long>(type: "bigint", nullable: true),
                    review_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organization_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_organization_changes_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_organization_changes_shops_shop_id",
                        column: x => x.shop_id,
                        principalTable: "shops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "organization_change_seals",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    organization_change_id = table.Column<long>(type: "bigint", nullable: false),
                    seal_id = table.Column<long>(type: "bigint", nullable: false),
                    seal_code = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organization_change_seals", x => x.id);
                    table.ForeignKey(
                        name: "fk_organization_change_seals_organization_changes_organization",
                        column: x => x.organization_change_id,
                        principalTable: "organization_changes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_organization_change_seals_seals_seal_id",
                        column: x => x.seal_id,
                        principalTable: "seals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_seals_replaces_seal_id",
                table: "seals",
                column: "replaces_seal_id");

            migrationBuilder.CreateIndex(
                name: "ix_organization_change_seals_organization_change_id",
                table: "organization_change_seals",
                column: "organization_change_id");

            migrationBuilder.CreateIndex(
                name: "ix_organization_change_seals_seal_id",
                table: "organization_change_seals",
                column: "seal_id");

            migrationBuilder.CreateIndex(
                name: "ix_organization_changes_division_code_id",
                table: "organization_changes",
                columns: new[] { "division_code", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_organization_changes_new_legal_rep_id_number_index",
                table: "organization_changes",
                column: "new_legal_rep_id_number_index");

            migrationBuilder.CreateIndex(
                name: "ix_organization_changes_old_legal_rep_id_number_index",
                table: "organization_changes",
                column: "old_legal_rep_id_number_index");

            migrationBuilder.CreateIndex(
                name: "ix_organization_changes_organization_id",
                table: "organization_changes",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_organization_changes_shop_id_id",
                table: "organization_changes",
                columns: new[] { "shop_id", "id" });

            migrationBuilder.AddForeignKey(
                name: "fk_seals_seals_replaces_seal_id",
                table: "seals",
                column: "replaces_seal_id",
                principalTable: "seals",
                principalColumn: "id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_seals_seals_replaces_seal_id",
                table: "seals");

            migrationBuilder.DropTable(
                name: "organization_change_seals");

            migrationBuilder.DropTable(
                name: "organization_changes");

            migrationBuilder.DropIndex(
                name: "ix_seals_replaces_seal_id",
                table: "seals");

            migrationBuilder.DropColumn(
                name: "replaces_seal_id",
                table: "seals");

            migrationBuilder.DropColumn(
                name: "organization_address",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "organization_division_code",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "organization_name",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "organization_type",
                table: "filings");
        }
    }
}
