using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.RelocationHelp;

namespace CareerNavigator.Web.Products.Types.RelocationHelp;

/// <summary>
/// One checklist per desired location: what a move there involves (work rights, language, cost of living,
/// job search, recognition of qualifications), judged against where the user lives and the languages they
/// speak. Country rules change, so items point to official sources rather than stating rules.
/// </summary>
internal static class RelocationChecklistBuilder
{
    public static RelocationHelpContent Build(ProfileFacts facts)
    {
        IReadOnlyList<Place> places = facts.Destinations.Count > 0 ? facts.Destinations : facts.Home is { } home ? [home] : [];
        if (places.Count == 0)
        {
            throw new GenerationFailedException(
                "Relocation help needs at least one place you would like to work. Add your desired job locations to your profile, then generate again.");
        }

        var words = new PlanWords(facts);
        return new RelocationHelpContent
        {
            Summary = $"Checklists for {TextFit.JoinAnd(places.Select(p => p.Name))}. Tick items off as you go; immigration and recognition rules change, so check them on official government sites.",
            Destinations = [.. places.Select(place =>
            {
                var kind = KindOf(place, facts.Home);
                return new RelocationDestination { Location = place.Text, MoveKind = kind, Checklist = Checklist(facts, words, place, kind) };
            })],
        };
    }

    private static MoveKind KindOf(Place place, Place? home) =>
        place.IsRemote ? MoveKind.Remote
        : place.SameCityAs(home) ? MoveKind.Local
        : place.Country is not null && place.Country == home?.Country ? MoveKind.Domestic
        : MoveKind.International;

    private static IReadOnlyList<ChecklistItem> Checklist(ProfileFacts facts, PlanWords words, Place place, MoveKind kind)
    {
        var items = new List<ChecklistItem>();
        var from = facts.Home?.Text ?? "where you live now";
        switch (kind)
        {
            case MoveKind.Remote:
                items.Add(Item(ChecklistCategory.WorkRights, "Check where you are allowed to work from",
                    $"Remote employers usually hire only in countries where they have a company or use an employer-of-record service. Check that \"{place.Text}\" includes {from}, and how tax and social security will be handled."));
                items.Add(Item(ChecklistCategory.JobSearch, $"Search remote-first employers for {words.TitleRoles}",
                    "Filter job boards for remote roles and read the small print: many \"remote\" roles are limited to certain countries or time zones."));
                items.Add(Item(ChecklistCategory.CostOfLiving, "Compare remote pay with local pay",
                    $"Remote salaries are often set by location; compare each offer with what the same role pays in {from}."));
                items.Add(Item(ChecklistCategory.Practicalities, "Set up a place to work from home",
                    "A reliable internet connection, a quiet space and suitable equipment; ask whether the employer provides equipment or an allowance."));
                break;

            case MoveKind.Local:
                items.Add(JobSearch(words, place, fromAbroad: false));
                items.Add(Item(ChecklistCategory.JobSearch, $"Meet people in {words.Field} in {place.Name}",
                    "Go to two local meetups, fairs or professional events; many local jobs are filled through people before they are advertised."));
                break;

            case MoveKind.Domestic:
                items.Add(CostOfLiving(words, place, from));
                items.Add(JobSearch(words, place, fromAbroad: false));
                items.Add(Item(ChecklistCategory.Practicalities, $"Plan housing and registration in {place.Name}",
                    "Look at neighbourhoods and commuting times, and find out how to register a new address; employers often expect a start within a month of an offer."));
                break;

            default:
                items.Add(WorkRights(place, facts.Home));
                items.AddRange(Languages(facts, place));
                items.Add(CostOfLiving(words, place, from));
                items.Add(JobSearch(words, place, fromAbroad: true));
                items.AddRange(Credentials(facts, place));
                items.Add(Item(ChecklistCategory.Practicalities, "Gather your documents and get them translated",
                    "Passport, degree certificates and transcripts, course certificates and references from your employers; get certified translations where the destination asks for them."));
                break;
        }
        return items;
    }

    private static ChecklistItem WorkRights(Place place, Place? home)
    {
        if (place.Country is not { } country)
        {
            return Item(ChecklistCategory.WorkRights, $"Find out whether you need a permit to work in {place.Text}",
                "Use the official immigration website of the country's government: which permit fits your role, whether it needs a job offer first, how long it takes and what it costs.");
        }
        if (country.FreeMovementEurope && home?.Country is { FreeMovementEurope: true })
        {
            return Item(ChecklistCategory.WorkRights, $"Confirm your right to work in {country.InText}",
                $"Citizens of EU/EEA countries and Switzerland can work in {country.InText} without a work permit, and register as residents after moving. If you are not such a citizen, research the work permits on the official immigration website.");
        }
        return Item(ChecklistCategory.WorkRights, $"Research the work permit or visa you need for {country.InText}",
            $"Read the official immigration pages of the government of {country.InText}, not agents' summaries: which permit fits your role, whether it needs a job offer first, salary thresholds, processing time and costs. Put the dates in your plan.");
    }

    private static IEnumerable<ChecklistItem> Languages(ProfileFacts facts, Place place)
    {
        if (place.Country is not { } country)
        {
            var yours = facts.Profile.Languages.Count > 0 ? string.Join(", ", facts.Profile.Languages.Select(l => $"{l.Language} ({l.Proficiency})")) : "none listed yet";
            yield return Item(ChecklistCategory.Language, $"Find out which languages employers in {place.Text} expect",
                $"Compare what job adverts there ask for with your languages: {yours}.");
            yield break;
        }

        var any = false;
        foreach (var language in country.Languages)
        {
            var level = LanguageReadiness.Level(facts.Profile.Languages, language);
            if (LanguageReadiness.IsFluent(level))
            {
                var registration = facts.Role is { Regulated: true } role
                    ? $" For registration as {Headlines.Article(TextFit.LowerFirst(role.Name))}, check whether a recognised test result is required and its minimum scores."
                    : "";
                yield return Item(ChecklistCategory.Language, $"Keep proof of your {language} ready",
                    $"You listed {language} at {level}, which suits professional work in {country.InText}.{registration}");
            }
            else if (LanguageReadiness.IsWorkReady(level))
            {
                yield return Item(ChecklistCategory.Language, $"Take your {language} from {level} towards C1",
                    $"{level} is enough for many jobs in {country.InText}; interviews and daily work are easier at C1. A course with a recognised exam also gives you proof of level.");
            }
            else if (country.Languages.Length == 1 || level is not null)
            {
                var fluent = facts.Profile.Languages.Where(l => LanguageReadiness.IsWorkReady(l.Proficiency)).Select(l => l.Language).ToList();
                yield return Item(ChecklistCategory.Language, $"Start learning {language}",
                    $"Most jobs in {country.InText} are done in {language}; you {(level is null ? "did not list it" : $"listed {level}")}. Aim for B2 before you apply" +
                    (fluent.Count > 0 ? $", or look for employers there that work in {TextFit.JoinOr(fluent)}." : "."));
            }
            else
            {
                continue;
            }
            any = true;
        }

        if (!any)
        {
            yield return Item(ChecklistCategory.Language, $"Choose which of {TextFit.JoinOr(country.Languages)} to learn",
                $"Jobs in {country.InText} are done in {TextFit.JoinOr(country.Languages)}, depending on the region, and none of them is among your languages yet. Find out which one employers in {place.Name} use and aim for B2.");
        }
    }

    private static IEnumerable<ChecklistItem> Credentials(ProfileFacts facts, Place place)
    {
        var country = place.Country?.InText ?? place.Text;
        if (facts.Education.Count > 0)
        {
            var studies = TextFit.JoinAnd(facts.Education.Take(2).Select(Headlines.StudyName));
            var network = place.Country is { FreeMovementEurope: true } ? " (the ENIC-NARIC network lists the European centres)" : "";
            yield return Item(ChecklistCategory.Credentials, $"Check how {country} recognises your {studies}",
                $"Contact the official centre for the recognition of foreign qualifications in {country}{network}; ask which documents it needs and how long it takes.");
        }
        if (facts.Role is { Regulated: true } role)
        {
            yield return Item(ChecklistCategory.Credentials, $"Register with the body that licenses the profession of {TextFit.LowerFirst(role.Name)} in {country}",
                $"{role.Name}: {role.RegulatedBy}, so you cannot practise before you are registered. Find the national regulator, check its requirements (qualification, language, experience) and start early; registration can take months.");
        }
    }

    private static ChecklistItem CostOfLiving(PlanWords words, Place place, string from) =>
        Item(ChecklistCategory.CostOfLiving, $"Compare the cost of living in {place.Name} with {from}",
            $"List rent for a room or a one-bedroom flat, transport, food, health insurance and taxes, and set them against typical pay for {words.TitleRoles} there. Save for the first three months: deposit, rent and travel.");

    private static ChecklistItem JobSearch(PlanWords words, Place place, bool fromAbroad) =>
        Item(ChecklistCategory.JobSearch, $"Set up job alerts for {words.TitleRoles} in {place.Name}",
            $"Use the national or regional job portal, LinkedIn with the location set to {place.Name}, and recruiters who hire for {words.Field}." +
            (fromAbroad ? " Ask early whether the employer sponsors work permits." : ""));

    private static ChecklistItem Item(ChecklistCategory category, string task, string detail) =>
        new() { Category = category, Task = task, Detail = detail, Done = false };
}
