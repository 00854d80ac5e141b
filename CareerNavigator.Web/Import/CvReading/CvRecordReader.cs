using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Import.CvReading;

/// <summary>
/// Turns a CV's lines into records without a model: sections by their headings (<see cref="CvHeadings"/>), a column
/// that starts anew ends the section before it; jobs, education and courses by their dates (<see cref="CvEntries"/>);
/// languages with levels, skills, and the contact details. It proposes only what the text states; dates keep the
/// precision the CV gives.
/// </summary>
internal static partial class CvRecordReader
{
    public static ImportedProfile Read(CvLayout layout)
    {
        var sections = Sections(layout.Lines);
        List<CvLine> Of(params CvSection[] kinds) => [.. sections.Where(s => kinds.Contains(s.Kind)).SelectMany(s => s.Lines)];

        var warnings = new List<string>();
        var front = Of(CvSection.Preamble, CvSection.Contact);
        var frontText = string.Join("\n", front.Select(l => l.Text));
        var name = CvContact.Name(front);
        var languageLines = Of(CvSection.Languages);
        var summary = TextNormalizer.Paragraphs(string.Join("\n", Of(CvSection.Summary).Select(l => l.Text)));
        return new ImportedProfile
        {
            FullName = name,
            Headline = Headline(Of(CvSection.Preamble), name),
            Summary = summary is { Length: <= 2_000 } ? summary : null,
            Email = CvContact.Email(frontText, warnings) ?? CvContact.Email(layout.Text, warnings),
            Phone = CvContact.Phone(frontText),
            LinkedinProfileUrl = CvContact.LinkedIn(frontText) ?? CvContact.LinkedIn(layout.Text),
            Links = CvContact.Links(frontText),
            Jobs = [.. CvEntries.Split(Of(CvSection.Experience), singleDates: false, HasParts(2)).Select(Job).OfType<ImportedJob>()],
            Education = [.. CvEntries.Split(Of(CvSection.Education), singleDates: true, h => h.SelectMany(x => CvEntryParts.Split(x)).Any(CvEntryParts.IsInstitution) || h.Count >= 2).Select(Education).OfType<ImportedEducation>()],
            Courses = [.. CvEntries.Split(Of(CvSection.Courses), singleDates: true, h => h.Count >= 2 || (h.Count == 1 && SplitLast(h[0]).Count >= 2)).Select(Course).OfType<ImportedCourse>()],
            Languages = CvLanguages.Read(string.Join("\n", languageLines.Select(l => l.Text)),
                language => warnings.Add($"{language}: the CV gives no level we recognise, so it was left out.")),
            Skills = Skills(Of(CvSection.Skills)),
            SkillSource = SkillSource.Cv,
            Warnings = warnings,
        };
    }

    private static Func<IReadOnlyList<string>, bool> HasParts(int count) => heading => heading.Sum(h => CvEntryParts.Split(h).Count) >= count;

    private sealed record Section(CvSection Kind, List<CvLine> Lines);

    private static List<Section> Sections(IReadOnlyList<CvLine> lines)
    {
        var sections = new List<Section> { new(CvSection.Preamble, []) };
        foreach (var line in lines)
        {
            if (CvHeadings.Read(line.Text) is { } kind)
            {
                sections.Add(new Section(kind, []));
                continue;
            }
            if (line.StartsColumn && sections[^1].Kind != CvSection.Preamble)
            {
                sections.Add(new Section(CvSection.Preamble, []));
            }
            sections[^1].Lines.Add(line with { Cells = [.. line.Cells.Select(CvEntries.WithoutBullet).Where(c => c.Length > 0)] });
        }
        return sections;
    }

    private static string? Headline(List<CvLine> preamble, string? name)
    {
        var afterName = preamble.SkipWhile(l => l.Text != name).Skip(1).FirstOrDefault()
            ?? (name is null ? null : preamble.FirstOrDefault(l => !string.Equals(l.Text, name, StringComparison.OrdinalIgnoreCase) && l.Text.Any(char.IsLower)));
        if (afterName is null || afterName.Text.Contains('@') || afterName.Text.Any(char.IsDigit))
        {
            return null;
        }
        var first = CvEntryParts.Split(afterName.Text).FirstOrDefault();
        return first is { Length: <= 80 } && CvEntryParts.TitleScore(first) > 0 ? first : null;
    }

    private static ImportedJob? Job(CvEntry entry)
    {
        if (entry.Period is not { } period)
        {
            return null;
        }
        var parts = entry.Heading.SelectMany(h => CvEntryParts.Split(h, placeInBrackets: true)).ToList();
        if (parts.Count > 0)
        {
            parts = [.. CvEntryParts.SplitAtPreposition(parts[0]), .. parts.Skip(1)];
        }
        if (parts.Count < 2)
        {
            return null;
        }
        var employer = Enumerable.Range(0, parts.Count).MaxBy(i => (CvEntryParts.EmployerScore(parts[i]) - CvEntryParts.TitleScore(parts[i]), i == 1 ? 1 : 0));
        if (CvEntryParts.EmployerScore(parts[employer]) - CvEntryParts.TitleScore(parts[employer]) <= 0)
        {
            employer = parts.Count > 1 && CvEntryParts.TitleScore(parts[0]) == 0 && CvEntryParts.TitleScore(parts[1]) > 0 ? 0 : 1;
        }
        var others = Enumerable.Range(0, parts.Count).Where(i => i != employer).ToList();
        var title = others.MaxBy(i => (CvEntryParts.TitleScore(parts[i]), -i));
        var place = parts.Skip(Math.Max(employer, title) + 1).Where(CvEntryParts.LooksLikePlace).ToList();
        return new ImportedJob
        {
            Position = Shorten(parts[title]),
            CompanyName = Shorten(parts[employer]),
            Location = place.Count > 0 ? string.Join(", ", place) : null,
            StartDate = period.Start.Date,
            StartDatePrecision = period.Start.Precision,
            EndDate = period.IsCurrent ? null : period.End?.Date,
            EndDatePrecision = period.End?.Precision ?? default,
            IsCurrent = period.IsCurrent,
            Description = TextNormalizer.Paragraphs(string.Join("\n", entry.Description)),
        };
    }

    private static ImportedEducation? Education(CvEntry entry)
    {
        var parts = entry.Heading.SelectMany(h => CvEntryParts.Split(h)).ToList();
        if (parts.Count == 0)
        {
            return null;
        }
        var institution = parts.FindIndex(CvEntryParts.IsInstitution);
        if (institution < 0)
        {
            if (parts.Count < 2 && entry.Period is null)
            {
                return null;
            }
            var degreeAt = parts.FindIndex(CvEntryParts.IsDegree);
            institution = degreeAt == 0 || degreeAt < 0 ? Math.Min(1, parts.Count - 1) : 0;
        }
        var single = entry.Period is { End: null, IsCurrent: false };
        var degree = parts.Where((p, i) => i != institution && (i < institution || CvEntryParts.IsDegree(p))).ToList();
        var place = parts.Where((p, i) => i > institution && !degree.Contains(p) && CvEntryParts.LooksLikePlace(p)).ToList();
        return new ImportedEducation
        {
            Institution = Shorten(parts[institution]),
            Degree = degree.Count > 0 ? Shorten(string.Join(", ", degree)) : null,
            Location = place.Count > 0 ? string.Join(", ", place) : null,
            // A single date beside a degree is when it was finished.
            StartDate = single ? null : entry.Period?.Start.Date,
            StartDatePrecision = single ? default : entry.Period?.Start.Precision ?? default,
            EndDate = single ? entry.Period!.Start.Date : entry.Period?.End?.Date,
            EndDatePrecision = single ? entry.Period!.Start.Precision : entry.Period?.End?.Precision ?? default,
        };
    }

    private static ImportedCourse? Course(CvEntry entry)
    {
        List<string> parts = entry.Heading.Count == 1 ? SplitLast(entry.Heading[0]) : [.. entry.Heading.Select(h => h.Trim(' ', '|', ',', '–', '—', '-'))];
        parts = [.. parts.Where(p => p.Any(char.IsLetter))];
        if (parts.Count == 0 || parts[0].Length > 150)
        {
            return null;
        }
        var date = entry.Period?.End ?? entry.Period?.Start;
        return new ImportedCourse
        {
            Name = Shorten(parts[0]),
            Institution = parts.Count > 1 ? Shorten(parts[^1]) : null,
            CompletionDate = date?.Date,
            CompletionDatePrecision = date?.Precision ?? default,
        };
    }

    /// <summary>"Name, Issuer" at the last of the strongest separator the line has: " | ", " — ", ", ", " – ", " - ".</summary>
    private static List<string> SplitLast(string text)
    {
        text = text.Trim(' ', '|', ',', '–', '—', '-', ';');
        foreach (var separator in new[] { " | ", " — ", ", ", " – ", " - ", " · " })
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return [text[..at].Trim(), text[(at + separator.Length)..].Trim()];
            }
        }
        return [text];
    }

    private static List<ImportedSkill> Skills(List<CvLine> lines)
    {
        var skills = new List<ImportedSkill>();
        foreach (var item in lines.SelectMany(l => l.Cells).SelectMany(c => SkillSeparator().Split(c)))
        {
            var name = item.Contains(':') ? item[(item.LastIndexOf(':') + 1)..] : item;
            name = name.Trim(' ', '.', '-', '–', '*');
            if (name.Length is > 0 and <= 60 && name.Split(' ').Length <= 6 && name.Any(char.IsLetter)
                && !skills.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                skills.Add(new ImportedSkill(name));
            }
        }
        return skills;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200].TrimEnd();

    [GeneratedRegex(@"\s*[,;•·|]\s*|\s+[–—]\s+")]
    private static partial Regex SkillSeparator();
}
