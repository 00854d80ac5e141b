using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VersionNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "product_version_names",
                columns: table => new
                {
                    generated_product_id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_version_names", x => x.generated_product_id);
                    table.ForeignKey(
                        name: "fk_product_version_names_generated_products_generated_product_",
                        column: x => x.generated_product_id,
                        principalTable: "generated_products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "product_version_names");
        }
    }
}
