using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Applications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "job_applications",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<int>(type: "INTEGER", nullable: false),
                    company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    advert_text = table.Column<string>(type: "TEXT", nullable: true),
                    advert_file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    status_changed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    notes = table.Column<string>(type: "TEXT", nullable: true),
                    contacts = table.Column<string>(type: "TEXT", nullable: false),
                    next_action = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    next_action_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    remind_by_email = table.Column<bool>(type: "INTEGER", nullable: false),
                    reminder_sent_for = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_applications", x => x.id);
                    table.CheckConstraint("ck_job_applications_status", "status IN ('saved', 'applied', 'interview', 'offer', 'accepted', 'rejected', 'withdrawn')");
                    table.ForeignKey(
                        name: "fk_job_applications_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_settings",
                columns: table => new
                {
                    user_id = table.Column<int>(type: "INTEGER", nullable: false),
                    time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_settings", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_user_settings_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "job_application_status_changes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    job_application_id = table.Column<int>(type: "INTEGER", nullable: false),
                    from_status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    to_status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    changed_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_application_status_changes", x => x.id);
                    table.CheckConstraint("ck_job_application_status_changes_from_status", "from_status IS NULL OR from_status IN ('saved', 'applied', 'interview', 'offer', 'accepted', 'rejected', 'withdrawn')");
                    table.CheckConstraint("ck_job_application_status_changes_to_status", "to_status IN ('saved', 'applied', 'interview', 'offer', 'accepted', 'rejected', 'withdrawn')");
                    table.ForeignKey(
                        name: "fk_job_application_status_changes_job_applications_job_application_id",
                        column: x => x.job_application_id,
                        principalTable: "job_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_job_application_status_changes_job_application_id_changed_at",
                table: "job_application_status_changes",
                columns: new[] { "job_application_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_job_applications_next_action_date",
                table: "job_applications",
                column: "next_action_date",
                filter: "remind_by_email");

            migrationBuilder.CreateIndex(
                name: "ix_job_applications_user_id_status",
                table: "job_applications",
                columns: new[] { "user_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "job_application_status_changes");

            migrationBuilder.DropTable(
                name: "user_settings");

            migrationBuilder.DropTable(
                name: "job_applications");
        }
    }
}
