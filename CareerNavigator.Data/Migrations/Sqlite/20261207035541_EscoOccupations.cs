using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EscoOccupations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "esco_imports",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    version = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    imported_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    occupation_count = table.Column<int>(type: "INTEGER", nullable: false),
                    skill_count = table.Column<int>(type: "INTEGER", nullable: false),
                    relation_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_esco_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "esco_isco_groups",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    preferred_label = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_esco_isco_groups", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "esco_occupations",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    uri = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    preferred_label = table.Column<string>(type: "TEXT", nullable: false),
                    alt_labels = table.Column<string>(type: "TEXT", nullable: false),
                    isco_group = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    obsolete = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_esco_occupations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "esco_skills",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    uri = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    preferred_label = table.Column<string>(type: "TEXT", nullable: false),
                    alt_labels = table.Column<string>(type: "TEXT", nullable: false),
                    skill_type = table.Column<string>(type: "TEXT", nullable: false),
                    reuse_level = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: false),
                    obsolete = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_esco_skills", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "esco_occupation_skills",
                columns: table => new
                {
                    occupation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    skill_id = table.Column<int>(type: "INTEGER", nullable: false),
                    is_essential = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_esco_occupation_skills", x => new { x.occupation_id, x.skill_id });
                    table.ForeignKey(
                        name: "fk_esco_occupation_skills_esco_occupations_occupation_id",
                        column: x => x.occupation_id,
                        principalTable: "esco_occupations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_esco_occupation_skills_esco_skills_skill_id",
                        column: x => x.skill_id,
                        principalTable: "esco_skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_esco_occupation_skills_skill_id",
                table: "esco_occupation_skills",
                column: "skill_id");

            migrationBuilder.CreateIndex(
                name: "ix_esco_occupations_isco_group",
                table: "esco_occupations",
                column: "isco_group");

            migrationBuilder.CreateIndex(
                name: "ix_esco_occupations_uri",
                table: "esco_occupations",
                column: "uri",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_esco_skills_uri",
                table: "esco_skills",
                column: "uri",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "esco_imports");

            migrationBuilder.DropTable(
                name: "esco_isco_groups");

            migrationBuilder.DropTable(
                name: "esco_occupation_skills");

            migrationBuilder.DropTable(
                name: "esco_occupations");

            migrationBuilder.DropTable(
                name: "esco_skills");
        }
    }
}
