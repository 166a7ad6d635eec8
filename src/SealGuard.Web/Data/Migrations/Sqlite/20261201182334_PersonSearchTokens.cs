using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonSearchTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "person_search_tokens",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    user_id = table.Column<long>(type: "INTEGER", nullable: false),
                    session_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    id_number_index = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    id_number_masked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    person_name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_search_tokens", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_person_search_tokens_expires_at",
                table: "person_search_tokens",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_person_search_tokens_token_hash",
                table: "person_search_tokens",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "person_search_tokens");
        }
    }
}
