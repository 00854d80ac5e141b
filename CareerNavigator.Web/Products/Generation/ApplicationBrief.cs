namespace CareerNavigator.Web.Products.Generation;

/// <summary>
/// The job application a product is written for (a cover letter): the employer, the job, whom to address, and the
/// advert's requirements as the match read them against the user's records, and the advert's text (a source the source
/// check traces facts about the job to). The applications feature builds it after
/// checking that the application is the user's; generation only reads it.
/// </summary>
public sealed record ApplicationBrief(
    int ApplicationId,
    string Employer,
    string JobTitle,
    string? Location,
    string? ContactName,
    IReadOnlyList<BriefRequirement> Requirements,
    string? AdvertText = null)
{
    /// <summary>"For Data Analyst at Northwind": the name a document of the user's own (a CV) written for the application gets.</summary>
    public string VersionName => BuiltIn.TextFit.Fit($"For {JobTitle} at {Employer}", CareerNavigator.Data.Entities.ProductVersionName.MaxLength);
}

/// <summary>What a requirement asks about: the kinds the advert reader finds.</summary>
public enum BriefRequirementKind
{
    Skill,
    Experience,
    Language,
    Education,
    Licence,
}

/// <summary>The kind of the user's record that shows a requirement.</summary>
public enum BriefRecordKind
{
    Job,
    Course,
    Education,
    Language,
    Skill,
    Answer,
}

/// <summary>One requirement of the advert: what it asks ("SQL", "German at B2 or above"), whether it is required, and whether the user's records meet it.</summary>
public sealed record BriefRequirement(BriefRequirementKind Kind, string Label, bool Required, bool Met, IReadOnlyList<BriefEvidence> Evidence);

/// <summary>A record that shows a requirement: which one (<see cref="RecordId"/> of its kind) and its words that show it.</summary>
public sealed record BriefEvidence(BriefRecordKind Record, int? RecordId, string RecordName, string Shows);
