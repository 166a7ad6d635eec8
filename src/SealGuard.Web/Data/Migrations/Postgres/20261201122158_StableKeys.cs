using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StableKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "key",
                table: "shops",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "shops",
                type: "bigint",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AddColumn<Guid>(
                name: "key",
                table: "shop_staff",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "shop_staff",
                type: "bigint",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AlterColumn<long>(
                name: "version",
                table: "seals",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<Guid>(
                name: "key",
                table: "seals",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "key",
                table: "seal_events",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "seal_events",
                type: "bigint",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AddColumn<Guid>(
                name: "key",
                table: "organizations",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "organizations",
                type: "bigint",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AddColumn<Guid>(
                name: "key",
                table: "filings",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "filings",
                type: "bigint",
                nullable: false,
                defaultValue: 1L);

            migrationBuilder.AddColumn<Guid>(
                name: "key",
                table: "filing_documents",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "filing_documents",
                type: "bigint",
                nullable: false,
                defaultValue: 1L);

            // Rows from before this migration get random (version 4) keys; seals restart their version at 1 like every other row.
            foreach (var table in new[] { "shops", "shop_staff", "organizations", "filings", "filing_documents", "seals", "seal_events" })
            {
                migrationBuilder.Sql($"UPDATE {table} SET \"key\" = gen_random_uuid();");
            }

            migrationBuilder.Sql("UPDATE seals SET version = 1;");

            migrationBuilder.CreateIndex(
                name: "ix_shops_key",
                table: "shops",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shop_staff_key",
                table: "shop_staff",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_seals_key",
                table: "seals",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_seal_events_key",
                table: "seal_events",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organizations_key",
                table: "organizations",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_filings_key",
                table: "filings",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_filing_documents_key",
                table: "filing_documents",
                column: "key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_shops_key",
                table: "shops");

            migrationBuilder.DropIndex(
                name: "ix_shop_staff_key",
                table: "shop_staff");

            migrationBuilder.DropIndex(
                name: "ix_seals_key",
                table: "seals");

            migrationBuilder.DropIndex(
                name: "ix_seal_events_key",
                table: "seal_events");

            migrationBuilder.DropIndex(
                name: "ix_organizations_key",
                table: "organizations");

            migrationBuilder.DropIndex(
                name: "ix_filings_key",
                table: "filings");

            migrationBuilder.DropIndex(
                name: "ix_filing_documents_key",
                table: "filing_documents");

            migrationBuilder.DropColumn(
                name: "key",
                table: "shops");

            migrationBuilder.DropColumn(
                name: "version",
                table: "shops");

            migrationBuilder.DropColumn(
                name: "key",
                table: "shop_staff");

            migrationBuilder.DropColumn(
                name: "version",
                table: "shop_staff");

            migrationBuilder.DropColumn(
                name: "key",
                table: "seals");

            migrationBuilder.DropColumn(
                name: "key",
                table: "seal_events");

            migrationBuilder.DropColumn(
                name: "version",
                table: "seal_events");

            migrationBuilder.DropColumn(
                name: "key",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "version",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "key",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "version",
                table: "filings");

            migrationBuilder.DropColumn(
                name: "key",
                table: "filing_documents");

            migrationBuilder.DropColumn(
                name: "version",
                table: "filing_documents");

            migrationBuilder.AlterColumn<int>(
                name: "version",
                table: "seals",
                type: "integer",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint");
        }
    }
}
