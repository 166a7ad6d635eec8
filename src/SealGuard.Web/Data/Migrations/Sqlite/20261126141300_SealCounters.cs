using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SealCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "seal_counts",
                columns: table => new
                {
                    division_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    shop_id = table.Column<long>(type: "INTEGER", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    life = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seal_counts", x => new { x.division_code, x.shop_id, x.type, x.life });
                });

            migrationBuilder.CreateTable(
                name: "seal_month_counts",
                columns: table => new
                {
                    division_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    month = table.Column<int>(type: "INTEGER", nullable: false),
                    count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seal_month_counts", x => new { x.division_code, x.month });
                });

            // Seals filed before this migration are counted once here; from now on every save moves the counters.
            migrationBuilder.Sql(DatabaseDialect.FillSealCounts);
            migrationBuilder.Sql(SqliteDialect.FillSealMonthCountsSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "seal_counts");

            migrationBuilder.DropTable(
                name: "seal_month_counts");
        }
    }
}
