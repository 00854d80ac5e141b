using System.Text.RegularExpressions;

namespace CareerNavigator.Web.Import.CvReading;

/// <summary>
/// The heading of one entry (a job, a school, a course) cut into its parts at the separators CVs use — " | ", " — ",
/// ", ", " · ", a place in brackets — and told apart by words: legal forms and words for organisations mark an
/// employer, job words a title, words for schools an institution, degree words a degree.
/// </summary>
internal static partial class CvEntryParts
{
    private static readonly string[] LegalForms =
    [
        "ltd", "ltd.", "limited", "plc", "inc", "inc.", "llc", "llp", "gmbh", "ag", "kg", "ohg", "se", "sa", "s.a.", "s.l.", "sl", "s.l.u.", "sas", "sarl", "sàrl",
        "lda", "lda.", "ltda", "ltda.", "sgps", "sp.", "z", "o.o.", "s.p.a.", "spa", "bv", "b.v.", "nv", "oy", "ab", "corp", "corp.", "co.", "e.v.", "ug", "s.c.", "s.r.l.", "srl",
    ];

    private static readonly string[] OrganisationStems =
    [
        "hospital", "clinic", "clínica", "klinik", "krankenhaus", "szpital", "bank", "banco", "banque", "agenc", "agentur", "studio", "restaurant", "hôtel", "hotel",
        "brasserie", "café", "centro", "centre", "center", "zentrum", "institut", "instytut", "software", "system", "sistema", "tecnolog", "technolog", "tech",
        "consult", "analytics", "payment", "digital", "insurance", "seguro", "versicherung", "logisti", "spedition", "biuro", "finanse", "finance", "handel", "energ",
        "games", "solution", "servic", "serviç", "labs", "lab", "media", "retail", "health", "saúde", "cloud", "foundation", "fundación", "fundação", "stiftung",
        "ministr", "council", "company", "compañía", "companhia", "group", "grupo", "groupe", "gruppe", "holding", "industr", "maison", "werbeagentur", "anlagenbau",
        "contas", "corporation", "chu ", "clinique", "medien", "verlag", "partners", "associates", "gmbh", "verlag", "werke", "stadtwerke", "sparkasse", "apotheke", "pharma", "airlines", "motors", "automotive",
    ];

    private static readonly string[] TitleStems =
    [
        "engineer", "develop", "manag", "analy", "nurse", "assist", "chef", "commis", "techni", "direct", "design", "leiter", "disponent", "sachbearbeit", "elektronik",
        "programist", "programad", "księgow", "staży", "stażys", "asystent", "jef", "ingenier", "enferm", "contabil", "desenvolv", "responsable", "chargé", "head", "lead",
        "research", "consultant", "consultor", "special", "especial", "spécial", "intern", "trainee", "praktikant", "stagiaire", "becari", "estagiári", "officer",
        "coordinat", "coordin", "administ", "architect", "arquitect", "scien", "teacher", "profes", "lehrer", "nauczyc", "accountant", "contable", "comptable",
        "buchhalt", "kierown", "dyrekt", "vendedor", "sales", "operat", "mechani", "mecánic", "electric", "électric", "elektri", "koch", "cuisin", "cook", "kucharz",
        "driver", "fahrer", "kierowc", "clerk", "secret", "starsz", "młodsz", "senior", "junior", "graduate", "registered", "staff", "gerente", "gestor", "ingénieur",
        "entwickler", "berater", "referent", "verkäufer", "kaufm", "monteur", "servicetechn", "inżynier", "specjalist", "kierownik", "analityk", "tester", "owner", "founder",
        "freelance", "auxiliar", "técnic", "representative", "agent", "worker", "pracownik", "mitarbeiter", "employé", "empleado", "funcionário", "supervisor",
        "infirmi", "puéricult", "dévelop", "conseill", "commercial", "gestionnaire", "vendeu", "serveu", "caissi", "projekt", "redakt", "krankenpfleg",
    ];

    private static readonly string[] InstitutionStems =
    [
        "universit", "uniwersytet", "hochschule", "politechnika", "polytechn", "politécnic", "escola", "école", "escuela", "lycée", "liceum", "college", "colegio",
        "school", "schule", "institut", "instytut", "akademi", "academ", "berufskolleg", "gymnasium", "faculdade", "facultad", "faculté", "conservato", "szkoła",
        "technikum", "business school", "iut", "ies ", "campus",
    ];

    private static readonly string[] DegreeStems =
    [
        "bsc", "msc", "ba ", "ma ", "mba", "phd", "bachelor", "master", "máster", "mestrado", "grado", "licence", "licenciatura", "licenciado", "magister", "inżynier",
        "licencjat", "doktor", "doctorado", "doutorado", "diplom", "diplôme", "cap ", "bts", "dut", "abitur", "ausbildung", "bacharelado", "beng", "meng", "degree", "associate",
        "hnd", "title", "título", "studia", "engineering", "ingeniería", "ingénieur", "staatlich", "bac ", "baccalauréat", "matura", "técnico superior",
    ];

    /// <summary>The parts of one heading line, in order; with <paramref name="placeInBrackets"/>, a place in brackets at the end is its own part.</summary>
    public static List<string> Split(string text, bool placeInBrackets = false)
    {
        var parts = new List<string>();
        foreach (var piece in StrongSeparator().Split(text))
        {
            var commaParts = new List<string>();
            foreach (var part in piece.Split(", "))
            {
                // "Tejo Contas, Lda.", "Grupo Alfama SGPS, S.A.": a legal form after a comma belongs to the name before it.
                if (commaParts.Count > 0 && IsLegalFormOnly(part))
                {
                    commaParts[^1] += ", " + part.Trim();
                }
                else
                {
                    commaParts.Add(part);
                }
            }
            foreach (var part in commaParts)
            {
                // "Cerámicas Levante S.A. (Castellón)" names a place; "Halle (Saale)" is one.
                if (placeInBrackets && PlaceInBrackets().Match(part) is { Success: true } bracket && bracket.Index > 0
                    && bracket.Groups["place"].Value.Any(char.IsLower) && !LooksLikePlace(part[..bracket.Index]))
                {
                    parts.Add(part[..bracket.Index]);
                    parts.Add(bracket.Groups["place"].Value);
                }
                else
                {
                    parts.Add(part);
                }
            }
        }
        return [.. parts.Select(p => p.Trim(' ', '|', '–', '—', '-', ',', ';', ':', '·')).Where(p => p.Any(char.IsLetterOrDigit))];
    }

    /// <summary>"Engineer at Acme", "Ingeniero en Cerámicas Levante S.A.", "Chef chez X", "Entwickler bei Y": title, then employer.</summary>
    public static List<string> SplitAtPreposition(string text) =>
        Preposition().Match(text) is { Success: true } match && match.Index > 0
            ? [text[..match.Index].Trim(), text[(match.Index + match.Length)..].Trim()]
            : [text];

    public static int EmployerScore(string part) =>
        (Words(part).Any(w => LegalForms.Contains(w)) ? 3 : 0) + (HasStem(part, OrganisationStems) ? 2 : 0) + (HasStem(part, InstitutionStems) ? 1 : 0);

    public static int TitleScore(string part) => HasStem(part, TitleStems) ? 2 : 0;

    public static bool IsInstitution(string part) => HasStem(part, InstitutionStems);

    public static bool IsDegree(string part) => HasStem(part + " ", DegreeStems);

    /// <summary>A town or region: a few capitalised words, no digits, nothing that names an organisation or a role.</summary>
    public static bool LooksLikePlace(string part) =>
        part.Length <= 40 && !part.Any(char.IsDigit) && Words(part).Length <= 4 && char.IsUpper(part.TrimStart()[0])
        && EmployerScore(part) == 0 && TitleScore(part) == 0 && !IsDegree(part);

    private static bool IsLegalFormOnly(string part) => Words(part) is { Length: > 0 } words && words.All(w => LegalForms.Contains(w));

    private static string[] Words(string part) => part.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool HasStem(string part, string[] stems)
    {
        var lower = " " + part.ToLowerInvariant();
        return stems.Any(stem => lower.Contains(" " + stem, StringComparison.Ordinal) || lower.Contains("-" + stem, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\s+[|·•—–]\s+|\s+-\s+|\s*\|\s*")]
    private static partial Regex StrongSeparator();

    [GeneratedRegex(@"\s*\((?<place>[\p{Lu}][\p{L} .'-]{1,40})\)\s*$")]
    private static partial Regex PlaceInBrackets();

    [GeneratedRegex(@"\s+(?:at|@|en|chez|bei|na|no|na|w firmie)\s+(?=\p{Lu})")]
    private static partial Regex Preposition();
}
