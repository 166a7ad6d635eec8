using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ShopFilings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shop_filings",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    key = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    shop_id = table.Column<long>(type: "INTEGER", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    licence_number = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    licence_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    licence_file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    licence_format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    licence_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    licence_normalized_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    licence_thumbnail_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    licence_width_px = table.Column<int>(type: "INTEGER", nullable: true),
                    licence_height_px = table.Column<int>(type: "INTEGER", nullable: true),
                    legal_representative_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    legal_representative_id_number_cipher = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    legal_representative_id_number_index = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    legal_representative_phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    manager_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    manager_id_number_cipher = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    manager_id_number_index = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    manager_phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    staff_ids = table.Column<string>(type: "TEXT", nullable: false),
                    equipment = table.Column<string>(type: "TEXT", nullable: false),
                    floor_plan_file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    floor_plan_format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    floor_plan_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    floor_plan_normalized_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    floor_plan_thumbnail_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    floor_plan_width_px = table.Column<int>(type: "INTEGER", nullable: true),
                    floor_plan_height_px = table.Column<int>(type: "INTEGER", nullable: true),
                    security_rules = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    submitted_by_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    decided_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_by_user_id = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_by_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    return_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shop_filings", x => x.id);
                    table.ForeignKey(
                        name: "fk_shop_filings_shops_shop_id",
                        column: x => x.shop_id,
                        principalTable: "shops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_shop_filings_key",
                table: "shop_filings",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shop_filings_legal_representative_id_number_index",
                table: "shop_filings",
                column: "legal_representative_id_number_index");

            migrationBuilder.CreateIndex(
                name: "ix_shop_filings_manager_id_number_index",
                table: "shop_filings",
                column: "manager_id_number_index");

            migrationBuilder.CreateIndex(
                name: "ix_shop_filings_shop_id_number",
                table: "shop_filings",
                columns: new[] { "shop_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shop_filings_state_shop_id",
                table: "shop_filings",
                columns: new[] { "state", "shop_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shop_filings");
        }
    }
}
