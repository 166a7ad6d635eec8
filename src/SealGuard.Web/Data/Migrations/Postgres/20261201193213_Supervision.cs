using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Supervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_active",
                table: "shop_staff");

            migrationBuilder.AddColumn<long>(
                name: "staff_id",
                table: "users",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "shops",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Normal");

            migrationBuilder.AddColumn<DateOnly>(
                name: "deregistered_on",
                table: "shop_staff",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deregistration_reason",
                table: "shop_staff",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "return_reason",
                table: "shop_staff",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "start_date",
                table: "shop_staff",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "shop_staff",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Accepted");

            // Hand-written: staff registered before this migration were filed by the police with their shop (accepted, the
            // default above) and started on the day they were registered (China date).
            migrationBuilder.Sql("UPDATE shop_staff SET start_date = (registered_at AT TIME ZONE 'Asia/Shanghai')::date;");

            migrationBuilder.AddColumn<bool>(
                name: "suspended",
                table: "seals",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "organizations",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Active");

            migrationBuilder.AddColumn<DateTime>(
                name: "resubmitted_at",
                table: "filings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "return_reason_codes",
                table: "filings",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "review_note",
                table: "filings",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "review_state",
                table: "filings",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Pending"); // Hand-edited: filings filed before the review existed await it.

            migrationBuilder.AddColumn<DateTime>(
                name: "reviewed_at",
                table: "filings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "reviewed_by_user_id",
                table: "filings",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "alert_rule_overrides",
                columns: table => new
                {
                    rule = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    value = table.Column<int>(type: "integer", nullable: false),
                    changed_by_user_id = table.Column<long>(type: "bigint", nullable: false),
                    changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    rule = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    position = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alert_watermarks", x => x.rule);
                });

            migrationBuilder.CreateTable(
                name: "alerts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    rule = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    severity = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    subject_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    subject_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    subject_label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    deduplication_key = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    division_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    facts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    assignee_user_id = table.Column<long>(type: "bigint", nullable: true),
                    assigned_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    closed_by_user_id = table.Column<long>(type: "bigint", nullable: true),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    close_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "checklist_templates",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    lineage = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    superseded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checklist_templates", x => x.id);
                });

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
                name: "penalties",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    decision_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    shop_id = table.Column<long>(type: "bigint", nullable: false),
                    staff_id = table.Column<long>(type: "bigint", nullable: true),
                    division_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount_cents = table.Column<long>(type: "bigint", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    suspended_from = table.Column<DateOnly>(type: "date", nullable: true),
                    suspended_to = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_by_user_id = table.Column<long>(type: "bigint", nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_penalties", x => x.id);
                    table.ForeignKey(
                        name: "fk_penalties_shop_staff_staff_id",
                        column: x => x.staff_id,
                        principalTable: "shop_staff",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_penalties_shops_shop_id",
                        column: x => x.shop_id,
                        principalTable: "shops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_search_tokens",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_id = table.Column<long>(type: "bigint", nullable: false),
                    session_id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    id_number_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    id_number_masked = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    person_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_search_tokens", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "shop_staff_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    staff_id = table.Column<long>(type: "bigint", nullable: false),
                    action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    to_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor_user_id = table.Column<long>(type: "bigint", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shop_staff_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_shop_staff_events_shop_staff_staff_id",
                        column: x => x.staff_id,
                        principalTable: "shop_staff",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shop_state_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    shop_id = table.Column<long>(type: "bigint", nullable: false),
                    from_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    to_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor_user_id = table.Column<long>(type: "bigint", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shop_state_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_shop_state_changes_shops_shop_id",
                        column: x => x.shop_id,
                        principalTable: "shops",
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
                name: "checklist_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    template_id = table.Column<long>(type: "bigint", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checklist_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_checklist_items_checklist_templates_template_id",
                        column: x => x.template_id,
                        principalTable: "checklist_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspections",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    shop_id = table.Column<long>(type: "bigint", nullable: false),
                    template_id = table.Column<long>(type: "bigint", nullable: false),
                    inspected_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    officers = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    accuracy_meters = table.Column<double>(type: "double precision", nullable: true),
                    location_source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    notes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    recorded_by_user_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspections", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspections_checklist_templates_template_id",
                        column: x => x.template_id,
                        principalTable: "checklist_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inspections_shops_shop_id",
                        column: x => x.shop_id,
                        principalTable: "shops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "inspection_photos",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    inspection_id = table.Column<long>(type: "bigint", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    thumbnail_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    byte_size = table.Column<long>(type: "bigint", nullable: false),
                    width_px = table.Column<int>(type: "integer", nullable: false),
                    height_px = table.Column<int>(type: "integer", nullable: false),
                    uploaded_by_user_id = table.Column<long>(type: "bigint", nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_photos", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_photos_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inspection_results",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    inspection_id = table.Column<long>(type: "bigint", nullable: false),
                    item_id = table.Column<long>(type: "bigint", nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_results", x => x.id);
                    table.ForeignKey(
                        name: "fk_inspection_results_checklist_items_item_id",
                        column: x => x.item_id,
                        principalTable: "checklist_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inspection_results_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rectifications",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    inspection_id = table.Column<long>(type: "bigint", nullable: false),
                    shop_id = table.Column<long>(type: "bigint", nullable: false),
                    issued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rectifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_rectifications_inspections_inspection_id",
                        column: x => x.inspection_id,
                        principalTable: "inspections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rectifications_shops_shop_id",
                        column: x => x.shop_id,
                        principalTable: "shops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rechecks",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    rectification_id = table.Column<long>(type: "bigint", nullable: false),
                    decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    new_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    officers = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    notes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    rectified_count = table.Column<int>(type: "integer", nullable: false),
                    item_count = table.Column<int>(type: "integer", nullable: false),
                    recorded_by_user_id = table.Column<long>(type: "bigint", nullable: false),
                    rechecked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rechecks", x => x.id);
                    table.ForeignKey(
                        name: "fk_rechecks_rectifications_rectification_id",
                        column: x => x.rectification_id,
                        principalTable: "rectifications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rectification_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    rectification_id = table.Column<long>(type: "bigint", nullable: false),
                    item_id = table.Column<long>(type: "bigint", nullable: false),
                    finding = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    shop_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    shop_photo_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    shop_photo_thumbnail_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    marked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    rectified = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rectification_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_rectification_items_checklist_items_item_id",
                        column: x => x.item_id,
                        principalTable: "checklist_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_rectification_items_rectifications_rectification_id",
                        column: x => x.rectification_id,
                        principalTable: "rectifications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_users_staff_id",
                table: "users",
                column: "staff_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shop_staff_state_shop_id",
                table: "shop_staff",
                columns: new[] { "state", "shop_id" });

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
                name: "ix_filings_review_state_id",
                table: "filings",
                columns: new[] { "review_state", "id" });

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

            migrationBuilder.CreateIndex(
                name: "ix_checklist_items_template_id",
                table: "checklist_items",
                column: "template_id");

            migrationBuilder.CreateIndex(
                name: "ix_checklist_templates_key",
                table: "checklist_templates",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_checklist_templates_lineage_number",
                table: "checklist_templates",
                columns: new[] { "lineage", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspection_photos_inspection_id",
                table: "inspection_photos",
                column: "inspection_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_results_inspection_id",
                table: "inspection_results",
                column: "inspection_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_results_item_id",
                table: "inspection_results",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_inspections_inspected_at",
                table: "inspections",
                column: "inspected_at");

            migrationBuilder.CreateIndex(
                name: "ix_inspections_key",
                table: "inspections",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspections_shop_id_inspected_at",
                table: "inspections",
                columns: new[] { "shop_id", "inspected_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inspections_template_id",
                table: "inspections",
                column: "template_id");

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
                name: "ix_penalties_decision_number",
                table: "penalties",
                column: "decision_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_penalties_division_code",
                table: "penalties",
                column: "division_code");

            migrationBuilder.CreateIndex(
                name: "ix_penalties_key",
                table: "penalties",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_penalties_shop_id_type",
                table: "penalties",
                columns: new[] { "shop_id", "type" });

            migrationBuilder.CreateIndex(
                name: "ix_penalties_staff_id",
                table: "penalties",
                column: "staff_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_search_tokens_expires_at",
                table: "person_search_tokens",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_person_search_tokens_token_hash",
                table: "person_search_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rechecks_rectification_id",
                table: "rechecks",
                column: "rectification_id");

            migrationBuilder.CreateIndex(
                name: "ix_rectification_items_item_id",
                table: "rectification_items",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_rectification_items_rectification_id",
                table: "rectification_items",
                column: "rectification_id");

            migrationBuilder.CreateIndex(
                name: "ix_rectifications_inspection_id",
                table: "rectifications",
                column: "inspection_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rectifications_key",
                table: "rectifications",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rectifications_shop_id_state",
                table: "rectifications",
                columns: new[] { "shop_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_rectifications_state_deadline",
                table: "rectifications",
                columns: new[] { "state", "deadline" });

            migrationBuilder.CreateIndex(
                name: "ix_shop_staff_events_key",
                table: "shop_staff_events",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shop_staff_events_staff_id_id",
                table: "shop_staff_events",
                columns: new[] { "staff_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_shop_state_changes_key",
                table: "shop_state_changes",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shop_state_changes_shop_id",
                table: "shop_state_changes",
                column: "shop_id");

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

            migrationBuilder.AddForeignKey(
                name: "fk_users_shop_staff_staff_id",
                table: "users",
                column: "staff_id",
                principalTable: "shop_staff",
                principalColumn: "id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_users_shop_staff_staff_id",
                table: "users");

            migrationBuilder.DropTable(
                name: "alert_rule_overrides");

            migrationBuilder.DropTable(
                name: "alert_watermarks");

            migrationBuilder.DropTable(
                name: "alerts");

            migrationBuilder.DropTable(
                name: "inspection_photos");

            migrationBuilder.DropTable(
                name: "inspection_results");

            migrationBuilder.DropTable(
                name: "notice_recipients");

            migrationBuilder.DropTable(
                name: "organization_state_changes");

            migrationBuilder.DropTable(
                name: "penalties");

            migrationBuilder.DropTable(
                name: "person_search_tokens");

            migrationBuilder.DropTable(
                name: "rechecks");

            migrationBuilder.DropTable(
                name: "rectification_items");

            migrationBuilder.DropTable(
                name: "shop_staff_events");

            migrationBuilder.DropTable(
                name: "shop_state_changes");

            migrationBuilder.DropTable(
                name: "suspicious_reports");

            migrationBuilder.DropTable(
                name: "watch_list");

            migrationBuilder.DropTable(
                name: "notices");

            migrationBuilder.DropTable(
                name: "checklist_items");

            migrationBuilder.DropTable(
                name: "rectifications");

            migrationBuilder.DropTable(
                name: "inspections");

            migrationBuilder.DropTable(
                name: "checklist_templates");

            migrationBuilder.DropIndex(
                name: "ix_users_staff_id",
                table: "users");

            migrationBuilder.DropIndex(
                name: "ix_shop_staff_state_shop_id",
                table: "shop_staff");

            migrationBuilder.DropIndex(
                name: "ix_seals_awaiting_delivery_engraved_at",
                table: "seals");

            migrationBuilder.DropIndex(
                name: "ix_seals_awaiting_delivery_imprint_uploaded_at",
                table: "seals");

            migrationBuilder.DropIndex(
                name: "ix_filings_review_state_id",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "staff_id",
                table: "users");

            migrationBuilder.DropColumn(
                name: "state",
                table: "shops");

            migrationBuilder.DropColumn(
                name: "deregistered_on",
                table: "shop_staff");

            migrationBuilder.DropColumn(
                name: "deregistration_reason",
                table: "shop_staff");

            migrationBuilder.DropColumn(
                name: "return_reason",
                table: "shop_staff");

            migrationBuilder.DropColumn(
                name: "start_date",
                table: "shop_staff");

            migrationBuilder.DropColumn(
                name: "state",
                table: "shop_staff");

            migrationBuilder.DropColumn(
                name: "suspended",
                table: "seals");

            migrationBuilder.DropColumn(
                name: "state",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "resubmitted_at",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "return_reason_codes",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "review_note",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "review_state",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "reviewed_at",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "reviewed_by_user_id",
                table: "filings");

            migrationBuilder.AddColumn<bool>(
                name: "is_active",
                table: "shop_staff",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }
    }
}
