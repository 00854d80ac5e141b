using System.Globalization;
using System.Text;

namespace CareerNavigator.Web.Import.CvReading;

internal enum CvSection { Preamble, Contact, Summary, Experience, Education, Courses, Languages, Skills, Other }

/// <summary>
/// Section headings in English, Spanish, French, German, Polish and Portuguese. A line is a heading when it is short
/// and every word of it is heading vocabulary ("Work experience", "Formación académica", "Kursy i certyfikaty"), so an
/// entry that merely starts with such a word ("Ausbildung zum Elektroniker …") is not.
/// </summary>
internal static class CvHeadings
{
    private static readonly Dictionary<string, CvSection> Words = Build();

    /// <summary>Words that only qualify a heading ("professional", "académica", "obce") or join its words.</summary>
    private static readonly HashSet<string> Qualifiers =
    [
        "and", "&", "+", "/", "y", "e", "et", "und", "i", "oraz", "of", "de", "des", "du", "la", "le", "der", "die", "do", "da", "em", "en", "my", "mes", "mis", "meine",
        "professional", "professionnelle", "professionnelles", "professionnel", "profesional", "profesionales", "profissional", "profissionais", "zawodowe", "zawodowa",
        "work", "employment", "career", "relevant", "selected", "key", "core", "technical", "technique", "techniques", "técnicas", "técnicos", "technische",
        "academic", "académica", "académico", "académique", "académicos", "acadêmica", "académicas", "acadêmico", "universitaria", "universitaire",
        "personal", "personales", "personnelles", "personnel", "persönliche", "pessoais", "osobowe", "kontaktowe", "details", "information", "info", "data", "daten", "datos", "dados", "dane",
        "other", "additional", "otros", "otras", "autres", "weitere", "sonstige", "inne", "outras", "outros",
        "obce", "foreign", "extranjeros", "étrangères", "fremd", "estrangeiras", "idiomas", "it", "edv", "informatiques", "informáticos", "informáticas", "computer", "digital", "digitales",
        "beruflicher", "berufliche", "beruflichen", "historial", "laboral", "histórico", "history", "trajectoire", "trayectoria", "percurso", "parcours", "werdegang", "przebieg", "kariery",
        "complementary", "complementaria", "complementarias", "complémentaire", "complémentaires", "complementar", "complementares", "continue", "continua", "contínua", "uzupełniające",
        "summary", "licenses", "licences", "training", "qualifications", "qualifikationen", "and/or", "background", "spoken", "habladas", "parlées", "gesprochene", "faladas",
    ];

    /// <summary>Qualifiers that turn an education heading into a courses one ("Formación complementaria").</summary>
    private static readonly HashSet<string> CourseQualifiers =
        ["complementary", "complementaria", "complementarias", "complémentaire", "complémentaires", "complementar", "complementares", "continue", "continua", "contínua", "uzupełniające", "training"];

    /// <returns>The section the line heads, or null when it is not a heading.</returns>
    public static CvSection? Read(string line)
    {
        var text = line.Trim().TrimEnd(':', '.', ' ').Trim();
        if (text.Length is 0 or > 45 || text.Any(char.IsDigit) || text.Contains('@'))
        {
            return null;
        }
        var words = text.ToLowerInvariant().Split([' ', '-', '/', ',', '&', '|'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 5)
        {
            return null;
        }
        CvSection? found = null;
        var courseQualified = false;
        foreach (var word in words)
        {
            if (Words.TryGetValue(word, out var section) || Words.TryGetValue(Fold(word), out section))
            {
                // The most specific wins: "Cursos y certificaciones" is courses, "Education and training" education.
                found = found is null || Rank(section) > Rank(found.Value) ? section : found;
            }
            else if (Qualifiers.Contains(word) || Qualifiers.Contains(Fold(word)))
            {
                courseQualified |= CourseQualifiers.Contains(word);
            }
            else
            {
                return null;
            }
        }
        if (found is null && words.Contains("training"))
        {
            found = CvSection.Courses;
        }
        return found == CvSection.Education && courseQualified ? CvSection.Courses : found;
    }

    private static int Rank(CvSection section) => section switch
    {
        CvSection.Courses => 5,
        CvSection.Languages => 4,
        CvSection.Experience => 3,
        CvSection.Education => 2,
        CvSection.Skills => 1,
        CvSection.Contact => -1,
        _ => 0,
    };

    private static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).Replace('ł', 'l');
    }

    private static Dictionary<string, CvSection> Build()
    {
        var sections = new (CvSection Section, string Words)[]
        {
            (CvSection.Experience, "experience experiences expérience expériences experiencia experiencias experiência experiências berufserfahrung berufspraxis praxiserfahrung erfahrung werdegang doświadczenie employment jobs emploi emplois empleo empleos parcours trayectoria historial percurso"),
            (CvSection.Education, "education educación educação éducation formation formación formação formações ausbildung bildungsweg bildung schulbildung studium studies estudios études estudos wykształcenie edukacja escolaridade academics academic diplômes diplomas diplomy abschlüsse titulación"),
            (CvSection.Courses, "certifications certification certificates certificate courses course cursos curso certificaciones certificados certificações certificação cours formations weiterbildung weiterbildungen fortbildung fortbildungen zertifikate zertifikat kursy kurs certyfikaty szkolenia kwalifikacje zusatzqualifikationen"),
            (CvSection.Languages, "languages language idiomas idioma lenguas langues langue sprachen sprachkenntnisse fremdsprachen języki język línguas"),
            (CvSection.Skills, "informática informatique informatik edv skills skill competencies competences competencias compétences competências habilidades habilidad kenntnisse fähigkeiten umiejętności conocimientos conhecimentos aptitudes expertise tools technologies tecnologías stack"),
            (CvSection.Contact, "contact contacts contacto contactos contato kontakt coordonnées kontaktdaten personal personales personnelles persönliche pessoais osobowe kontaktowe"),
            (CvSection.Summary, "profile profil perfil summary resumen résumé resumo about über mich o mnie sobre mim me moi à propos acerca objective objetivo objectif ziel kurzprofil"),
            (CvSection.Other, "interests hobbies intereses aficiones loisirs intérêts centres d'intérêt d’intérêt interessen hobbys zainteresowania interesses passatempos references referencias références referenzen referencje referências projects proyectos projets projekte projekty projetos publications publicaciones volunteering voluntariado bénévolat ehrenamt wolontariat awards premios prix auszeichnungen nagrody prémios achievements logros réalisations"),
        };
        var words = new Dictionary<string, CvSection>();
        foreach (var (section, list) in sections)
        {
            foreach (var word in list.Split(' '))
            {
                words[word] = section;
                words[Fold(word)] = section;
            }
        }
        return words;
    }
}
