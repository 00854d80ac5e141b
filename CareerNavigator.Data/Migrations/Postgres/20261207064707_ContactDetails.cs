using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContactDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "full_name",
                table: "user_profiles",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "headline",
                table: "user_profiles",
                type: "character varying(220)",
                maxLength: 220,
                nullable: true);

            // Existing profiles have no links: an empty JSON list, as the model writes it.
            migrationBuilder.AddColumn<string>(
                name: "links",
                table: "user_profiles",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "phone",
                table: "user_profiles",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "public_email",
                table: "user_profiles",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "summary",
                table: "user_profiles",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "full_name",
                table: "user_profiles");

            migrationBuilder.DropColumn(
                name: "headline",
                table: "user_profiles");

            migrationBuilder.DropColumn(
                name: "links",
                table: "user_profiles");

            migrationBuilder.DropColumn(
                name: "phone",
                table: "user_profiles");

            migrationBuilder.DropColumn(
                name: "public_email",
                table: "user_profiles");

            migrationBuilder.DropColumn(
                name: "summary",
                table: "user_profiles");
        }
    }
}
