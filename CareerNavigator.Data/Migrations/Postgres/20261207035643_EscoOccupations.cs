using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CareerNavigator.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EscoOccupations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:product_type", "career_plan_1y,career_plan_3y,career_plan_5y,cv,linkedin_export,possible_companies,possible_jobs,relocation_help,suggested_courses")
                .Annotation("Npgsql:Enum:user_group", "experienced_changing,experienced_continuing,inexperienced_no_goal,inexperienced_with_goal")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:Enum:product_type", "career_plan_1y,career_plan_3y,career_plan_5y,cv,linkedin_export,possible_companies,possible_jobs,relocation_help,suggested_courses")
                .OldAnnotation("Npgsql:Enum:user_group", "experienced_changing,experienced_continuing,inexperienced_no_goal,inexperienced_with_goal");

            migrationBuilder.CreateTable(
                name: "esco_imports",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    imported_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    occupation_count = table.Column<int>(type: "integer", nullable: false),
                    skill_count = table.Column<int>(type: "integer", nullable: false),
                    relation_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_esco_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "esco_isco_groups",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    preferred_label = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_esco_isco_groups", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "esco_occupations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    uri = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    preferred_label = table.Column<string>(type: "text", nullable: false),
                    alt_labels = table.Column<string>(type: "text", nullable: false),
                    isco_group = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    obsolete = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_esco_occupations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "esco_skills",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    uri = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    preferred_label = table.Column<string>(type: "text", nullable: false),
                    alt_labels = table.Column<string>(type: "text", nullable: false),
                    skill_type = table.Column<string>(type: "text", nullable: false),
                    reuse_level = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    obsolete = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_esco_skills", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "esco_occupation_skills",
                columns: table => new
                {
                    occupation_id = table.Column<int>(type: "integer", nullable: false),
                    skill_id = table.Column<int>(type: "integer", nullable: false),
                    is_essential = table.Column<bool>(type: "boolean", nullable: false)
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
                name: "ix_esco_occupations_alt_labels_trgm",
                table: "esco_occupations",
                column: "alt_labels")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_esco_occupations_isco_group",
                table: "esco_occupations",
                column: "isco_group");

            migrationBuilder.CreateIndex(
                name: "ix_esco_occupations_preferred_label_trgm",
                table: "esco_occupations",
                column: "preferred_label")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_esco_occupations_uri",
                table: "esco_occupations",
                column: "uri",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_esco_skills_preferred_label_trgm",
                table: "esco_skills",
                column: "preferred_label")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

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

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:product_type", "career_plan_1y,career_plan_3y,career_plan_5y,cv,linkedin_export,possible_companies,possible_jobs,relocation_help,suggested_courses")
                .Annotation("Npgsql:Enum:user_group", "experienced_changing,experienced_continuing,inexperienced_no_goal,inexperienced_with_goal")
                .OldAnnotation("Npgsql:Enum:product_type", "career_plan_1y,career_plan_3y,career_plan_5y,cv,linkedin_export,possible_companies,possible_jobs,relocation_help,suggested_courses")
                .OldAnnotation("Npgsql:Enum:user_group", "experienced_changing,experienced_continuing,inexperienced_no_goal,inexperienced_with_goal")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
