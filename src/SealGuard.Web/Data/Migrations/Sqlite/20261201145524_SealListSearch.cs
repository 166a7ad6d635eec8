using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// The seal lists' orders and the name search on the seal row: <c>seals.organization_name</c> (filled here from the
    /// organizations, then kept in step by <c>SealOrganizationNamesParticipant</c>) with an FTS5 trigram external-content
    /// table <c>seal_organization_names</c> kept in step by triggers; (column, id) indexes for each sort order.
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
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("UPDATE seals SET organization_name = (SELECT name FROM organizations WHERE organizations.id = seals.organization_id);");

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

            migrationBuilder.Sql("CREATE VIRTUAL TABLE seal_organization_names USING fts5(organization_name, content='seals', content_rowid='id', tokenize='trigram');");
            migrationBuilder.Sql("INSERT INTO seal_organization_names(seal_organization_names) VALUES ('rebuild');");
            migrationBuilder.Sql("""
                CREATE TRIGGER seal_organization_names_insert AFTER INSERT ON seals BEGIN
                    INSERT INTO seal_organization_names(rowid, organization_name) VALUES (new.id, new.organization_name);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER seal_organization_names_delete AFTER DELETE ON seals BEGIN
                    INSERT INTO seal_organization_names(seal_organization_names, rowid, organization_name) VALUES ('delete', old.id, old.organization_name);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER seal_organization_names_update AFTER UPDATE OF organization_name ON seals BEGIN
                    INSERT INTO seal_organization_names(seal_organization_names, rowid, organization_name) VALUES ('delete', old.id, old.organization_name);
                    INSERT INTO seal_organization_names(rowid, organization_name) VALUES (new.id, new.organization_name);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER seal_organization_names_update;");
            migrationBuilder.Sql("DROP TRIGGER seal_organization_names_delete;");
            migrationBuilder.Sql("DROP TRIGGER seal_organization_names_insert;");
            migrationBuilder.Sql("DROP TABLE seal_organization_names;");

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

            // SQLite drops the column in place (3.35+); EF's table rebuild would lose the indexes other migrations added by SQL.
            migrationBuilder.Sql("ALTER TABLE seals DROP COLUMN organization_name;");

            migrationBuilder.CreateIndex(
                name: "ix_seals_accepted_at",
                table: "seals",
                column: "accepted_at");
        }
    }
}
