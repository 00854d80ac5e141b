using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>The one-line descriptions of the user that the CV, LinkedIn and summaries share, worded for their group.</summary>
internal static class Headlines
{
    /// <summary>Who the user is now: current position, else latest study, else latest job.</summary>
    public static string Identity(ProfileFacts facts)
    {
        if (facts.CurrentJob is { } job && facts.IsExperienced)
        {
            return job.Position;
        }
        if (facts.LatestEducation is { } study)
        {
            return StudyName(study);
        }
        return facts.LatestJob?.Position ?? "Job seeker";
    }

    /// <summary>Where the user is heading, in a few words, or null when the goals name no known role.</summary>
    public static string? Direction(ProfileFacts facts) => facts.Group switch
    {
        UserGroup.ExperiencedContinuing when facts.Role is { } role => $"working towards {Article(role.Name)} role",
        UserGroup.ExperiencedChanging when facts.Role is { } role => $"moving into {role.Field}",
        UserGroup.InexperiencedWithGoal when facts.Role is { } role => $"aspiring {TextFit.LowerFirst(role.Name)}",
        UserGroup.InexperiencedNoGoal when facts.Roles.Count > 0 => $"exploring {TextFit.JoinAnd(facts.Roles.Select(r => r.Field))}",
        _ => null,
    };

    public static string Headline(ProfileFacts facts) =>
        Direction(facts) is { } direction ? $"{Identity(facts)} — {direction}" : Identity(facts);

    /// <summary>"BSc in Nursing, Northbay College" style name of a study record, from its own fields only (a long field of study is left out).</summary>
    public static string StudyName(AcademicRecord study)
    {
        var field = study.FieldOfStudy is { Length: <= 40 } || study.Degree is null ? study.FieldOfStudy : null;
        var what = (study.Degree, field) switch
        {
            ({ } degree, { } studied) => $"{degree} in {studied}",
            ({ } degree, null) => degree,
            (null, { } studied) => studied,
            _ => "Studies",
        };
        return $"{what}, {study.InstitutionName}";
    }

    public static string Article(string noun) => ("aeiou".Contains(char.ToLowerInvariant(noun[0])) ? "an " : "a ") + TextFit.LowerFirst(noun);
}
