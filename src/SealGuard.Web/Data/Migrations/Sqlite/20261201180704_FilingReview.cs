using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FilingReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "suspended",
                table: "seals",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "resubmitted_at",
                table: "filings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "return_reason_codes",
                table: "filings",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "review_note",
                table: "filings",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "review_state",
                table: "filings",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Pending"); // Hand-edited: filings filed before the review existed await it.

            migrationBuilder.AddColumn<DateTime>(
                name: "reviewed_at",
                table: "filings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "reviewed_by_user_id",
                table: "filings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_filings_review_state_id",
                table: "filings",
                columns: new[] { "review_state", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_filings_review_state_id",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "suspended",
                table: "seals");

            migrationBuilder.DropColumn(
                name: "resubmitted_at",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "return_reason_codes",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "review_note",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "review_state",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "reviewed_at",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "reviewed_by_user_id",
                table: "filings");
        }
    }
}
