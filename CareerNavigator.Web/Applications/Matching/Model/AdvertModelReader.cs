using System.Text.Json;
using CareerNavigator.Web.Applications.Matching.Reading;
using CareerNavigator.Web.Applications.Matching.Requirements.Education;
using CareerNavigator.Web.Applications.Matching.Requirements.Experience;
using CareerNavigator.Web.Applications.Matching.Requirements.Languages;
using CareerNavigator.Web.Applications.Matching.Requirements.Licences;
using CareerNavigator.Web.Applications.Matching.Requirements.Skills;
using CareerNavigator.Web.Import;
using CareerNavigator.Web.Occupations.Matching;
using CareerNavigator.Web.Products.Generation.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Applications.Matching.Model;

/// <summary>
/// Asks the AI model for an advert's requirements (registered only when a model is configured). Every requirement must
/// quote the advert: one whose quote is not in it is dropped and counted, never shown as the advert's words. What the
/// model names is then read the way the built-in reader reads it (ESCO skills, CEFR levels, licence categories), so
/// both readings are matched by the same rules.
/// </summary>
public sealed class AdvertModelReader(StructuredChat chat, IOptions<LlmOptions> options)
{
    private static readonly string[] Kinds = ["skill", "experience", "language", "education", "licence"];

    public async Task<AdvertReading> ReadAsync(string advert, OccupationIndex index, CancellationToken cancellationToken)
    {
        var question = new StructuredQuestion<AdvertModelAnswer>(
            Messages(advert),
            ContentSchemas.ResponseFormat(typeof(AdvertModelAnswer), "advert_requirements", "The requirements the job advert states, each with its quote."),
            Read,
            Stream: false);
        var answer = await chat.AskAsync(question, progress: null, cancellationToken);

        var layout = AdvertLayout.Of(advert);
        var role = AdvertReader.RoleOf(layout.Title, index);
        var requirements = new List<AdvertRequirement>();
        var dropped = 0;
        foreach (var item in answer.Value.Requirements)
        {
            if (AdvertQuotes.Find(advert, item.Quote) is not { } quote)
            {
                dropped++;
                continue;
            }
            requirements.Add(ToRequirement(item, quote, ContextOf(advert, layout, quote), index, role));
        }
        return new AdvertReading(AdvertReader.Distinct(requirements), role, options.Value.ModelLabel, dropped);
    }

    public static IReadOnlyList<ChatMessage> Messages(string advert) =>
    [
        new(ChatRole.System, PromptFiles.Required("system") + "\n\n" + PromptFiles.Required("advert_reading")),
        new(ChatRole.User, PromptBuilder.DataMessage(
            UserDataJson.Serialize(new { AdvertText = advert }),
            "List the requirements this advert states, as one JSON object that matches the schema.")),
    ];

    private static AnswerReading<AdvertModelAnswer> Read(string json)
    {
        var answer = JsonSerializer.Deserialize<AdvertModelAnswer>(json, ContentSchemas.Json);
        if (answer is null)
        {
            return AnswerReading<AdvertModelAnswer>.Refused("The answer is null instead of an object.");
        }
        var problems = new List<string>();
        for (var i = 0; i < answer.Requirements.Count; i++)
        {
            var r = answer.Requirements[i];
            if (!Kinds.Contains(r.Kind))
            {
                problems.Add($"requirements[{i}].kind must be one of {string.Join(", ", Kinds)}.");
            }
            if (r.Importance is not ("required" or "preferred"))
            {
                problems.Add($"requirements[{i}].importance must be required or preferred.");
            }
            if (string.IsNullOrWhiteSpace(r.Name) || string.IsNullOrWhiteSpace(r.Quote))
            {
                problems.Add($"requirements[{i}] needs both name and quote.");
            }
        }
        return new AnswerReading<AdvertModelAnswer>(answer, problems);
    }

    private static AdvertRequirement ToRequirement(ModelRequirement item, AdvertQuote quote, AdvertQuote context, OccupationIndex index, OccupationMatch? role)
    {
        var importance = item.Importance == "preferred" ? Importance.Preferred : Importance.Required;
        var names = new[] { item.Name }.Concat(item.Alternatives ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct().ToList();
        switch (item.Kind)
        {
            case "experience":
                return new ExperienceRequirement(importance, quote, context, item.Years is > 0 ? item.Years : null,
                    [.. names.SelectMany(n => ExperienceSubjects.Of(index, role, n))]);
            case "language":
                var level = item.Level is null ? null : LanguageLevels.FromDescription(item.Level);
                return new LanguageRequirement(importance, quote, context, [.. names.Select(n => new LanguageAsked(LanguageNames.Canonical(n), level))]);
            case "education":
                var educationLevel = Enum.TryParse<EducationLevel>(item.EducationLevel, ignoreCase: true, out var parsed) ? parsed : (EducationLevel?)null;
                return new EducationRequirement(importance, quote, context, educationLevel, [.. (item.Fields ?? []).Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim())]);
            case "licence":
                var driving = names.FirstOrDefault(n => DrivingLicences.IsDriving(n) && n.Contains("licen", StringComparison.OrdinalIgnoreCase));
                return driving is not null
                    ? new LicenceRequirement(importance, quote, context, driving, [], DrivingLicences.CategoriesIn(driving)[0])
                    : new LicenceRequirement(importance, quote, context, item.Name.Trim(), names, null);
            default:
                return new SkillRequirement(importance, quote, context, item.Name.Trim(), [.. names.Select(n => Skill(n, index))]);
        }
    }

    /// <summary>The ESCO skill a name is, when the detector reads the whole name as one ("Python", "wound care"); else the name alone.</summary>
    private static SkillAsked Skill(string name, OccupationIndex index) =>
        index.DetectSkills([("name", name)]).FirstOrDefault() is { } skill ? new SkillAsked(name, skill.Uri, [skill.Label]) : new SkillAsked(name, null);

    /// <summary>The sentence or list item the quote is in, or the lines it spans when it is not in one (a heading, the title).</summary>
    private static AdvertQuote ContextOf(string advert, AdvertLayout layout, AdvertQuote quote)
    {
        var sentence = layout.ContextAt(quote.Start);
        if (sentence.Contains(quote))
        {
            return sentence;
        }
        var start = advert.LastIndexOf('\n', Math.Max(0, quote.Start - 1)) + 1;
        var end = advert.IndexOf('\n', quote.End) is var newline and >= 0 ? newline : advert.Length;
        return AdvertQuote.Of(advert, start, end);
    }
}
