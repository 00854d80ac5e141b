using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Postgres
{
    /// <summary>
    /// No schema change: <c>updated_at</c> of user_profiles, job_experiences, courses and academic_records becomes a
    /// concurrency token (model only), so an UPDATE names the version it read.
    /// </summary>
    public partial class VersionTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
