using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ShopStateAndPenalties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "shops",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Normal");

            migrationBuilder.CreateTable(
                name: "penalties",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    key = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    decision_number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    shop_id = table.Column<long>(type: "INTEGER", nullable: false),
                    staff_id = table.Column<long>(type: "INTEGER", nullable: true),
                    division_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    amount_cents = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    suspended_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    suspended_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    recorded_by_user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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
                name: "shop_state_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    key = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false),
                    shop_id = table.Column<long>(type: "INTEGER", nullable: false),
                    from_state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    to_state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    changed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor_user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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
                name: "ix_shop_state_changes_key",
                table: "shop_state_changes",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shop_state_changes_shop_id",
                table: "shop_state_changes",
                column: "shop_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "penalties");

            migrationBuilder.DropTable(
                name: "shop_state_changes");

            migrationBuilder.DropColumn(
                name: "state",
                table: "shops");
        }
    }
}
