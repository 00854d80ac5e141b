using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VersionDesigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "product_version_designs",
                columns: table => new
                {
                    generated_product_id = table.Column<int>(type: "integer", nullable: false),
                    design = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_version_designs", x => x.generated_product_id);
                    table.CheckConstraint("ck_product_version_designs_design", "design IN ('classic', 'modern', 'compact')");
                    table.ForeignKey(
                        name: "fk_product_version_designs_generated_products_generated_produc",
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
                name: "product_version_designs");
        }
    }
}
