namespace CareerNavigator.Web.Occupations.Matching;

/// <summary>
/// Names people write on CVs for an ESCO concept that ESCO's own labels lack (v1.1.1 knows "Microsoft Office Excel" but
/// not "Excel", "use of defibrillators" but not "AED"). They are read as further alternative labels of the concept.
/// Only names that mean that one concept wherever they appear belong here.
/// </summary>
internal static class CvSkillLabels
{
    public static readonly IReadOnlyDictionary<string, string[]> ByUri = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // use spreadsheets software
        ["http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be"] = ["Excel", "Microsoft Excel", "MS Excel"],
        // use word processing software
        ["http://data.europa.eu/esco/skill/81633a44-f1db-4a01-a940-804c6905e330"] = ["Microsoft Word", "MS Word"],
        // use presentation software
        ["http://data.europa.eu/esco/skill/234aeb8d-56c3-4531-9193-1c5e6a8d16cb"] = ["PowerPoint", "Microsoft PowerPoint", "Google Slides"],
        // defibrillation
        ["http://data.europa.eu/esco/skill/b7ff512a-8bce-4918-b11b-7c388892472c"] = ["AED", "automated external defibrillator"],
        // perform data cleansing
        ["http://data.europa.eu/esco/skill/50b100ea-74fd-4706-99db-3e4ca55e51b8"] = ["data cleaning", "clean data"],
        // play musical instruments
        ["http://data.europa.eu/esco/skill/8f8a8803-dc72-4488-9991-7c7d373e01fa"] = ["play guitar", "play the guitar", "play drums", "play the drums", "play violin", "play the violin", "guitarist", "drummer", "violinist"],
        // manage relationships with stakeholders
        ["http://data.europa.eu/esco/skill/1af2db15-2af9-44dd-9639-bf1fc69d4c34"] = ["stakeholder management", "managing stakeholders"],
        // prepare lesson content
        ["http://data.europa.eu/esco/skill/20f57a7f-b90e-4403-8c77-5ddd89b5835b"] = ["lesson planning", "plan lessons"],
    };
}
