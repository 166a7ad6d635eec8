using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilingNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "filing_number",
                table: "filings",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "filing_number_sequences",
                columns: table => new
                {
                    shop_id = table.Column<long>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last_value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_filing_number_sequences", x => new { x.shop_id, x.year });
                    table.ForeignKey(
                        name: "fk_filing_number_sequences_shops_shop_id",
                        column: x => x.shop_id,
                        principalTable: "shops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Existing filings are numbered in intake order per shop and China-time year, and the counters continue after them.
            migrationBuilder.Sql("""
                WITH numbered AS (
                    SELECT f.id, s.shop_code || '-' || strftime('%Y', f.accepted_at, '+8 hours') || '-'
                        || printf('%06d', ROW_NUMBER() OVER (PARTITION BY f.shop_id, strftime('%Y', f.accepted_at, '+8 hours') ORDER BY f.accepted_at, f.id)) AS number
                    FROM filings f JOIN shops s ON s.id = f.shop_id)
                UPDATE filings SET filing_number = (SELECT number FROM numbered WHERE numbered.id = filings.id);
                INSERT INTO filing_number_sequences (shop_id, year, last_value)
                SELECT shop_id, CAST(substr(filing_number, 14, 4) AS INTEGER), MAX(CAST(substr(filing_number, 19, 6) AS INTEGER))
                FROM filings GROUP BY shop_id, substr(filing_number, 14, 4);
                """);

            migrationBuilder.CreateIndex(
                name: "ix_filings_filing_number",
                table: "filings",
                column: "filing_number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "filing_number_sequences");

            migrationBuilder.DropIndex(
                name: "ix_filings_filing_number",
                table: "filings");

            // SQLite drops the column in place (3.35+); EF's table rebuild would lose the indexes other migrations added by SQL.
            migrationBuilder.Sql("ALTER TABLE filings DROP COLUMN filing_number;");
        }
    }
}
