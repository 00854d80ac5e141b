using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
            migrationBuilder.Sql(EscoRegulatedV111.UpdateSql("1"));
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
