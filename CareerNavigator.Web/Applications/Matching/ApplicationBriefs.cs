using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Jobs;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Applications.Matching;

/// <summary>
/// What documents written for an application (its cover letter, a CV tailored to it) are written from: the signed-in
/// user's application, read through <see cref="ApplicationService"/> (another user's answers as missing), and its
/// advert's requirements as the built-in match reads them against the profile now, in the words generation reads
/// (<see cref="ApplicationBrief"/>).
/// </summary>
public sealed class ApplicationBriefs(ApplicationService applications, AdvertMatchService matching) : IApplicationBriefReader
{
    /// <summary>Throws <see cref="RecordNotFoundException"/> when the application is missing or not the user's.</summary>
    public async Task<ApplicationBrief> ReadAsync(int applicationId, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(applicationId, cancellationToken) ?? throw new RecordNotFoundException();
        return Of(application, await MatchAsync(application.AdvertText, cancellationToken));
    }

    /// <summary>The advert's requirements against the profile; none when there is no advert or it is longer than the reader reads.</summary>
    private async Task<AdvertMatch?> MatchAsync(string? advert, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(advert) || advert.Length > AdvertForm.MaxLength)
        {
            return null;
        }
        return await matching.MatchAsync(await matching.ReadAsync(advert, cancellationToken), cancellationToken);
    }

    internal static ApplicationBrief Of(JobApplication application, AdvertMatch? match) => new(
        application.Id,
        application.Company,
        application.Role,
        application.Location,
        application.Contacts.FirstOrDefault()?.Name,
        match is null ? [] : [.. match.Outcomes.Select(Of)],
        application.AdvertText);

    private static BriefRequirement Of(RequirementOutcome outcome) => new(
        outcome.Requirement.Kind switch
        {
            RequirementKind.Skill => BriefRequirementKind.Skill,
            RequirementKind.Experience => BriefRequirementKind.Experience,
            RequirementKind.Language => BriefRequirementKind.Language,
            RequirementKind.Education => BriefRequirementKind.Education,
            _ => BriefRequirementKind.Licence,
        },
        outcome.Requirement.Label,
        outcome.Requirement.Importance == Importance.Required,
        outcome.Met,
        [.. outcome.Evidence.Select(e => new BriefEvidence(Record(e.Record), e.RecordId, e.RecordName, e.Shows))]);

    private static BriefRecordKind Record(RecordKind kind) => kind switch
    {
        RecordKind.Job => BriefRecordKind.Job,
        RecordKind.Course => BriefRecordKind.Course,
        RecordKind.Education => BriefRecordKind.Education,
        RecordKind.Language => BriefRecordKind.Language,
        RecordKind.ProfileSkill => BriefRecordKind.Skill,
        _ => BriefRecordKind.Answer,
    };
}
