using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Postgres
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

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:product_type", "career_plan_1y,career_plan_3y,career_plan_5y,cover_letter,cv,linkedin_export,possible_companies,possible_jobs,relocation_help,suggested_courses")
                .Annotation("Npgsql:Enum:user_group", "experienced_changing,experienced_continuing,inexperienced_no_goal,inexperienced_with_goal")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:Enum:product_type", "career_plan_1y,career_plan_3y,career_plan_5y,cv,linkedin_export,possible_companies,possible_jobs,relocation_help,suggested_courses")
                .OldAnnotation("Npgsql:Enum:user_group", "experienced_changing,experienced_continuing,inexperienced_no_goal,inexperienced_with_goal")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<int>(
                name: "job_application_id",
                table: "generated_products",
                type: "integer",
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

            // PostgreSQL cannot drop an enum label: the type is made again without it (no row uses it any more).
            migrationBuilder.Sql("""
                ALTER TYPE product_type RENAME TO product_type_with_cover_letter;
                CREATE TYPE product_type AS ENUM ('career_plan_1y', 'career_plan_3y', 'career_plan_5y', 'cv', 'linkedin_export', 'possible_companies', 'possible_jobs', 'relocation_help', 'suggested_courses');
                ALTER TABLE generated_products ALTER COLUMN product_type TYPE product_type USING product_type::text::product_type;
                DROP TYPE product_type_with_cover_letter;
                """);

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
