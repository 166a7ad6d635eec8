using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Sqlite
{
    /// <summary>
    /// An FTS5 trigram index over organization names for substring search (<c>OrganizationNameSearch</c>): an external
    /// content table (the names stay only in <c>organizations</c>) kept in step by triggers, filled once here.
    /// </summary>
    public partial class OrganizationNameSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE VIRTUAL TABLE organization_names USING fts5(name, content='organizations', content_rowid='id', tokenize='trigram');");
            migrationBuilder.Sql("INSERT INTO organization_names(organization_names) VALUES ('rebuild');");
            migrationBuilder.Sql("""
                CREATE TRIGGER organization_names_insert AFTER INSERT ON organizations BEGIN
                    INSERT INTO organization_names(rowid, name) VALUES (new.id, new.name);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER organization_names_delete AFTER DELETE ON organizations BEGIN
                    INSERT INTO organization_names(organization_names, rowid, name) VALUES ('delete', old.id, old.name);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER organization_names_update AFTER UPDATE OF name ON organizations BEGIN
                    INSERT INTO organization_names(organization_names, rowid, name) VALUES ('delete', old.id, old.name);
                    INSERT INTO organization_names(rowid, name) VALUES (new.id, new.name);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER organization_names_update;");
            migrationBuilder.Sql("DROP TRIGGER organization_names_delete;");
            migrationBuilder.Sql("DROP TRIGGER organization_names_insert;");
            migrationBuilder.Sql("DROP TABLE organization_names;");
        }
    }
}
