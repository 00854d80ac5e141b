using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CareerNavigator.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AdminConsole : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "admin_audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    actor_user_id = table.Column<int>(type: "integer", nullable: false),
                    actor_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    target_user_id = table.Column<int>(type: "integer", nullable: true),
                    target_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    details = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admin_audit_log", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_admin_audit_log_actor_user_id_occurred_at",
                table: "admin_audit_log",
                columns: new[] { "actor_user_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_admin_audit_log_occurred_at_id",
                table: "admin_audit_log",
                columns: new[] { "occurred_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_admin_audit_log_target_user_id_occurred_at",
                table: "admin_audit_log",
                columns: new[] { "target_user_id", "occurred_at" });

            // PostgreSQL only (the SQLite set has none of this; there the admin search falls back to LIKE).
            // Trigram indexes serve ILIKE '%fragment%' on email and username; the pattern_ops index serves the
            // prefix search used for fragments shorter than three characters, whatever the database collation.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX ix_users_email_trgm ON users USING gin (email gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX ix_users_username_trgm ON users USING gin (username gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX ix_users_normalized_email_prefix ON users (normalized_email varchar_pattern_ops);");

            // Keyset paging of the admin user browser: (sort key, id) in one index per sort.
            migrationBuilder.Sql("CREATE INDEX ix_users_created_at_id ON users (created_at, id);");
            migrationBuilder.Sql("CREATE INDEX ix_users_updated_at_id ON users (updated_at, id);");

            // Append-only from the application: the app's role may add entries, never change or remove them.
            migrationBuilder.Sql("""
                CREATE FUNCTION admin_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'admin_audit_log is append-only';
                END;
                $$;
                CREATE TRIGGER admin_audit_log_append_only BEFORE UPDATE OR DELETE ON admin_audit_log
                    FOR EACH ROW EXECUTE FUNCTION admin_audit_log_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_users_updated_at_id;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_users_created_at_id;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_users_normalized_email_prefix;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_users_username_trgm;");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_users_email_trgm;");
            migrationBuilder.DropTable(
                name: "admin_audit_log");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS admin_audit_log_append_only();");
        }
    }
}
