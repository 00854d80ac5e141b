namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>
/// Professions licensed in most countries although ESCO marks only 15 occupations as regulated (v1.1.1): health
/// professionals, teachers, electricians and plumbers, social workers, lawyers. Keyed by ISCO-08 group prefix; the
/// product names this table as its source, beside ESCO's own mark.
/// </summary>
internal static class LicensedProfessions
{
    public const string EscoSource = "ESCO marks it as a regulated profession";
    public const string TableSource = "it is licensed in most countries (Career Navigator's table of commonly licensed professions, by ISCO group)";

    private static readonly (string IscoPrefix, string Licence)[] Table =
    [
        ("221", "the medical licensing examination and registration with the medical council"),
        ("222", "the nursing or midwifery licensure examination and registration with the nursing council"),
        ("2261", "the dental licensing examination and registration"),
        ("2262", "the pharmacy licensing examination and registration"),
        ("2264", "registration as a physiotherapist"),
        ("2250", "registration with the veterinary council"),
        ("2330", "a recognised teaching qualification and registration as a teacher"),
        ("2341", "a recognised teaching qualification and registration as a teacher"),
        ("2342", "a recognised early-years teaching qualification"),
        ("2611", "admission to the bar or the law society"),
        ("2635", "registration as a social worker"),
        ("2161", "registration as an architect"),
        ("7411", "an electrician's licence or certificate of competence"),
        ("7126", "a plumbing or gas-safety licence"),
    ];

    /// <summary>The licence the occupation's ISCO group needs before one can practise, or null when the table lists none.</summary>
    public static string? Licence(string iscoGroup) =>
        Table.Where(t => iscoGroup.StartsWith(t.IscoPrefix, StringComparison.Ordinal)).Select(t => t.Licence).FirstOrDefault();
}
