using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// A trigram GIN index for organization name substring search (<c>OrganizationNameSearch</c>): LIKE '%…%' reads it
    /// instead of scanning every organization. pg_trgm counts CJK characters as word characters only under a UTF-8
    /// LC_CTYPE (C.UTF-8, zh_CN.UTF-8…), as the database is created.
    /// </summary>
    public partial class OrganizationNameSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A trusted extension: the database owner may create it.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX ix_organizations_name_trgm ON organizations USING gin (name gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_organizations_name_trgm;");
        }
    }
}
