using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SealGuard.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StaffRegistration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_active",
                table: "shop_staff");

            migrationBuilder.AddColumn<long>(
                name: "staff_id",
                table: "users",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "deregistered_on",
                table: "shop_staff",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "deregistration_reason",
                table: "shop_staff",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "return_reason",
                table: "shop_staff",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "start_date",
                table: "shop_staff",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "shop_staff",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Accepted");

            // Hand-written: staff registered before this migration were filed by the police with their shop (accepted, the
            // default above) and started on the day they were registered (China date).
            migrationBuilder.Sql("UPDATE shop_staff SET start_date = (registered_at AT TIME ZONE 'Asia/Shanghai')::date;");

            migrationBuilder.CreateTable(
                name: "shop_staff_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    staff_id = table.Column<long>(type: "bigint", nullable: false),
                    action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    to_state = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor_user_id = table.Column<long>(type: "bigint", nullable: false),
                    actor_name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shop_staff_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_shop_staff_events_shop_staff_staff_id",
                        column: x => x.staff_id,
                        principalTable: "shop_staff",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_users_staff_id",
                table: "users",
                column: "staff_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shop_staff_state_shop_id",
                table: "shop_staff",
                columns: new[] { "state", "shop_id" });

            migrationBuilder.CreateIndex(
                name: "ix_shop_staff_events_key",
                table: "shop_staff_events",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shop_staff_events_staff_id_id",
                table: "shop_staff_events",
                columns: new[] { "staff_id", "id" });

            migrationBuilder.AddForeignKey(
                name: "fk_users_shop_staff_staff_id",
                table: "users",
                column: "staff_id",
                principalTable: "shop_staff",
                principalColumn: "id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_users_shop_staff_staff_id",
                table: "users");

            migrationBuilder.DropTable(
                name: "shop_staff_events");

            migrationBuilder.DropIndex(
                name: "ix_users_staff_id",
                table: "users");

            migrationBuilder.DropIndex(
                name: "ix_shop_staff_state_shop_id",
                table: "shop_staff");

            migrationBuilder.DropColumn(
                name: "staff_id",
                table: "users");

            migrationBuilder.DropColumn(
                name: "deregistered_on",
                table: "shop_staff");

            migrationBuilder.DropColumn(
                name: "deregistration_reason",
                table: "shop_staff");

            migrationBuilder.DropColumn(
                name: "return_reason",
                table: "shop_staff");

            migrationBuilder.DropColumn(
                name: "start_date",
                table: "shop_staff");

            migrationBuilder.DropColumn(
                name: "state",
                table: "shop_staff");

            migrationBuilder.AddColumn<bool>(
                name: "is_active",
                table: "shop_staff",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }
    }
}
