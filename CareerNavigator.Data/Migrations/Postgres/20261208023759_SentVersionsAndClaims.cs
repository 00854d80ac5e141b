using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CareerNavigator.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SentVersionsAndClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "application_sent_versions",
                columns: table => new
                {
                    job_application_id = table.Column<int>(type: "integer", nullable: false),
                    generated_product_id = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_application_sent_versions", x => new { x.job_application_id, x.generated_product_id });
                    table.ForeignKey(
                        name: "fk_application_sent_versions_generated_products_generated_prod",
                        column: x => x.generated_product_id,
                        principalTable: "generated_products",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_application_sent_versions_job_applications_job_application_",
                        column: x => x.job_application_id,
                        principalTable: "job_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_confirmed_facts",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_confirmed_facts", x => x.id);
                    table.CheckConstraint("ck_user_confirmed_facts_kind", "kind IN ('employer', 'title', 'school', 'degree', 'skill', 'number', 'date', 'award')");
                    table.ForeignKey(
                        name: "fk_user_confirmed_facts_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "version_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    generated_product_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sentence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    place = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_version_claims", x => x.id);
                    table.CheckConstraint("ck_version_claims_kind", "kind IN ('employer', 'title', 'school', 'degree', 'skill', 'number', 'date', 'award')");
                    table.ForeignKey(
                        name: "fk_version_claims_generated_products_generated_product_id",
                        column: x => x.generated_product_id,
                        principalTable: "generated_products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_application_sent_versions_generated_product_id",
                table: "application_sent_versions",
                column: "generated_product_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_confirmed_facts_user_id_kind_normalized_text",
                table: "user_confirmed_facts",
                columns: new[] { "user_id", "kind", "normalized_text" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_version_claims_generated_product_id",
                table: "version_claims",
                column: "generated_product_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "application_sent_versions");

            migrationBuilder.DropTable(
                name: "user_confirmed_facts");

            migrationBuilder.DropTable(
                name: "version_claims");
        }
    }
}
