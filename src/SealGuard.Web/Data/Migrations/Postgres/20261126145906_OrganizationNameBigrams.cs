using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// Chinese brand names are mostly two characters, too short for trigrams: a GIN index over each name's two-character
    /// pieces answers a two-character term exactly (<c>OrganizationNameSearch</c>).
    /// </summary>
    public partial class OrganizationNameBigrams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION sealguard_bigrams(text) RETURNS text[]
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT ARRAY(SELECT DISTINCT substr($1, i, 2) FROM generate_series(1, char_length($1) - 1) AS i) $$;
                """);
            migrationBuilder.Sql("CREATE INDEX ix_organizations_name_bigrams ON organizations USING gin (sealguard_bigrams(name));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_organizations_name_bigrams;");
            migrationBuilder.Sql("DROP FUNCTION sealguard_bigrams(text);");
        }
    }
}
