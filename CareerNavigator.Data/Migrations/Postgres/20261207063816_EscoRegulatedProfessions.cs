using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EscoRegulatedProfessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "regulated",
                table: "esco_occupations",
                type: "boolean",
                nullable: false,
                defaultValue: false);
            migrationBuilder.Sql(EscoRegulatedV111.UpdateSql("TRUE"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "regulated",
                table: "esco_occupations");
        }
    }
}
