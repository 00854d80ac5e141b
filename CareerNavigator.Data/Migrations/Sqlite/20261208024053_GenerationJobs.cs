using System;
using CareerNavigator.Data.JobStore;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GenerationJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            JobStoreSchema.Create(migrationBuilder);

            migrationBuilder.CreateTable(
                name: "generation_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<int>(type: "INTEGER", nullable: false),
                    product_type = table.Column<string>(type: "TEXT", nullable: false),
                    job_application_id = table.Column<int>(type: "INTEGER", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    progress_message = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    partial_text = table.Column<string>(type: "TEXT", nullable: true),
                    error_message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    cancel_requested = table.Column<bool>(type: "INTEGER", nullable: false),
                    usage_day = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    generated_product_id = table.Column<int>(type: "INTEGER", nullable: true),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    seen_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_generation_jobs", x => x.id);
                    table.CheckConstraint("ck_generation_jobs_status", "status IN ('queued', 'running', 'done', 'failed', 'cancelled')");
                    table.ForeignKey(
                        name: "fk_generation_jobs_generated_products_generated_product_id",
                        column: x => x.generated_product_id,
                        principalTable: "generated_products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_generation_jobs_job_applications_job_application_id",
                        column: x => x.job_application_id,
                        principalTable: "job_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_generation_jobs_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_generation_jobs_finished_at",
                table: "generation_jobs",
                column: "finished_at");

            migrationBuilder.CreateIndex(
                name: "ix_generation_jobs_generated_product_id",
                table: "generation_jobs",
                column: "generated_product_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_generation_jobs_job_application_id",
                table: "generation_jobs",
                column: "job_application_id");

            migrationBuilder.CreateIndex(
                name: "ix_generation_jobs_user_id_product_type_job_application_id_created_at",
                table: "generation_jobs",
                columns: new[] { "user_id", "product_type", "job_application_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            JobStoreSchema.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "generation_jobs");
        }
    }
}
