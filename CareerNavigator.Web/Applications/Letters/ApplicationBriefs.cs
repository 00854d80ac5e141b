using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Products.Generation;

namespace CareerNavigator.Web.Applications.Letters;

/// <summary>An application and its advert's match, in the words generation reads (<see cref="ApplicationBrief"/>).</summary>
internal static class ApplicationBriefs
{
    public static ApplicationBrief Of(JobApplication application, AdvertMatch? match) => new(
        application.Id,
        application.Company,
        application.Role,
        application.Location,
        application.Contacts.FirstOrDefault()?.Name,
        match is null ? [] : [.. match.Outcomes.Select(Of)]);

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
