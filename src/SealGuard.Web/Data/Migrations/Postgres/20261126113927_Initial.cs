using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor_user_id = table.Column<long>(type: "bigint", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    actor_role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    client_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    entity_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "code_sequences",
                columns: table => new
                {
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    division_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    last_value = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_code_sequences", x => new { x.kind, x.division_code });
                });

            migrationBuilder.CreateTable(
                name: "code_table_entries",
                columns: table => new
                {
                    table = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    is_standard = table.Column<bool>(type: "boolean", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_code_table_entries", x => new { x.table, x.code });
                });

            migrationBuilder.CreateTable(
                name: "organizations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    org_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    type = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    division_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    legal_rep_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    legal_rep_id_number_cipher = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    legal_rep_id_number_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    legal_rep_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    registered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organizations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "shops",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    shop_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    division_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    filed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shops", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "filings",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    shop_id = table.Column<long>(type: "bigint", nullable: false),
                    organization_id = table.Column<long>(type: "bigint", nullable: false),
                    reason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    agent_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    agent_id_number_cipher = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    agent_id_number_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    agent_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    legal_rep_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    legal_rep_id_number_cipher = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    legal_rep_id_number_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    legal_rep_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    accepted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    accepted_by_user_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filings", x => x.id);
                    table.ForeignKey(
                        name: "fk_filings_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_filings_shops_shop_id",
                        column: x => x.shop_id,
                        principalTable: "shops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shop_staff",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    shop_id = table.Column<long>(type: "bigint", nullable: false),
                    person_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    person_id_number_cipher = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    person_id_number_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    person_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    registered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shop_staff", x => x.id);
                    table.ForeignKey(
                        name: "fk_shop_staff_shops_shop_id",
                        column: x => x.shop_id,
                        principalTable: "shops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    display_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    password_hash = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    shop_id = table.Column<long>(type: "bigint", nullable: true),
                    jurisdiction = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    failed_login_count = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    is_disabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                    table.ForeignKey(
                        name: "fk_users_shops_shop_id",
                        column: x => x.shop_id,
                        principalTable: "shops",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "filing_documents",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    filing_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    normalized_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    byte_size = table.Column<long>(type: "bigint", nullable: false),
                    width_px = table.Column<int>(type: "integer", nullable: false),
                    height_px = table.Column<int>(type: "integer", nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    uploaded_by_user_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filing_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_filing_documents_filings_filing_id",
                        column: x => x.filing_id,
                        principalTable: "filings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "seals",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    seal_code = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    division_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    filing_id = table.Column<long>(type: "bigint", nullable: false),
                    organization_id = table.Column<long>(type: "bigint", nullable: false),
                    shop_id = table.Column<long>(type: "bigint", nullable: false),
                    type = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    material = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    shape = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    spec = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    reason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    flow = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    life = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    accepted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    engraved_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    delivered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    reported_lost_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    surrendered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    scrapped_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    engraver_staff_id = table.Column<long>(type: "bigint", nullable: true),
                    recipient_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    recipient_id_number_cipher = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    recipient_id_number_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    recipient_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    imprint_original_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    imprint_normalized_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    imprint_thumbnail_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    imprint_format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    imprint_byte_size = table.Column<long>(type: "bigint", nullable: true),
                    imprint_width_px = table.Column<int>(type: "integer", nullable: true),
                    imprint_height_px = table.Column<int>(type: "integer", nullable: true),
                    imprint_dpi_x = table.Column<double>(type: "double precision", nullable: true),
                    imprint_dpi_y = table.Column<double>(type: "double precision", nullable: true),
                    imprint_uploaded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seals", x => x.id);
                    table.ForeignKey(
                        name: "fk_seals_filings_filing_id",
                        column: x => x.filing_id,
                        principalTable: "filings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_seals_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_seals_shop_staff_engraver_staff_id",
                        column: x => x.engraver_staff_id,
                        principalTable: "shop_staff",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_seals_shops_shop_id",
                        column: x => x.shop_id,
                        principalTable: "shops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "seal_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    seal_id = table.Column<long>(type: "bigint", nullable: false),
                    action = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor_user_id = table.Column<long>(type: "bigint", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    from_flow = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    to_flow = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    from_life = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    to_life = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seal_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_seal_events_seals_seal_id",
                        column: x => x.seal_id,
                        principalTable: "seals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_actor_user_id_occurred_at",
                table: "audit_entries",
                columns: new[] { "actor_user_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_key",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_key" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_occurred_at",
                table: "audit_entries",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_filing_documents_filing_id",
                table: "filing_documents",
                column: "filing_id");

            migrationBuilder.CreateIndex(
                name: "ix_filings_agent_id_number_index",
                table: "filings",
                column: "agent_id_number_index");

            migrationBuilder.CreateIndex(
                name: "ix_filings_legal_rep_id_number_index",
                table: "filings",
                column: "legal_rep_id_number_index");

            migrationBuilder.CreateIndex(
                name: "ix_filings_organization_id",
                table: "filings",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_filings_shop_id_id",
                table: "filings",
                columns: new[] { "shop_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_organizations_credit_code",
                table: "organizations",
                column: "credit_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organizations_division_code",
                table: "organizations",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_legal_rep_id_number_index",
                table: "organizations",
                column: "legal_rep_id_number_index");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_name",
                table: "organizations",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_organizations_org_code",
                table: "organizations",
                column: "org_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_seal_events_seal_id_id",
                table: "seal_events",
                columns: new[] { "seal_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_seals_accepted_at",
                table: "seals",
                column: "accepted_at");

            migrationBuilder.CreateIndex(
                name: "ix_seals_delivered_at",
                table: "seals",
                column: "delivered_at");

            migrationBuilder.CreateIndex(
                name: "ix_seals_division_code_id",
                table: "seals",
                columns: new[] { "division_code", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_seals_engraver_staff_id",
                table: "seals",
                column: "engraver_staff_id");

            migrationBuilder.CreateIndex(
                name: "ix_seals_filing_id",
                table: "seals",
                column: "filing_id");

            migrationBuilder.CreateIndex(
                name: "ix_seals_life_id",
                table: "seals",
                columns: new[] { "life", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_seals_organization_id_type",
                table: "seals",
                columns: new[] { "organization_id", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_seals_recipient_id_number_index",
                table: "seals",
                column: "recipient_id_number_index");

            migrationBuilder.CreateIndex(
                name: "ix_seals_seal_code",
                table: "seals",
                column: "seal_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_seals_shop_id_id",
                table: "seals",
                columns: new[] { "shop_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_shop_staff_person_id_number_index",
                table: "shop_staff",
                column: "person_id_number_index");

            migrationBuilder.CreateIndex(
                name: "ix_shop_staff_shop_id",
                table: "shop_staff",
                column: "shop_id");

            migrationBuilder.CreateIndex(
                name: "ix_shops_division_code",
                table: "shops",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "ix_shops_name",
                table: "shops",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_shops_shop_code",
                table: "shops",
                column: "shop_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_users_shop_id",
                table: "users",
                column: "shop_id");

            migrationBuilder.CreateIndex(
                name: "ix_users_user_name",
                table: "users",
                column: "user_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "code_sequences");

            migrationBuilder.DropTable(
                name: "code_table_entries");

            migrationBuilder.DropTable(
                name: "filing_documents");

            migrationBuilder.DropTable(
                name: "seal_events");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "seals");

            migrationBuilder.DropTable(
                name: "filings");

            migrationBuilder.DropTable(
                name: "shop_staff");

            migrationBuilder.DropTable(
                name: "organizations");

            migrationBuilder.DropTable(
                name: "shops");
        }
    }
}
