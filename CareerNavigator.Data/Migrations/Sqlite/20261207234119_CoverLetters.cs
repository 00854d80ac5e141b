using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CoverLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_generated_products_one_active",
                table: "generated_products");

            migrationBuilder.DropIndex(
                name: "ux_generated_products_user_type_version",
                table: "generated_products");

            migrationBuilder.AddColumn<int>(
                name: "job_application_id",
                table: "generated_products",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ux_generated_products_application_one_active",
                table: "generated_products",
                columns: new[] { "job_application_id", "product_type" },
                unique: true,
                filter: "is_active AND job_application_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_generated_products_application_type_version",
                table: "generated_products",
                columns: new[] { "job_application_id", "product_type", "version" },
                unique: true,
                filter: "job_application_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ux_generated_products_one_active",
                table: "generated_products",
                columns: new[] { "user_id", "product_type" },
                unique: true,
                filter: "is_active AND job_application_id IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_generated_products_user_type_version",
                table: "generated_products",
                columns: new[] { "user_id", "product_type", "version" },
                unique: true,
                filter: "job_application_id IS NULL");

            migrationBuilder.AddForeignKey(
                name: "fk_generated_products_job_applications_job_application_id",
                table: "generated_products",
                column: "job_application_id",
                principalTable: "job_applications",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Cover letters exist only with an application; without the column they would break the per-user indexes.
            migrationBuilder.Sql("DELETE FROM generated_products WHERE job_application_id IS NOT NULL;");

            migrationBuilder.DropForeignKey(
                name: "fk_generated_products_job_applications_job_application_id",
                table: "generated_products");

            migrationBuilder.DropIndex(
                name: "ux_generated_products_application_one_active",
                table: "generated_products");

            migrationBuilder.DropIndex(
                name: "ux_generated_products_application_type_version",
                table: "generated_products");

            migrationBuilder.DropIndex(
                name: "ux_generated_products_one_active",
                table: "generated_products");

            migrationBuilder.DropIndex(
                name: "ux_generated_products_user_type_version",
                table: "generated_products");

            migrationBuilder.DropColumn(
                name: "job_application_id",
                table: "generated_products");

            migrationBuilder.CreateIndex(
                name: "ux_generated_products_one_active",
                table: "generated_products",
                columns: new[] { "user_id", "product_type" },
                unique: true,
                filter: "is_active");

            migrationBuilder.CreateIndex(
                name: "ux_generated_products_user_type_version",
                table: "generated_products",
                columns: new[] { "user_id", "product_type", "version" },
                unique: true);
        }
    }
}
