using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GoalOccupationAndSkillDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "user_goal_occupations",
                columns: table => new
                {
                    user_id = table.Column<int>(type: "INTEGER", nullable: false),
                    occupation_id = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_goal_occupations", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_user_goal_occupations_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_goal_occupations_esco_occupations_occupation_id",
                        column: x => x.occupation_id,
                        principalTable: "esco_occupations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "user_skill_decisions",
                columns: table => new
                {
                    user_id = table.Column<int>(type: "INTEGER", nullable: false),
                    skill_id = table.Column<int>(type: "INTEGER", nullable: false),
                    confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_skill_decisions", x => new { x.user_id, x.skill_id });
                    table.ForeignKey(
                        name: "fk_user_skill_decisions_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_skill_decisions_esco_skills_skill_id",
                        column: x => x.skill_id,
                        principalTable: "esco_skills",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_user_goal_occupations_occupation_id",
                table: "user_goal_occupations",
                column: "occupation_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_skill_decisions_skill_id",
                table: "user_skill_decisions",
                column: "skill_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "user_goal_occupations");

            migrationBuilder.DropTable(
                name: "user_skill_decisions");
        }
    }
}
