using CareerNavigator.Web.Applications.Matching.Profile;

namespace CareerNavigator.Web.Applications.Matching;

public enum RequirementKind
{
    Skill,
    Experience,
    Language,
    Education,
    Licence,
}

/// <summary>How the advert asks for a requirement: "must", "essential", a "Requirements" list; or "a plus", "desirable", "Nice to have".</summary>
public enum Importance
{
    Required,
    Preferred,
}

/// <summary>
/// One thing an advert asks of the candidate, with the advert's words it comes from (<see cref="Quote"/>) inside the
/// sentence or list item that says it (<see cref="Context"/>). Each kind knows how a profile meets it.
/// </summary>
public abstract record AdvertRequirement(Importance Importance, AdvertQuote Quote, AdvertQuote Context)
{
    public abstract RequirementKind Kind { get; }

    /// <summary>What is asked, in a few words: "SQL", "3 years as a software developer", "German at B2 or above".</summary>
    public abstract string Label { get; }

    /// <summary>Two readings of one requirement (the same skill said twice) are one.</summary>
    public abstract string Identity { get; }

    /// <summary>Whether the profile meets it, with the records that show it or what is missing and what to do.</summary>
    public abstract RequirementOutcome MatchAgainst(ProfileFacts profile);
}
