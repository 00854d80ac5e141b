using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Occupations.Gaps;

/// <summary>
/// The texts of a user's own records in which skills may show, each named so that evidence can say where it was found
/// ("Job 2 (Nurse at St Mary's): description").
/// </summary>
internal static class ProfileEvidence
{
    public static async Task<IReadOnlyList<(string Source, string Text)>> ForUserAsync(
        CareerNavigatorDbContext db, int userId, CancellationToken cancellationToken)
    {
        var sources = new List<(string, string)>();
        var jobs = await db.JobExperiences.AsNoTracking().Where(j => j.UserId == userId)
            .OrderByDescending(j => j.StartDate).ThenBy(j => j.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < jobs.Count; i++)
        {
            var job = jobs[i];
            var name = $"Job {i + 1} ({job.Position} at {job.CompanyName})";
            Add(sources, $"{name}: title", job.Position);
            Add(sources, $"{name}: description", job.Description);
            Add(sources, $"{name}: achievements", string.Join("\n", job.Achievements));
            Add(sources, $"{name}: skills", string.Join("\n", job.SkillsUsed));
        }

        var courses = await db.Courses.AsNoTracking().Where(c => c.UserId == userId)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < courses.Count; i++)
        {
            var course = courses[i];
            var name = $"Course {i + 1} ({course.CourseName})";
            Add(sources, $"{name}: name", course.CourseName);
            Add(sources, $"{name}: description", course.Description);
            Add(sources, $"{name}: skills", string.Join("\n", course.SkillsLearned));
        }

        var education = await db.AcademicRecords.AsNoTracking().Where(a => a.UserId == userId)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < education.Count; i++)
        {
            var record = education[i];
            var name = $"Education {i + 1} ({record.InstitutionName})";
            Add(sources, $"{name}: degree", string.Join(", ", new[] { record.Degree, record.FieldOfStudy }.Where(s => !string.IsNullOrWhiteSpace(s))));
            Add(sources, $"{name}: description", record.Description);
        }

        var cv = await db.UserProfiles.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.CvContent).SingleOrDefaultAsync(cancellationToken);
        Add(sources, "CV text", cv);
        return sources;
    }

    private static void Add(List<(string, string)> sources, string source, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            sources.Add((source, text));
        }
    }
}
