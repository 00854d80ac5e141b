using System.ComponentModel;

namespace CareerNavigator.Web.Applications.Matching.Model;

// The shape the model fills in; its JSON schema is the structured-output format of the reading.

[Description("Every requirement the job advert states, in the advert's order; nothing else.")]
public sealed record AdvertModelAnswer(IReadOnlyList<ModelRequirement> Requirements);

public sealed record ModelRequirement(
    [property: Description("One of: skill, experience, language, education, licence (licences, registrations, cards and certificates).")] string Kind,
    [property: Description("required when the advert's words or heading make it a must (must, essential, required, need, minimum, a Requirements list); preferred when they make it a wish (nice to have, a plus, desirable, ideally, preferred, an advantage).")] string Importance,
    [property: Description("The advert's own words this requirement comes from, copied exactly, character for character, from one sentence or list item.")] string Quote,
    [property: Description("What is asked, in a few words: \"SQL\", \"customer service\", \"German\", \"nursing\", \"category C+E driving licence\", \"NMC registration\".")] string Name,
    [property: Description("What the advert accepts instead, each in a few words (\"Tableau\" for \"Power BI or Tableau\"); empty when nothing.")] IReadOnlyList<string> Alternatives,
    [property: Description("experience only: the fewest years asked (2 for \"2+ years\", 1 for \"1–2 years\"); null otherwise.")] int? Years,
    [property: Description("language only: the level asked, A1, A2, B1, B2, C1, C2 or native (\"fluent\" is C1); null when none is stated.")] string? Level,
    [property: Description("education only: secondary, vocational, bachelor, master or doctorate, the lowest the advert accepts; null when none is stated.")] string? EducationLevel,
    [property: Description("education only: the subjects accepted (\"biology\", \"chemistry\"); empty when any.")] IReadOnlyList<string> Fields);
