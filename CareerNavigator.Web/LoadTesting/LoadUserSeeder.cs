using System.Globalization;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Onboarding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.LoadTesting;

/// <summary>
/// <c>seed-load-users [--onboarding N] [--complete N] [--password P]</c>: makes sure the load tool's accounts exist
/// and are back at their starting point. <c>load-onboarding-00001@load.careernavigator.local</c>… are starting out
/// with a goal and stand on the wizard's Goals step with empty goals; <c>load-complete-00001@…</c>… carry a demo
/// persona's whole profile, onboarding finished and no documents. All share one password.
/// </summary>
public static class LoadUserSeeder
{
    public const string DefaultPassword = "load-navigator-2026";
    private const int Chunk = 500;

    public static string Email(string kind, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"load-{kind}-{number:D5}@load.careernavigator.local");

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter? output = null)
    {
        output ??= Console.Out;
        var onboarding = Count(args, "--onboarding");
        var complete = Count(args, "--complete");
        var password = Option(args, "--password") ?? DefaultPassword;
        var contextFactory = services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>();
        // One hash for all: hashing is deliberately slow, and a benchmark account needs no salt of its own.
        await using var scope = services.CreateAsyncScope();
        var passwordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<User>>().HashPassword(new User(), password);

        await SeedAsync(contextFactory, "onboarding", onboarding, passwordHash, OnboardingUser, OnGoalsStep);
        await SeedAsync(contextFactory, "complete", complete, passwordHash, CompleteUser, Finished);
        await output.WriteLineAsync($"Load users ready: {onboarding} on the Goals step ({Email("onboarding", 1)}…), " +
                                    $"{complete} with a complete profile ({Email("complete", 1)}…).");
        return 0;
    }

    private static async Task SeedAsync(IDbContextFactory<CareerNavigatorDbContext> contextFactory, string kind, int count,
        string passwordHash, Func<string, int, User> create, Func<User, OnboardingProgress> progress)
    {
        var emails = Enumerable.Range(1, count).Select(i => Email(kind, i)).ToList();
        for (var start = 0; start < emails.Count; start += Chunk)
        {
            var chunk = emails.Skip(start).Take(Chunk).ToList();
            await using var db = await contextFactory.CreateDbContextAsync();
            var existing = await db.Users.Where(u => chunk.Contains(u.Email!)).Select(u => new { u.Id, u.Email }).ToListAsync();
            var ids = existing.Select(u => u.Id).ToList();

            // Back to the starting point: earlier runs moved users along the wizard and generated documents.
            await db.GeneratedProducts.Where(p => ids.Contains(p.UserId)).ExecuteDeleteAsync();
            await db.Users.Where(u => ids.Contains(u.Id)).ExecuteUpdateAsync(u => u
                .SetProperty(x => x.PasswordHash, passwordHash)
                .SetProperty(x => x.AccessFailedCount, 0)
                .SetProperty(x => x.LockoutEnd, (DateTimeOffset?)null));
            if (kind == "onboarding")
            {
                await db.OnboardingProgress.Where(p => ids.Contains(p.UserId))
                    .ExecuteUpdateAsync(p => p.SetProperty(x => x.CurrentStep, OnboardingStep.Goals.Key()));
                await db.UserProfiles.Where(p => ids.Contains(p.UserId)).ExecuteUpdateAsync(p => p
                    .SetProperty(x => x.CareerGoals, (string?)null)
                    .SetProperty(x => x.ShortTermGoals, (string?)null)
                    .SetProperty(x => x.LongTermGoals, (string?)null));
            }

            var known = existing.Select(u => u.Email).ToHashSet(StringComparer.Ordinal);
            var missing = chunk.Select((email, i) => (email, number: start + i)).Where(e => !known.Contains(e.email)).ToList();
            foreach (var (email, number) in missing)
            {
                var user = create(email, number);
                user.PasswordHash = passwordHash;
                db.Users.Add(user);
                db.OnboardingProgress.Add(progress(user));
            }
            await db.SaveChangesAsync();
        }
    }

    private static User OnboardingUser(string email, int number) => DemoPersonaUsers.Account(email, UserGroup.InexperiencedWithGoal);

    private static OnboardingProgress OnGoalsStep(User user) => new()
    {
        User = user,
        CurrentStep = OnboardingStep.Goals.Key(),
        Answers = new OnboardingAnswers
        {
            YearsOfPaidWork = 0,
            ChangingField = false,
            HasClearGoal = true,
            SuggestedGroup = UserGroup.InexperiencedWithGoal,
        },
    };

    private static User CompleteUser(string email, int number) =>
        DemoPersonaUsers.Create(DemoPersonas.All[number % DemoPersonas.All.Count], email);

    private static OnboardingProgress Finished(User user) =>
        new() { User = user, CurrentStep = OnboardingStep.Review.Key(), CompletedAt = DateTime.UtcNow };

    private static int Count(string[] args, string name) =>
        int.TryParse(Option(args, name), CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : 0;

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
