using System.Collections.Concurrent;
using System.Text.Json;
using CareerNavigator.Data.Entities;
using Npgsql;
using NpgsqlTypes;

namespace CareerNavigator.Web.Admin.Seeding;

/// <summary>
/// Streams every seeded row through binary COPY. User <c>i</c> (0-based) is deterministic: the same count gives the
/// same data. One in ten users is unclassified with no profile; one in six classified users has documents, spread
/// evenly over the groups (a plain <c>i % 6</c> would give them only to the even-numbered groups, since the group is
/// <c>i % 4</c>).
/// </summary>
internal sealed class SeedWriter(IReadOnlyList<SeedArchetype> archetypes, int firstId, int count, DateTime now)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private static readonly TimeSpan Span = TimeSpan.FromDays(730);
    private readonly ConcurrentDictionary<object, string> _json = new(ReferenceEqualityComparer.Instance);

    private bool Classified(int i) => i % 10 != 9;
    private bool HasDocuments(int i) => Classified(i) && i / 4 % 6 == 0;
    private SeedArchetype Archetype(int i) => archetypes[i % archetypes.Count];
    private DateTime CreatedAt(int i) => now - Span + TimeSpan.FromTicks(Span.Ticks / count * i) + TimeSpan.FromSeconds(i % 7);
    private DateTime UpdatedAt(int i) => Min(CreatedAt(i) + TimeSpan.FromHours(i % 2000), now);

    /// <summary>One COPY per seeded table, largest first; <see cref="SeedSchedule"/> runs them over two connections.</summary>
    public IReadOnlyList<(string Table, Func<NpgsqlConnection, Task<long>> Copy)> Copies() =>
    [
        Copy("generated_products", "user_id, product_type, content, version, is_active, generated_at, model_used, prompt_used, created_at, updated_at", WriteProducts),
        Copy("users", "id, email, normalized_email, username, normalized_username, email_confirmed, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count, user_group, created_at, updated_at", WriteUser),
        Copy("job_experiences", "user_id, company_name, position, description, start_date, end_date, is_current, location, achievements, skills_used, created_at, updated_at", WriteJobs),
        Copy("courses", "user_id, course_name, provider, completion_date, duration_hours, skills_learned, created_at, updated_at", WriteCourses),
        Copy("user_profiles", "user_id, career_goals, short_term_goals, long_term_goals, age, birth_country, birth_city, current_location, desired_job_locations, languages, culture, created_at, updated_at", WriteProfile),
        Copy("academic_records", "user_id, institution_name, degree, field_of_study, start_date, end_date, location, created_at, updated_at", WriteEducation),
        Copy("onboarding_progress", "user_id, current_step, answers, completed_at, created_at, updated_at", WriteOnboarding),
    ];

    private (string Table, Func<NpgsqlConnection, Task<long>> Copy) Copy(string table, string columns, Func<NpgsqlBinaryImporter, int, long> writeRows) =>
        (table, connection => CopyAsync(connection, table, columns, writeRows));

    private async Task<long> CopyAsync(NpgsqlConnection connection, string table, string columns, Func<NpgsqlBinaryImporter, int, long> writeRows)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var freeze = await EmptiedInThisTransactionAsync(connection, table);
        long rows = 0;
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY{(freeze ? ", FREEZE" : "")})"))
        {
            for (var i = 0; i < count; i++)
            {
                rows += writeRows(importer, i);
            }
            await importer.CompleteAsync();
        }
        await transaction.CommitAsync();
        return rows;
    }

    /// <summary>
    /// A table that is empty and that no other table references is truncated in the COPY's own transaction: PostgreSQL
    /// then writes the rows frozen (no later vacuum or hint-bit rewrite) and, with <c>wal_level=minimal</c>, skips
    /// the WAL for them. Tables that hold rows or are referenced (users) are copied into as they are.
    /// </summary>
    private static async Task<bool> EmptiedInThisTransactionAsync(NpgsqlConnection connection, string table)
    {
        await UserSeeder.ExecuteAsync(connection, $"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE");
        if (!await UserSeeder.ScalarAsync<bool>(connection,
                $"SELECT NOT EXISTS (SELECT 1 FROM {table}) AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE contype = 'f' AND confrelid = '{table}'::regclass)"))
        {
            return false;
        }
        await UserSeeder.ExecuteAsync(connection, $"TRUNCATE {table}");
        return true;
    }

    private long WriteUser(NpgsqlBinaryImporter w, int i)
    {
        var first = SeedPeople.FirstNames[i % SeedPeople.FirstNames.Length];
        var last = SeedPeople.LastNames[i / SeedPeople.FirstNames.Length % SeedPeople.LastNames.Length];
        var email = $"{first}.{last}{i}@{SeedPeople.Domains[i % SeedPeople.Domains.Length]}";
        var userName = i % 3 == 0 ? email : $"{first}{last}{i}";
        w.StartRow();
        w.Write(firstId + i, NpgsqlDbType.Integer);
        w.Write(email, NpgsqlDbType.Varchar);
        w.Write(email.ToUpperInvariant(), NpgsqlDbType.Varchar);
        w.Write(userName, NpgsqlDbType.Varchar);
        w.Write(userName.ToUpperInvariant(), NpgsqlDbType.Varchar);
        w.Write(i % 4 != 0, NpgsqlDbType.Boolean);
        w.Write(Guid.NewGuid().ToString("N").ToUpperInvariant(), NpgsqlDbType.Text);
        w.Write(UserSeeder.Marker, NpgsqlDbType.Text);
        w.Write(false, NpgsqlDbType.Boolean);
        w.Write(false, NpgsqlDbType.Boolean);
        w.Write(true, NpgsqlDbType.Boolean);
        w.Write(0, NpgsqlDbType.Integer);
        if (Classified(i))
        {
            w.Write(Archetype(i).Group);
        }
        else
        {
            w.WriteNull();
        }
        w.Write(CreatedAt(i), NpgsqlDbType.TimestampTz);
        w.Write(UpdatedAt(i), NpgsqlDbType.TimestampTz);
        return 1;
    }

    private long WriteProfile(NpgsqlBinaryImporter w, int i)
    {
        if (!Classified(i))
        {
            return 0;
        }
        var p = Archetype(i).Profile;
        w.StartRow();
        w.Write(firstId + i, NpgsqlDbType.Integer);
        w.Write(p.CareerGoals!, NpgsqlDbType.Text);
        w.Write(p.ShortTermGoals!, NpgsqlDbType.Text);
        w.Write(p.LongTermGoals!, NpgsqlDbType.Text);
        w.Write(p.Age!.Value, NpgsqlDbType.Integer);
        w.Write(p.BirthCountry!, NpgsqlDbType.Varchar);
        w.Write(p.BirthCity!, NpgsqlDbType.Varchar);
        w.Write(p.CurrentLocation!, NpgsqlDbType.Varchar);
        w.Write(Preformatted(p.DesiredJobLocations), NpgsqlDbType.Jsonb);
        w.Write(Preformatted(p.Languages), NpgsqlDbType.Jsonb);
        w.Write(p.Culture!, NpgsqlDbType.Varchar);
        WriteTimes(w, i);
        return 1;
    }

    private long WriteOnboarding(NpgsqlBinaryImporter w, int i)
    {
        if (!Classified(i))
        {
            return 0;
        }
        var complete = i % 3 != 2;
        w.StartRow();
        w.Write(firstId + i, NpgsqlDbType.Integer);
        w.Write(complete ? "review" : "jobs", NpgsqlDbType.Varchar);
        w.Write("""{"years_of_paid_work":null,"changing_field":null,"has_clear_goal":null,"suggested_group":null,"target_field":null,"change_reason":null,"interests":[]}""", NpgsqlDbType.Jsonb);
        if (complete)
        {
            w.Write(UpdatedAt(i), NpgsqlDbType.TimestampTz);
        }
        else
        {
            w.WriteNull();
        }
        WriteTimes(w, i);
        return 1;
    }

    private long WriteJobs(NpgsqlBinaryImporter w, int i)
    {
        if (!Classified(i))
        {
            return 0;
        }
        foreach (var job in Archetype(i).Jobs)
        {
            w.StartRow();
            w.Write(firstId + i, NpgsqlDbType.Integer);
            w.Write(job.CompanyName, NpgsqlDbType.Varchar);
            w.Write(job.Position, NpgsqlDbType.Varchar);
            w.Write(job.Description!, NpgsqlDbType.Text);
            w.Write(job.StartDate, NpgsqlDbType.Date);
            WriteNullable(w, job.EndDate, NpgsqlDbType.Date);
            w.Write(job.IsCurrent, NpgsqlDbType.Boolean);
            w.Write(job.Location!, NpgsqlDbType.Varchar);
            w.Write(Preformatted(job.Achievements), NpgsqlDbType.Jsonb);
            w.Write(Preformatted(job.SkillsUsed), NpgsqlDbType.Jsonb);
            WriteTimes(w, i);
        }
        return Archetype(i).Jobs.Count;
    }

    private long WriteCourses(NpgsqlBinaryImporter w, int i)
    {
        if (!Classified(i))
        {
            return 0;
        }
        foreach (var course in Archetype(i).Courses)
        {
            w.StartRow();
            w.Write(firstId + i, NpgsqlDbType.Integer);
            w.Write(course.CourseName, NpgsqlDbType.Varchar);
            w.Write(course.Provider!, NpgsqlDbType.Varchar);
            WriteNullable(w, course.CompletionDate, NpgsqlDbType.Date);
            WriteNullable(w, course.DurationHours, NpgsqlDbType.Double);
            w.Write(Preformatted(course.SkillsLearned), NpgsqlDbType.Jsonb);
            WriteTimes(w, i);
        }
        return Archetype(i).Courses.Count;
    }

    private long WriteEducation(NpgsqlBinaryImporter w, int i)
    {
        if (!Classified(i))
        {
            return 0;
        }
        foreach (var record in Archetype(i).Education)
        {
            w.StartRow();
            w.Write(firstId + i, NpgsqlDbType.Integer);
            w.Write(record.InstitutionName, NpgsqlDbType.Varchar);
            w.Write(record.Degree!, NpgsqlDbType.Varchar);
            w.Write(record.FieldOfStudy!, NpgsqlDbType.Varchar);
            WriteNullable(w, record.StartDate, NpgsqlDbType.Date);
            WriteNullable(w, record.EndDate, NpgsqlDbType.Date);
            w.Write(record.Location!, NpgsqlDbType.Varchar);
            WriteTimes(w, i);
        }
        return Archetype(i).Education.Count;
    }

    private long WriteProducts(NpgsqlBinaryImporter w, int i)
    {
        if (!HasDocuments(i))
        {
            return 0;
        }
        long rows = 0;
        foreach (var (type, (content, prompt)) in Archetype(i).Documents)
        {
            // Every fourth user with documents regenerated the CV once: two versions, the second active.
            var versions = type == ProductType.Cv && i % 4 == 0 ? 2 : 1;
            for (var version = 1; version <= versions; version++)
            {
                w.StartRow();
                w.Write(firstId + i, NpgsqlDbType.Integer);
                w.Write(type);
                w.Write(content, NpgsqlDbType.Jsonb);
                w.Write(version, NpgsqlDbType.Integer);
                w.Write(version == versions, NpgsqlDbType.Boolean);
                w.Write(UpdatedAt(i), NpgsqlDbType.TimestampTz);
                w.Write("built-in", NpgsqlDbType.Varchar);
                w.Write(prompt, NpgsqlDbType.Text);
                WriteTimes(w, i);
                rows++;
            }
        }
        return rows;
    }

    private void WriteTimes(NpgsqlBinaryImporter w, int i)
    {
        w.Write(CreatedAt(i), NpgsqlDbType.TimestampTz);
        w.Write(UpdatedAt(i), NpgsqlDbType.TimestampTz);
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v)
        {
            w.Write(v, type);
        }
        else
        {
            w.WriteNull();
        }
    }

    // Archetype lists are shared by thousands of users: each is serialised once, not once per row.
    private string Preformatted(object value) => _json.GetOrAdd(value, v => JsonSerializer.Serialize(v, Json));

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
