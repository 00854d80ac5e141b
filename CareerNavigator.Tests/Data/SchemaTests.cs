using CareerNavigator.Tests.Infrastructure;
using Npgsql;

namespace CareerNavigator.Tests.Data;

/// <summary>The migrated PostgreSQL schema, read from the catalog (not from the EF model), matches the seed.</summary>
public sealed class SchemaTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    public static TheoryData<string, string, string, bool> SeedColumns => new()
    {
        { "users", "id", "integer", false },
        { "users", "email", "character varying", false },
        { "users", "username", "character varying", true },
        { "users", "user_group", "USER-DEFINED:user_group", true },
        { "users", "created_at", "timestamp with time zone", false },
        { "users", "updated_at", "timestamp with time zone", false },

        { "user_profiles", "id", "integer", false },
        { "user_profiles", "user_id", "integer", false },
        { "user_profiles", "career_goals", "text", true },
        { "user_profiles", "short_term_goals", "text", true },
        { "user_profiles", "long_term_goals", "text", true },
        { "user_profiles", "cv_content", "text", true },
        { "user_profiles", "linkedin_profile_url", "character varying", true },
        { "user_profiles", "linkedin_profile_data", "jsonb", true },
        { "user_profiles", "life_profile", "text", true },
        { "user_profiles", "age", "integer", true },
        { "user_profiles", "birth_country", "character varying", true },
        { "user_profiles", "birth_city", "character varying", true },
        { "user_profiles", "current_location", "character varying", true },
        { "user_profiles", "desired_job_locations", "jsonb", false },
        { "user_profiles", "languages", "jsonb", false },
        { "user_profiles", "culture", "character varying", true },
        { "user_profiles", "created_at", "timestamp with time zone", false },
        { "user_profiles", "updated_at", "timestamp with time zone", false },

        { "job_experiences", "id", "integer", false },
        { "job_experiences", "user_id", "integer", false },
        { "job_experiences", "company_name", "character varying", false },
        { "job_experiences", "position", "character varying", false },
        { "job_experiences", "description", "text", true },
        { "job_experiences", "start_date", "date", false },
        { "job_experiences", "end_date", "date", true },
        { "job_experiences", "is_current", "boolean", false },
        { "job_experiences", "location", "character varying", true },
        { "job_experiences", "achievements", "jsonb", false },
        { "job_experiences", "skills_used", "jsonb", false },
        { "job_experiences", "created_at", "timestamp with time zone", false },
        { "job_experiences", "updated_at", "timestamp with time zone", false },

        { "courses", "id", "integer", false },
        { "courses", "user_id", "integer", false },
        { "courses", "course_name", "character varying", false },
        { "courses", "institution", "character varying", true },
        { "courses", "provider", "character varying", true },
        { "courses", "description", "text", true },
        { "courses", "completion_date", "date", true },
        { "courses", "certificate_url", "character varying", true },
        { "courses", "skills_learned", "jsonb", false },
        { "courses", "duration_hours", "double precision", true },
        { "courses", "created_at", "timestamp with time zone", false },
        { "courses", "updated_at", "timestamp with time zone", false },

        { "academic_records", "id", "integer", false },
        { "academic_records", "user_id", "integer", false },
        { "academic_records", "institution_name", "character varying", false },
        { "academic_records", "degree", "character varying", true },
        { "academic_records", "field_of_study", "character varying", true },
        { "academic_records", "start_date", "date", true },
        { "academic_records", "end_date", "date", true },
        { "academic_records", "gpa", "double precision", true },
        { "academic_records", "honors", "character varying", true },
        { "academic_records", "description", "text", true },
        { "academic_records", "location", "character varying", true },
        { "academic_records", "created_at", "timestamp with time zone", false },
        { "academic_records", "updated_at", "timestamp with time zone", false },

        { "generated_products", "id", "integer", false },
        { "generated_products", "user_id", "integer", false },
        { "generated_products", "product_type", "USER-DEFINED:product_type", false },
        { "generated_products", "content", "jsonb", false },
        { "generated_products", "version", "integer", false },
        { "generated_products", "is_active", "boolean", false },
        { "generated_products", "generated_at", "timestamp with time zone", false },
        { "generated_products", "model_used", "character varying", true },
        { "generated_products", "prompt_used", "text", true },
        { "generated_products", "created_at", "timestamp with time zone", false },
        { "generated_products", "updated_at", "timestamp with time zone", false },
    };

    [Theory]
    [MemberData(nameof(SeedColumns))]
    public async Task Seed_column_exists_with_its_type(string table, string column, string type, bool nullable)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT data_type, udt_name, is_nullable FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name = @table AND column_name = @column
            """, connection);
        command.Parameters.AddWithValue("table", table);
        command.Parameters.AddWithValue("column", column);
        await using var reader = await command.ExecuteReaderAsync();

        Assert.True(await reader.ReadAsync(), $"{table}.{column} is missing");
        var dataType = reader.GetString(0);
        var actual = dataType == "USER-DEFINED" ? $"{dataType}:{reader.GetString(1)}" : dataType;
        Assert.Equal(type, actual);
        Assert.Equal(nullable ? "YES" : "NO", reader.GetString(2));
    }

    [Theory]
    [InlineData("user_group", new[] { "experienced_continuing", "experienced_changing", "inexperienced_with_goal", "inexperienced_no_goal" })]
    [InlineData("product_type", new[] { "linkedin_export", "cv", "suggested_courses", "career_plan_1y", "career_plan_3y", "career_plan_5y", "possible_jobs", "possible_companies", "relocation_help", "cover_letter" })]
    public async Task Enum_type_has_exactly_the_seed_labels(string typeName, string[] labels)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = @name", connection);
        command.Parameters.AddWithValue("name", typeName);
        var actual = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            actual.Add(reader.GetString(0));
        }

        Assert.Equal(labels.Order(), actual.Order());
    }

    [Theory]
    [InlineData("users", "email", null)]
    [InlineData("users", "username", null)]
    [InlineData("user_profiles", "user_id", null)]
    [InlineData("generated_products", "user_id, product_type, version", "(job_application_id IS NULL)")]
    [InlineData("generated_products", "user_id, product_type", "(is_active AND (job_application_id IS NULL))")]
    [InlineData("generated_products", "job_application_id, product_type, version", "(job_application_id IS NOT NULL)")]
    [InlineData("generated_products", "job_application_id, product_type", "(is_active AND (job_application_id IS NOT NULL))")]
    public async Task Unique_index_exists(string table, string columns, string? predicate)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT string_agg(a.attname, ', ' ORDER BY k.ord), pg_get_expr(i.indpred, i.indrelid)
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid
            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
            WHERE c.relname = @table AND i.indisunique AND NOT i.indisprimary
            GROUP BY i.indexrelid, i.indpred, i.indrelid
            """, connection);
        command.Parameters.AddWithValue("table", table);
        var indexes = new List<(string Columns, string? Predicate)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            indexes.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        Assert.Contains(indexes, i => i.Columns == columns && i.Predicate == predicate);
    }

    [Theory]
    [InlineData("user_profiles")]
    [InlineData("job_experiences")]
    [InlineData("courses")]
    [InlineData("academic_records")]
    [InlineData("generated_products")]
    public async Task Child_table_references_users_with_cascade_delete(string table)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT confdeltype::text FROM pg_constraint
            WHERE contype = 'f' AND conrelid = @table::regclass AND confrelid = 'users'::regclass
            """, connection);
        command.Parameters.AddWithValue("table", table);

        Assert.Equal("c", await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("roles")]
    [InlineData("user_roles")]
    [InlineData("user_claims")]
    [InlineData("user_logins")]
    [InlineData("user_tokens")]
    [InlineData("role_claims")]
    public async Task Identity_table_has_a_snake_case_name(string table)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = @table", connection);
        command.Parameters.AddWithValue("table", table);

        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
