using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Profiles;
using Xunit.Abstractions;

namespace CareerNavigator.Tests.BadInput;

/// <summary>
/// Every form field and upload, with the inputs that break naive code. Each case either is refused with a message
/// for the user and leaves the user's rows exactly as they were, or is accepted and stored intact; nothing else
/// (no crash, no database error, no half-written import) is allowed. All cases run; all failures are listed at once.
/// </summary>
public sealed class BadInputCorpusTests(MigratedDatabase database, ITestOutputHelper output) : IClassFixture<MigratedDatabase>
{
    public static IReadOnlyList<BadInputCase> Cases { get; } = [.. FormCases.All(), .. UploadCases.All(), .. ApplicationCases.All()];

    [Fact]
    public async Task Every_bad_input_is_refused_with_a_message_or_stored_intact()
    {
        var failures = new List<string>();
        var (accepted, refused) = (0, 0);
        foreach (var badInput in Cases)
        {
            int userId;
            await using (var db = database.CreateContext())
            {
                userId = (await TestUsers.AddAsync(db)).Id;
            }
            var user = new CorpusUser(database, userId);
            if (badInput.Prepare is { } prepare)
            {
                await prepare(user);
            }
            var before = await UserRows.SnapshotAsync(database, userId);

            var clock = System.Diagnostics.Stopwatch.StartNew();
            string? message;
            try
            {
                message = await badInput.Submit(user);
            }
            catch (Exception e) when (e is FormValidationException or RecordNotFoundException)
            {
                message = e.Message;
            }
            catch (Exception e)
            {
                failures.Add($"{badInput.Name}: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
                continue;
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(2))
            {
                output.WriteLine($"Slow: {badInput.Name} took {clock.Elapsed.TotalSeconds:0.0} s");
            }
            var after = await UserRows.SnapshotAsync(database, userId);
            if (message is not null)
            {
                refused++;
                if (string.IsNullOrWhiteSpace(message))
                {
                    failures.Add($"{badInput.Name}: refused without a message");
                }
                if (after != before)
                {
                    failures.Add($"{badInput.Name}: refused, but rows were written");
                }
            }
            else
            {
                accepted++;
                if (badInput.Stored is { Length: > 0 } stored && !after.Contains(UserRows.Encoded(stored), StringComparison.Ordinal))
                {
                    failures.Add($"{badInput.Name}: accepted, but not stored as given");
                }
            }
        }

        output.WriteLine($"Bad inputs tried: {Cases.Count} ({refused} refused with a message, {accepted} accepted and stored intact, {failures.Count} failures).");
        foreach (var failure in failures)
        {
            output.WriteLine("FAILED " + failure);
        }
        Assert.True(Cases.Count >= 200, $"Only {Cases.Count} cases.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {Cases.Count} bad inputs failed:\n" + string.Join("\n", failures));
    }
}
