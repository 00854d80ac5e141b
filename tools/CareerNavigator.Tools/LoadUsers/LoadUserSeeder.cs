using System.CommandLine;
using System.Globalization;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Onboarding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Tools.LoadUsers;

/// <summary>
/// <c>seed-load-users [--onboarding N] [--complete N] [--password P] [--password-iterations N]</c>: makes sure the load
/// tool's accounts exist and are back at their starting point. <c>load-onboarding-00001@load.careernavigator.local</c>…
/// are starting out with a goal and stand on the wizard's Goals step with empty goals; <c>load-complete-00001@…</c>…
/// carry a demo persona's whole profile, onboarding finished and no documents. All share one password, hashed with the
/// app's hasher or with fewer PBKDF2 iterations (signing thousands of accounts in is not what the load run measures;
/// the app under load then needs the same count, <c>LoadTesting:PasswordHashIterations</c>, or it rehashes at sign-in).
/// </summary>
public static class LoadUserSeeder
{
    public const string DefaultPassword = "load-navigator-2026";
    private const int Chunk = 500;

    public static string Email(string kind, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"load-{kind}-{number:D5}@load.careernavigator.local");

    public sealed record Accounts(int Onboarding, int Complete, string Password = DefaultPassword, int? PasswordIterations = null);

    public static Command Command()
    {
        var onboarding = WholeNumberOption.Between("--onboarding", 0, 99_999, "accounts on the wizard's Goals step");
        var complete = WholeNumberOption.Between("--complete", 0, 99_999, "accounts with a complete profile");
        var password = new Option<string>("--password") { Description = "their password", DefaultValueFactory = _ => DefaultPassword };
        var iterations = WholeNumberOption.Between("--password-iterations", 1, 10_000_000,
            "PBKDF2 iterations of the password hash (default: the app's, Identity's 100,000)");
        var command = new Command("seed-load-users", "Creates the load run's accounts or puts them back at their starting point.")
        {
            onboarding, complete, password, iterations,
        };
        command.SetAction((parse, _) => ToolApp.RunAsync(prepareDatabase: true, services => RunAsync(services,
            new Accounts(parse.GetValue(onboarding), parse.GetValue(complete), parse.GetValue(password)!,
                parse.GetResult(iterations) is null ? null : parse.GetValue(iterations)), Console.Out)));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, Accounts accounts, TextWriter output)
    {
        var (onboarding, complete) = (accounts.Onboarding, accounts.Complete);
        var contextFactory = services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        // One hash for all: hashing is deliberately slow, and a benchmark account needs no salt of its own.
        await using var scope = services.CreateAsyncScope();
        var hasher = accounts.PasswordIterations is { } iterations
            ? new PasswordHasher<User>(Options.Create(new PasswordHasherOptions { IterationCount = iterations }))
            : scope.ServiceProvider.GetRequiredService<IPasswordHasher<User>>();
        var passwordHash = hasher.HashPassword(new User(), accounts.Password);

        await SeedAsync(contextFactory, "onboarding", onboarding, passwordHash, OnboardingUser, OnGoalsStep);
        await SeedAsync(contextFactory, "complete", complete, passwordHash, CompleteUser, user => Finished(user, now));
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

    private static OnboardingProgress Finished(User user, DateTime now) =>
        new() { User = user, CurrentStep = OnboardingStep.Review.Key(), CompletedAt = now };
}
