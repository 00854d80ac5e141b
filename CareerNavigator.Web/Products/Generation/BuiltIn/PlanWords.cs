using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>
/// The phrases plans are written with, each taken from the user's facts, with a neutral fallback that reads
/// correctly in the same sentence when the fact is missing.
/// </summary>
internal sealed class PlanWords(ProfileFacts facts)
{
    private bool Continuing => facts.Group == UserGroup.ExperiencedContinuing;

    public ProfileFacts Facts => facts;

    /// <summary>The target field in running text ("data analysis").</summary>
    public string Field => facts.Group == UserGroup.InexperiencedNoGoal ? Options : facts.Role?.Field ?? facts.Group switch
    {
        UserGroup.ExperiencedContinuing => "your field",
        UserGroup.ExperiencedChanging => "your new field",
        UserGroup.InexperiencedWithGoal => "your chosen career",
        _ => "a direction you enjoy",
    };

    /// <summary>
    /// The title to aim for next, in running text: the target occupation itself for those continuing (their goal is the
    /// step), its first entry step otherwise; null without a target.
    /// </summary>
    public string? Title => facts.Group == UserGroup.InexperiencedNoGoal || facts.Role is not { } role ? null
        : TextFit.LowerFirst(Continuing ? role.Name : role.EntryTitles.FirstOrDefault() ?? role.Name);

    /// <summary><see cref="Title"/> as a singular phrase ("the step to {TitleOr}").</summary>
    public string TitleOr => Title ?? (Continuing ? "the next level" : "your first role");

    /// <summary><see cref="Title"/> as a plural phrase ("apply for {TitleRoles}").</summary>
    public string TitleRoles => Title is { } title ? $"{title} roles" : Continuing ? "more senior roles" : "entry-level roles";

    /// <summary>The title after the first one in the new field, for the later years of a plan.</summary>
    public string? GrowthTitle => facts.Role?.NextTitles.FirstOrDefault() is { } next ? TextFit.LowerFirst(next) : null;

    public string? Employer => facts.CurrentJob?.CompanyName;

    public string? Study => facts.LatestEducation is { } study ? Headlines.StudyName(study) : null;

    /// <summary>How many gap skills one quarter of a one-year plan works on.</summary>
    public const int GapsPerQuarter = 2;

    /// <summary>How many gap skills one year of a three- or five-year plan works on.</summary>
    public const int GapsPerYear = 3;

    private const int GapsNamedInSummary = 3;

    /// <summary>The target occupation's missing essential skills that plan period <paramref name="period"/> works on, in the gap report's order.</summary>
    public IReadOnlyList<TypicalSkill> GapsIn(int period, bool quarterly)
    {
        var perPeriod = quarterly ? GapsPerQuarter : GapsPerYear;
        return [.. facts.Gaps.Skip((period - 1) * perPeriod).Take(perPeriod)];
    }

    /// <summary>The first gaps in running text ("a, b, c and 9 more"), or null when there are none.</summary>
    public string? Gaps() => facts.Gaps.Count == 0 ? null
        : TextFit.JoinAnd(facts.Gaps.Take(GapsNamedInSummary).Select(g => TextFit.LowerFirst(g.Name))
            .Concat(facts.Gaps.Count > GapsNamedInSummary ? [$"{facts.Gaps.Count - GapsNamedInSummary} more"] : []));

    /// <summary>A licence or exam the target role needs first, for those not yet in the field.</summary>
    public string? Prerequisite => Continuing ? null : facts.Role?.Prerequisite is { } exam ? TextFit.LowerFirst(exam.Name) : null;

    /// <summary>Where to look for work: the desired locations, else the current one.</summary>
    public string Places => facts.Destinations.Count > 0
        ? TextFit.JoinOr(facts.Destinations.Select(d => d.Name))
        : facts.Home?.Name ?? "the places you would like to work";

    /// <summary>Desired places in the user's own country (or remote), where they can start without a permit.</summary>
    public string NearPlaces
    {
        get
        {
            var near = facts.Destinations.Where(d => !facts.AbroadDestinations.Contains(d)).Select(d => d.Name).ToList();
            return near.Count > 0 ? TextFit.JoinOr(near) : facts.Home?.Name ?? Places;
        }
    }

    public string? Abroad => facts.AbroadDestinations.Count > 0 ? TextFit.JoinOr(facts.AbroadDestinations.Select(d => d.Name)) : null;

    public string? Sectors => facts.Sectors.Count > 0 ? TextFit.JoinOr(facts.Sectors.Take(2).Select(s => TextFit.LowerFirst(s.Kind))) : null;

    /// <summary>The fields a user still exploring named ("music, IT support…").</summary>
    public string Options => facts.Roles.Count > 0 ? TextFit.JoinAnd(facts.Roles.Select(r => r.Field)) : "the subjects you enjoy";

    /// <summary>"You wrote: “…”" quoting the opening of a goal, or "" when there is none.</summary>
    public static string Quote(string? goal) => string.IsNullOrWhiteSpace(goal) ? "" : $"You wrote: “{TextFit.Opening(goal)}” ";

    /// <summary><paramref name="write"/> applied to <paramref name="fact"/>, or null when the fact is missing (the action is then left out).</summary>
    public static string? Then(string? fact, Func<string, string> write) => fact is null ? null : write(fact);

    public static PlanMilestone Milestone(int period, string label, string title, string why, params string?[] actions) => new()
    {
        Period = period,
        Label = label,
        Title = title,
        Why = why.Trim(),
        Actions = [.. actions.OfType<string>()],
    };
}
