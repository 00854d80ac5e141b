using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types.Cv;
using Npgsql;

namespace CareerNavigator.Tools.Seeding;

/// <summary>
/// Streams every seeded row through binary COPY (<see cref="CopyRowWriter"/>). User <c>i</c> (0-based) is deterministic: the same count gives the
/// same data. One in ten users is unclassified with no profile; one in six classified users has documents, spread
/// evenly over the groups (a plain <c>i % 6</c> would give them only to the even-numbered groups, since the group is
/// <c>i % 4</c>).
/// </summary>
internal sealed class SeedWriter(IReadOnlyList<SeedArchetype> archetypes, int firstId, int count, DateTime now)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private static readonly TimeSpan Span = TimeSpan.FromDays(730);
    private static readonly byte[] MarkerUtf8 = Encoding.UTF8.GetBytes(UserSeeder.Marker);
    private static readonly byte[][] FirstNames = [.. SeedPeople.FirstNames.Select(Encoding.UTF8.GetBytes)];
    private static readonly byte[][] LastNames = [.. SeedPeople.LastNames.Select(Encoding.UTF8.GetBytes)];
    private static readonly byte[][] Domains = [.. SeedPeople.Domains.Select(Encoding.UTF8.GetBytes)];
    private readonly ConcurrentDictionary<object, byte[]> _utf8 = new(ReferenceEqualityComparer.Instance);

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

    private (string Table, Func<NpgsqlConnection, Task<long>> Copy) Copy(string table, string columns, Func<CopyRowWriter, int, long> writeRows) =>
        (table, connection => CopyAsync(connection, table, columns, writeRows));

    private async Task<long> CopyAsync(NpgsqlConnection connection, string table, string columns, Func<CopyRowWriter, int, long> writeRows)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var freeze = await EmptiedInThisTransactionAsync(connection, table);
        long rows = 0;
        await using (var stream = await connection.BeginRawBinaryCopyAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY{(freeze ? ", FREEZE" : "")})"))
        {
            try
            {
                var writer = new CopyRowWriter(stream);
                writer.Header();
                for (var i = 0; i < count; i++)
                {
                    rows += writeRows(writer, i);
                }
                writer.Finish();
            }
            catch
            {
                await stream.CancelAsync();
                throw;
            }
        }
        await transaction.CommitAsync();
        return rows;
    }

    /// <summary>
    /// An empty table is truncated in the COPY's own transaction, together with the tables that reference it, directly or
    /// not (users: roles, logins, tokens and the like), when those are empty too: PostgreSQL then writes the rows frozen (no later
    /// vacuum or hint-bit rewrite) and, with <c>wal_level=minimal</c>, skips the WAL for them. A table that holds rows,
    /// or is referenced by a table that does, is copied into as it is.
    /// </summary>
    private static async Task<bool> EmptiedInThisTransactionAsync(NpgsqlConnection connection, string table)
    {
        var tables = new List<string> { table };
        // Every table that references it, directly or through another (an application's status changes reference the
        // application, which references the user): TRUNCATE refuses to leave a reference dangling.
        await using (var command = new NpgsqlCommand($"""
            WITH RECURSIVE referencing(rel) AS (
                SELECT '{table}'::regclass::oid
                UNION
                SELECT c.conrelid FROM pg_constraint c JOIN referencing r ON c.confrelid = r.rel WHERE c.contype = 'f'
            )
            SELECT rel::regclass::text FROM referencing WHERE rel <> '{table}'::regclass::oid
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var list = string.Join(", ", tables);
        await UserSeeder.ExecuteAsync(connection, $"LOCK TABLE {list} IN ACCESS EXCLUSIVE MODE");
        if (!await UserSeeder.ScalarAsync<bool>(connection, "SELECT " + string.Join(" AND ", tables.Select(t => $"NOT EXISTS (SELECT 1 FROM {t})"))))
        {
            return false;
        }
        await UserSeeder.ExecuteAsync(connection, $"TRUNCATE {list}");
        return true;
    }

    private long WriteUser(CopyRowWriter w, int i)
    {
        w.StartRow(15);
        w.Int(firstId + i);
        var first = FirstNames[i % FirstNames.Length];
        var last = LastNames[i / FirstNames.Length % LastNames.Length];
        var email = w.BeginField();
        w.Append(first);
        w.Append("."u8);
        w.Append(last);
        w.AppendNumber(i);
        w.Append("@"u8);
        w.Append(Domains[i % Domains.Length]);
        w.EndField(email);
        w.UpperCaseOf(email);
        int userName;
        if (i % 3 == 0)
        {
            userName = w.CopyOf(email);
        }
        else
        {
            userName = w.BeginField();
            w.Append(first);
            w.Append(last);
            w.AppendNumber(i);
            w.EndField(userName);
        }
        w.UpperCaseOf(userName);
        w.Bool(i % 4 != 0);
        w.UpperHex(Guid.NewGuid());
        w.Text(MarkerUtf8);
        w.Bool(false);
        w.Bool(false);
        w.Bool(true);
        w.Int(0);
        if (Classified(i))
        {
            w.Text(Archetype(i).Group.Label());
        }
        else
        {
            w.Null();
        }
        WriteTimes(w, i);
        return 1;
    }

    private long WriteProfile(CopyRowWriter w, int i)
    {
        if (!Classified(i))
        {
            return 0;
        }
        var p = Archetype(i).Profile;
        w.StartRow(13);
        w.Int(firstId + i);
        w.Text(p.CareerGoals!);
        w.Text(p.ShortTermGoals!);
        w.Text(p.LongTermGoals!);
        w.Int(p.Age!.Value);
        w.Text(p.BirthCountry!);
        w.Text(p.BirthCity!);
        w.Text(p.CurrentLocation!);
        w.Jsonb(Preformatted(p.DesiredJobLocations));
        w.Jsonb(Preformatted(p.Languages));
        w.Text(p.Culture!);
        WriteTimes(w, i);
        return 1;
    }

    private long WriteOnboarding(CopyRowWriter w, int i)
    {
        if (!Classified(i))
        {
            return 0;
        }
        var complete = i % 3 != 2;
        w.StartRow(6);
        w.Int(firstId + i);
        w.Text(complete ? "review"u8 : "jobs"u8);
        w.Jsonb("""{"years_of_paid_work":null,"changing_field":null,"has_clear_goal":null,"suggested_group":null,"target_field":null,"change_reason":null,"interests":[]}"""u8);
        if (complete)
        {
            w.Timestamp(UpdatedAt(i));
        }
        else
        {
            w.Null();
        }
        WriteTimes(w, i);
        return 1;
    }

    private long WriteJobs(CopyRowWriter w, int i)
    {
        if (!Classified(i))
        {
            return 0;
        }
        foreach (var job in Archetype(i).Jobs)
        {
            w.StartRow(12);
            w.Int(firstId + i);
            w.Text(job.CompanyName);
            w.Text(job.Position);
            w.Text(job.Description!);
            w.Date(job.StartDate);
            WriteDate(w, job.EndDate);
            w.Bool(job.IsCurrent);
            w.Text(job.Location!);
            w.Jsonb(Preformatted(job.Achievements));
            w.Jsonb(Preformatted(job.SkillsUsed));
            WriteTimes(w, i);
        }
        return Archetype(i).Jobs.Count;
    }

    private long WriteCourses(CopyRowWriter w, int i)
    {
        if (!Classified(i))
        {
            return 0;
        }
        foreach (var course in Archetype(i).Courses)
        {
            w.StartRow(8);
            w.Int(firstId + i);
            w.Text(course.CourseName);
            w.Text(course.Provider!);
            WriteDate(w, course.CompletionDate);
            if (course.DurationHours is { } hours)
            {
                w.Double(hours);
            }
            else
            {
                w.Null();
            }
            w.Jsonb(Preformatted(course.SkillsLearned));
            WriteTimes(w, i);
        }
        return Archetype(i).Courses.Count;
    }

    private long WriteEducation(CopyRowWriter w, int i)
    {
        if (!Classified(i))
        {
            return 0;
        }
        foreach (var record in Archetype(i).Education)
        {
            w.StartRow(9);
            w.Int(firstId + i);
            w.Text(record.InstitutionName);
            w.Text(record.Degree!);
            w.Text(record.FieldOfStudy!);
            WriteDate(w, record.StartDate);
            WriteDate(w, record.EndDate);
            w.Text(record.Location!);
            WriteTimes(w, i);
        }
        return Archetype(i).Education.Count;
    }

    private long WriteProducts(CopyRowWriter w, int i)
    {
        if (!HasDocuments(i))
        {
            return 0;
        }
        long rows = 0;
        foreach (var (type, (content, prompt)) in Archetype(i).Documents)
        {
            // Every fourth user with documents regenerated the CV once: two versions, the second active.
            var versions = type == CvDescriptor.Kind && i % 4 == 0 ? 2 : 1;
            for (var version = 1; version <= versions; version++)
            {
                w.StartRow(10);
                w.Int(firstId + i);
                w.Text(type.Label());
                w.Jsonb(Preformatted(content));
                w.Int(version);
                w.Bool(version == versions);
                w.Timestamp(UpdatedAt(i));
                w.Text("built-in"u8);
                w.Text(Preformatted(prompt));
                WriteTimes(w, i);
                rows++;
            }
        }
        return rows;
    }

    private void WriteTimes(CopyRowWriter w, int i)
    {
        w.Timestamp(CreatedAt(i));
        w.Timestamp(UpdatedAt(i));
    }

    private static void WriteDate(CopyRowWriter w, DateOnly? value)
    {
        if (value is { } v)
        {
            w.Date(v);
        }
        else
        {
            w.Null();
        }
    }

    // Archetype lists and documents are shared by thousands of users: each is encoded once (a list as JSON), not once
    // per row.
    private byte[] Preformatted(object value) =>
        _utf8.GetOrAdd(value, v => v is string text ? Encoding.UTF8.GetBytes(text) : JsonSerializer.SerializeToUtf8Bytes(v, Json));

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
