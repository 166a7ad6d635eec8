using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// The seal lists' orders and the name search on the seal row: <c>seals.organization_name</c> (filled here from the
    /// organizations, then kept in step by <c>SealOrganizationNamesParticipant</c>) with a trigram GIN index, so LIKE
    /// '%…%' finds matching seals without the organizations; (column, id) indexes for each sort order.
    /// </summary>
    public partial class SealListSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_seals_accepted_at",
                table: "seals");

            migrationBuilder.AddColumn<string>(
                name: "organization_name",
                table: "seals",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("UPDATE seals s SET organization_name = o.name FROM organizations o WHERE o.id = s.organization_id;");

            migrationBuilder.CreateIndex(
                name: "ix_seals_accepted_at_id",
                table: "seals",
                columns: new[] { "accepted_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_seals_organization_name_id",
                table: "seals",
                columns: new[] { "organization_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_seals_recipient_name",
                table: "seals",
                column: "recipient_name");

            migrationBuilder.CreateIndex(
                name: "ix_seals_type_id",
                table: "seals",
                columns: new[] { "type", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_organizations_legal_rep_name",
                table: "organizations",
                column: "legal_rep_name");

            migrationBuilder.CreateIndex(
                name: "ix_filings_agent_name",
                table: "filings",
                column: "agent_name");

            migrationBuilder.Sql("CREATE INDEX ix_seals_organization_name_trgm ON seals USING gin (organization_name gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_seals_organization_name_trgm;");

            migrationBuilder.DropIndex(
                name: "ix_seals_accepted_at_id",
                table: "seals");

            migrationBuilder.DropIndex(
                name: "ix_seals_organization_name_id",
                table: "seals");

            migrationBuilder.DropIndex(
                name: "ix_seals_recipient_name",
                table: "seals");

            migrationBuilder.DropIndex(
                name: "ix_seals_type_id",
                table: "seals");

            migrationBuilder.DropIndex(
                name: "ix_organizations_legal_rep_name",
                table: "organizations");

            migrationBuilder.DropIndex(
                name: "ix_filings_agent_name",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "organization_name",
                table: "seals");

            migrationBuilder.CreateIndex(
                name: "ix_seals_accepted_at",
                table: "seals",
                column: "accepted_at");
        }
    }
}
