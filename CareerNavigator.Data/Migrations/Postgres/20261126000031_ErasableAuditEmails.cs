using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerNavigator.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ErasableAuditEmails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Still append-only, with one exception: when a user erases their account (GDPR article 17), the
            // emails copied into earlier entries may be replaced by the pseudonym 'erased-user-<id>'. Nothing
            // else in a row may change, and no row may be deleted.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION admin_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE'
                       AND NEW.id = OLD.id
                       AND NEW.actor_user_id = OLD.actor_user_id
                       AND NEW.target_user_id IS NOT DISTINCT FROM OLD.target_user_id
                       AND NEW.action = OLD.action
                       AND NEW.details IS NOT DISTINCT FROM OLD.details
                       AND NEW.occurred_at = OLD.occurred_at
                       AND (NEW.actor_email = OLD.actor_email OR NEW.actor_email = 'erased-user-' || OLD.actor_user_id)
                       AND (NEW.target_email IS NOT DISTINCT FROM OLD.target_email OR NEW.target_email = 'erased-user-' || OLD.target_user_id)
                    THEN
                        RETURN NEW;
                    END IF;
                    RAISE EXCEPTION 'admin_audit_log is append-only';
                END;
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION admin_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'admin_audit_log is append-only';
                END;
                $$;
                """);
        }
    }
}
