using System.Text.RegularExpressions;

namespace CareerNavigator.Web.Applications.Matching.Reading;

/// <summary>
/// The advert's own wording for how much it wants something: marker words in a clause ("must", "essential", "a plus",
/// "desirable", "preferred but not essential") and the headings lists sit under ("Requirements", "Nice to have").
/// </summary>
internal static partial class ImportanceWords
{
    /// <summary>What a clause says by its own words: a requirement, a preference, explicitly not a requirement, or nothing.</summary>
    public enum Marker
    {
        None,
        Required,
        Preferred,
        NotRequired,
    }

    public static Marker Of(string clause)
    {
        var text = Normal(clause);
        var negated = Negation().IsMatch(text);
        var rest = Negation().Replace(text, " ");
        if (PreferredWords().IsMatch(rest))
        {
            return Marker.Preferred;
        }
        if (negated)
        {
            return Marker.NotRequired;
        }
        return RequiredWords().IsMatch(rest) ? Marker.Required : Marker.None;
    }

    /// <summary>
    /// Where, in a clause that names the role ("We are looking for a receptionist to…", "We need a Site Manager to…"),
    /// what is asked of the person starts ("…with 2 years' experience"): the index of "with"/"who", or -1 when the
    /// clause only names the role. Null when the clause does not name a role this way.
    /// </summary>
    public static int? RoleClauseRequirementsStart(string clause)
    {
        var text = Normal(clause);
        var role = RolePhrase().Match(text);
        if (!role.Success)
        {
            return null;
        }
        var with = WithOrWho().Match(text, role.Index + role.Length);
        return with.Success ? with.Index : -1;
    }

    /// <summary>A clause that gives a reason ("as many of our customers speak them", "for collaboration with…") asks nothing.</summary>
    public static bool GivesAReason(string clause) => ReasonClause().IsMatch(Normal(clause));

    /// <summary>A condition ("If you need adjustments at any stage…", "if you meet most of the requirements") asks nothing.</summary>
    public static bool SetsACondition(string clause) => Condition().IsMatch(Normal(clause));

    /// <summary>The section a heading opens, or null when the line is not a heading we know.</summary>
    public static Section? OfHeading(string line)
    {
        var text = Normal(line).Trim().TrimEnd(':').Trim();
        if (text.Length == 0)
        {
            return null;
        }
        if (PreferredHeading().IsMatch(text))
        {
            return Section.Preferred;
        }
        if (RequiredHeading().IsMatch(text))
        {
            return Section.Required;
        }
        return NeutralHeading().IsMatch(text) ? Section.Neutral : null;
    }

    /// <summary>Lower case, with typographic apostrophes made plain.</summary>
    public static string Normal(string text) => text.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');

    [GeneratedRegex(@"\b(not (?:be )?(?:required|essential|necessary|needed|mandatory|a (?:must|requirement))|no need|isn't (?:required|essential|necessary|needed)|aren't (?:required|essential|necessary|needed)|no (?:previous |prior )?experience (?:is )?(?:required|necessary|needed))\b")]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(nice[- ]to[- ]have|good to have|(?:a|big|huge|real|definite|added|great) plus|plus points?|bonus points?|(?:is|are|be|a|an added|big|real|huge) bonus|preferred|preferable|preferably|desirable|desired|advantage|advantageous|ideally|would be (?:great|nice|good|useful|helpful|beneficial|welcome)|beneficial|an asset|welcome|welcomed|helpful|useful|optional|not essential|would help)\b")]
    private static partial Regex PreferredWords();

    [GeneratedRegex(@"\b(must|essential|required|requirements?|mandatory|necessary|you(?:'ll| will)? need|needed|should|minimum|at least|expected|will have|you have|you'll have|you will bring|you'll bring|proven|demonstrable|ideal candidate)\b")]
    private static partial Regex RequiredWords();

    [GeneratedRegex(@"\b(?:we(?: are|'re)? (?:looking for|seeking|hiring|recruiting)|we need|looking for|seeking|are hiring)\b")]
    private static partial Regex RolePhrase();

    [GeneratedRegex(@"^\s*(?:as|because|since|so that|so|for|which|where|whereas|while)\b")]
    private static partial Regex ReasonClause();

    [GeneratedRegex(@"^\s*(?:if|unless|whether)\b")]
    private static partial Regex Condition();

    [GeneratedRegex(@"\b(?:with|who)\b")]
    private static partial Regex WithOrWho();

    [GeneratedRegex(@"^(?:nice[- ]to[- ]have|good to have|desirable|preferred|preferable|bonus|plus|(?:a|big) plus|advantageous|ideally|it would be (?:desirable|great|nice)|extra|beneficial|optional)\b")]
    private static partial Regex PreferredHeading();

    [GeneratedRegex(@"^(?:requirements?|required|essential|essentials|must|must[- ]haves?|minimum|key (?:requirements|skills|criteria)|what (?:you'll|you will|you) need|what (?:we're|we are) looking for|who (?:we're|we are) looking for|about you|your profile|profile|who you are|person specification|selection criteria|criteria|qualifications|skills and experience|experience and skills|skills|you have|you'll have|you will have|you'll bring|what you(?:'ll| will)? bring|the ideal candidate|the successful candidate|to apply)\b")]
    private static partial Regex RequiredHeading();

    [GeneratedRegex(@"^(?:about (?:the role|the job|us|the company|the team)|the role|role|who we are|what (?:you'll|you will) do|what you'd be doing|responsibilities|your responsibilities|duties|key duties|your tasks|tasks|day to day|a day in the life|what we offer|we offer|benefits|perks|salary|pay|package|how to apply|job summary|summary|overview|job description|the job|the position|the team|location|hours|contract|in this role|why join us)\b")]
    private static partial Regex NeutralHeading();
}

/// <summary>What the lines under a heading are: requirements, preferences, or neither (duties, benefits, the company).</summary>
internal enum Section
{
    Neutral,
    Required,
    Preferred,
}
