using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Inspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "checklist_templates",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    key = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    lineage = table.Column<Guid>(type: "TEXT", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    superseded_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checklist_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "checklist_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    template_id = table.Column<long>(type: "INTEGER", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    key = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    shop_id = table.Column<long>(type: "INTEGER", nullable: false),
                    template_id = table.Column<long>(type: "INTEGER", nullable: false),
                    inspected_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    officers = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    latitude = table.Column<double>(type: "REAL", nullable: true),
                    longitude = table.Column<double>(type: "REAL", nullable: true),
                    accuracy_meters = table.Column<double>(type: "REAL", nullable: true),
                    location_source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by_user_id = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "inspection_photos",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    inspection_id = table.Column<long>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    thumbnail_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    byte_size = table.Column<long>(type: "INTEGER", nullable: false),
                    width_px = table.Column<int>(type: "INTEGER", nullable: false),
                    height_px = table.Column<int>(type: "INTEGER", nullable: false),
                    uploaded_by_user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    inspection_id = table.Column<long>(type: "INTEGER", nullable: false),
                    item_id = table.Column<long>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    key = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    inspection_id = table.Column<long>(type: "INTEGER", nullable: false),
                    shop_id = table.Column<long>(type: "INTEGER", nullable: false),
                    issued_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    changed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    rectification_id = table.Column<long>(type: "INTEGER", nullable: false),
                    decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    new_deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    officers = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    rectified_count = table.Column<int>(type: "INTEGER", nullable: false),
                    item_count = table.Column<int>(type: "INTEGER", nullable: false),
                    recorded_by_user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    rechecked_at = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    rectification_id = table.Column<long>(type: "INTEGER", nullable: false),
                    item_id = table.Column<long>(type: "INTEGER", nullable: false),
                    finding = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    shop_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    shop_photo_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    shop_photo_thumbnail_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    marked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    rectified = table.Column<bool>(type: "INTEGER", nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_photos");

            migrationBuilder.DropTable(
                name: "inspection_results");

            migrationBuilder.DropTable(
                name: "rechecks");

            migrationBuilder.DropTable(
                name: "rectification_items");

            migrationBuilder.DropTable(
                name: "checklist_items");

            migrationBuilder.DropTable(
                name: "rectifications");

            migrationBuilder.DropTable(
                name: "inspections");

            migrationBuilder.DropTable(
                name: "checklist_templates");
        }
    }
}
