using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CareerNavigator.Data.Migrations.Postgres
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<int>(type: "integer", nullable: false),
                    company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    advert_text = table.Column<string>(type: "text", nullable: true),
                    advert_file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    status_changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    notes = table.Column<string>(type: "text", nullable: true),
                    contacts = table.Column<string>(type: "jsonb", nullable: false),
                    next_action = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    next_action_date = table.Column<DateOnly>(type: "date", nullable: true),
                    remind_by_email = table.Column<bool>(type: "boolean", nullable: false),
                    reminder_sent_for = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    user_id = table.Column<int>(type: "integer", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    job_application_id = table.Column<int>(type: "integer", nullable: false),
                    from_status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    to_status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_job_application_status_changes", x => x.id);
                    table.CheckConstraint("ck_job_application_status_changes_from_status", "from_status IS NULL OR from_status IN ('saved', 'applied', 'interview', 'offer', 'accepted', 'rejected', 'withdrawn')");
                    table.CheckConstraint("ck_job_application_status_changes_to_status", "to_status IN ('saved', 'applied', 'interview', 'offer', 'accepted', 'rejected', 'withdrawn')");
                    table.ForeignKey(
                        name: "fk_job_application_status_changes_job_applications_job_applica",
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
