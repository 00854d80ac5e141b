using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.BadInput;

/// <summary>Every row a form or an import can write for one user, as one JSON text: equal texts mean nothing was written.</summary>
public static class UserRows
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
    };

    public static async Task<string> SnapshotAsync(MigratedDatabase database, int userId)
    {
        await using var db = database.CreateContext();
        object[] rows =
        [
            await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.UserGroup, u.Email }).SingleAsync(),
            await db.UserProfiles.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(),
            await db.OnboardingProgress.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(),
            await db.JobExperiences.AsNoTracking().Where(j => j.UserId == userId).OrderBy(j => j.Id).ToListAsync(),
            await db.Courses.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Id).ToListAsync(),
            await db.AcademicRecords.AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.Id).ToListAsync(),
            await db.JobApplications.AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.Id).ToListAsync(),
            await db.ApplicationStatusChanges.AsNoTracking().Where(c => c.JobApplication!.UserId == userId).OrderBy(c => c.Id)
                .Select(c => new { c.JobApplicationId, c.FromStatus, c.ToStatus }).ToListAsync(),
            await db.UserSettings.AsNoTracking().Where(s => s.UserId == userId).Select(s => new { s.TimeZone }).ToListAsync(),
        ];
        return JsonSerializer.Serialize(rows, Options);
    }

    /// <summary>How <paramref name="value"/> looks inside <see cref="SnapshotAsync"/>'s text.</summary>
    public static string Encoded(string value) => JsonSerializer.Serialize(value, Options)[1..^1];
}
