using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BlobHashIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_staged_documents_normalized_sha256",
                table: "staged_documents",
                column: "normalized_sha256");

            migrationBuilder.CreateIndex(
                name: "ix_staged_documents_sha256",
                table: "staged_documents",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_staged_documents_thumbnail_sha256",
                table: "staged_documents",
                column: "thumbnail_sha256");

            migrationBuilder.CreateIndex(
                name: "ix_seals_imprint_normalized_sha256",
                table: "seals",
                column: "imprint_normalized_sha256");

            migrationBuilder.CreateIndex(
                name: "ix_seals_imprint_original_sha256",
                table: "seals",
                column: "imprint_original_sha256");

            migrationBuilder.CreateIndex(
                name: "ix_seals_imprint_thumbnail_sha256",
                table: "seals",
                column: "imprint_thumbnail_sha256");

            migrationBuilder.CreateIndex(
                name: "ix_rectification_items_shop_photo_sha256",
                table: "rectification_items",
                column: "shop_photo_sha256");

            migrationBuilder.CreateIndex(
                name: "ix_rectification_items_shop_photo_thumbnail_sha256",
                table: "rectification_items",
                column: "shop_photo_thumbnail_sha256");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_photos_sha256",
                table: "inspection_photos",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_inspection_photos_thumbnail_sha256",
                table: "inspection_photos",
                column: "thumbnail_sha256");

            migrationBuilder.CreateIndex(
                name: "ix_filing_documents_normalized_sha256",
                table: "filing_documents",
                column: "normalized_sha256");

            migrationBuilder.CreateIndex(
                name: "ix_filing_documents_sha256",
                table: "filing_documents",
                column: "sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_staged_documents_normalized_sha256",
                table: "staged_documents");

            migrationBuilder.DropIndex(
                name: "ix_staged_documents_sha256",
                table: "staged_documents");

            migrationBuilder.DropIndex(
                name: "ix_staged_documents_thumbnail_sha256",
                table: "staged_documents");

            migrationBuilder.DropIndex(
                name: "ix_seals_imprint_normalized_sha256",
                table: "seals");

            migrationBuilder.DropIndex(
                name: "ix_seals_imprint_original_sha256",
                table: "seals");

            migrationBuilder.DropIndex(
                name: "ix_seals_imprint_thumbnail_sha256",
                table: "seals");

            migrationBuilder.DropIndex(
                name: "ix_rectification_items_shop_photo_sha256",
                table: "rectification_items");

            migrationBuilder.DropIndex(
                name: "ix_rectification_items_shop_photo_thumbnail_sha256",
                table: "rectification_items");

            migrationBuilder.DropIndex(
                name: "ix_inspection_photos_sha256",
                table: "inspection_photos");

            migrationBuilder.DropIndex(
                name: "ix_inspection_photos_thumbnail_sha256",
                table: "inspection_photos");

            migrationBuilder.DropIndex(
                name: "ix_filing_documents_normalized_sha256",
                table: "filing_documents");

            migrationBuilder.DropIndex(
                name: "ix_filing_documents_sha256",
                table: "filing_documents");
        }
    }
}
