using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DatePrecision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "end_date_precision",
                table: "job_experiences",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "day");

            migrationBuilder.AddColumn<string>(
                name: "start_date_precision",
                table: "job_experiences",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "day");

            migrationBuilder.AddColumn<string>(
                name: "completion_date_precision",
                table: "courses",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "day");

            migrationBuilder.AddColumn<string>(
                name: "end_date_precision",
                table: "academic_records",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "day");

            migrationBuilder.AddColumn<string>(
                name: "start_date_precision",
                table: "academic_records",
                type: "character varying(5)",
                maxLength: 5,
                nullable: false,
                defaultValue: "day");

            // Dates stored before precision was kept came from month pickers and from imports that put a missing day on
            // the 1st: a date on the 1st is read as a month (a year-only one cannot be told apart any more). Other dates
            // were typed through the API with their day.
            migrationBuilder.Sql("UPDATE job_experiences SET start_date_precision = 'month' WHERE start_date IS NOT NULL AND EXTRACT(DAY FROM start_date) = 1;");
            migrationBuilder.Sql("UPDATE job_experiences SET end_date_precision = 'month' WHERE end_date IS NOT NULL AND EXTRACT(DAY FROM end_date) = 1;");
            migrationBuilder.Sql("UPDATE courses SET completion_date_precision = 'month' WHERE completion_date IS NOT NULL AND EXTRACT(DAY FROM completion_date) = 1;");
            migrationBuilder.Sql("UPDATE academic_records SET start_date_precision = 'month' WHERE start_date IS NOT NULL AND EXTRACT(DAY FROM start_date) = 1;");
            migrationBuilder.Sql("UPDATE academic_records SET end_date_precision = 'month' WHERE end_date IS NOT NULL AND EXTRACT(DAY FROM end_date) = 1;");

            migrationBuilder.AddCheckConstraint(
                name: "ck_job_experiences_end_date_precision",
                table: "job_experiences",
                sql: "end_date_precision IN ('day', 'month', 'year')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_job_experiences_start_date_precision",
                table: "job_experiences",
                sql: "start_date_precision IN ('day', 'month', 'year')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_courses_completion_date_precision",
                table: "courses",
                sql: "completion_date_precision IN ('day', 'month', 'year')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_academic_records_end_date_precision",
                table: "academic_records",
                sql: "end_date_precision IN ('day', 'month', 'year')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_academic_records_start_date_precision",
                table: "academic_records",
                sql: "start_date_precision IN ('day', 'month', 'year')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_job_experiences_end_date_precision",
                table: "job_experiences");

            migrationBuilder.DropCheckConstraint(
                name: "ck_job_experiences_start_date_precision",
                table: "job_experiences");

            migrationBuilder.DropCheckConstraint(
                name: "ck_courses_completion_date_precision",
                table: "courses");

            migrationBuilder.DropCheckConstraint(
                name: "ck_academic_records_end_date_precision",
                table: "academic_records");

            migrationBuilder.DropCheckConstraint(
                name: "ck_academic_records_start_date_precision",
                table: "academic_records");

            migrationBuilder.DropColumn(
                name: "end_date_precision",
                table: "job_experiences");

            migrationBuilder.DropColumn(
                name: "start_date_precision",
                table: "job_experiences");

            migrationBuilder.DropColumn(
                name: "completion_date_precision",
                table: "courses");

            migrationBuilder.DropColumn(
                name: "end_date_precision",
                table: "academic_records");

            migrationBuilder.DropColumn(
                name: "start_date_precision",
                table: "academic_records");
        }
    }
}
