using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Postgres
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
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "filing_number_sequences",
                columns: table => new
                {
                    shop_id = table.Column<long>(type: "bigint", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_value = table.Column<int>(type: "integer", nullable: false)
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
                    SELECT f.id, f.shop_id, EXTRACT(YEAR FROM (f.accepted_at AT TIME ZONE 'UTC') + INTERVAL '8 hours')::int AS year,
                        ROW_NUMBER() OVER (PARTITION BY f.shop_id, EXTRACT(YEAR FROM (f.accepted_at AT TIME ZONE 'UTC') + INTERVAL '8 hours') ORDER BY f.accepted_at, f.id) AS serial
                    FROM filings f)
                UPDATE filings f SET filing_number = s.shop_code || '-' || n.year::text || '-' || lpad(n.serial::text, 6, '0')
                FROM numbered n JOIN shops s ON s.id = n.shop_id WHERE f.id = n.id;
                INSERT INTO filing_number_sequences (shop_id, year, last_value)
                SELECT shop_id, substr(filing_number, 14, 4)::int, MAX(substr(filing_number, 19, 6)::int)
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

            migrationBuilder.DropColumn(
                name: "filing_number",
                table: "filings");
        }
    }
}
