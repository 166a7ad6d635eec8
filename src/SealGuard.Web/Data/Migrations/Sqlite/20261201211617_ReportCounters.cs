using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "seal_day_counts",
                columns: table => new
                {
                    division_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    day = table.Column<int>(type: "INTEGER", nullable: false),
                    shop_id = table.Column<long>(type: "INTEGER", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seal_day_counts", x => new { x.division_code, x.day, x.shop_id, x.type, x.reason });
                });

            migrationBuilder.CreateTable(
                name: "seal_reason_month_counts",
                columns: table => new
                {
                    division_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    month = table.Column<int>(type: "INTEGER", nullable: false),
                    shop_id = table.Column<long>(type: "INTEGER", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seal_reason_month_counts", x => new { x.division_code, x.month, x.shop_id, x.type, x.reason });
                });

            // The report counters start from the seals already filed (as the dashboard's counters did).
            migrationBuilder.Sql(SqliteDialect.FillSealDayCountsSql);
            migrationBuilder.Sql(SqliteDialect.FillSealReasonMonthCountsSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "seal_day_counts");

            migrationBuilder.DropTable(
                name: "seal_reason_month_counts");
        }
    }
}
