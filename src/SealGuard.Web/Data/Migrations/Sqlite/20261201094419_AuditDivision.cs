using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Sqlite
{
    /// <summary>The division of what an audit entry touched, so supervisors read only their jurisdiction's entries.</summary>
    public partial class AuditDivision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "division_code",
                table: "audit_entries",
                type: "TEXT",
                maxLength: 6,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_division_code_id",
                table: "audit_entries",
                columns: new[] { "division_code", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_entries_division_code_id",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "division_code",
                table: "audit_entries");
        }
    }
}
