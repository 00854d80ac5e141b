using CareerNavigator.Web.Occupations.Esco;

namespace CareerNavigator.Web.Occupations.Matching;

/// <summary>
/// ESCO's occupations and skills ready to match what people type and write: built once from rows (the shipped download
/// or the database), immutable and safe to share between threads, so one instance serves the whole app.
/// </summary>
public sealed class OccupationIndex
{
    private readonly OccupationSearch _occupations;
    private readonly SkillDetector _skills;

    private OccupationIndex(OccupationSearch occupations, SkillDetector skills)
    {
        _occupations = occupations;
        _skills = skills;
    }

    public static OccupationIndex Build(IEnumerable<EscoOccupationRow> occupations, IEnumerable<EscoSkillRow> skills) =>
        new(new OccupationSearch(occupations), new SkillDetector(skills));

    public int OccupationCount => _occupations.OccupationCount;

    public int OccupationLabelCount => _occupations.LabelCount;

    public int SkillCount => _skills.SkillCount;

    public int SkillLabelCount => _skills.LabelCount;

    /// <summary>
    /// Occupations for a typed title or goal, best first, at most <paramref name="limit"/>. Tolerates short forms,
    /// word order, plurals, one typo per word of five letters or more, extra words, and a last word still being typed.
    /// Blank or unrecognisable text gives no occupations.
    /// </summary>
    public IReadOnlyList<OccupationMatch> Search(string? text, int limit = 10) => _occupations.Search(text, limit);

    /// <summary>
    /// The ESCO skills shown by a person's records; each record is named by its source ("Job 2: description"), which
    /// the evidence quotes with the words that matched.
    /// </summary>
    public IReadOnlyList<SkillMatch> DetectSkills(IEnumerable<(string Source, string Text)> records) => _skills.Detect(records);
}
