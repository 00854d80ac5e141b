using CareerNavigator.Data.Entities;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>The styles a CV document uses, under Word's own ids so that Word and LibreOffice treat them as built-in headings and lists.</summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string ListBullet = "ListBullet";
    public const string Meta = "CvMeta";

    public const string MutedColour = "555F6D";

    private const string Font = "Calibri";
    private const string AccentColour = "1F4E79";

    /// <summary>Type sizes in half-points and spacing in twentieths of a point: the regular set, or the compact design's.</summary>
    private sealed record Sizes(int Body, int Title, int Subtitle, int Heading1, int Heading2, int Meta, int After, int Heading1Before, int Heading2Before);

    private static readonly Sizes Regular = new(Body: 21, Title: 44, Subtitle: 26, Heading1: 28, Heading2: 22, Meta: 19, After: 80, Heading1Before: 240, Heading2Before: 120);
    private static readonly Sizes Compact = new(Body: 17, Title: 34, Subtitle: 21, Heading1: 21, Heading2: 18, Meta: 16, After: 40, Heading1Before: 120, Heading2Before: 60);

    public static Styles Create(DocumentDesign design = DocumentDesign.Classic)
    {
        var size = design == DocumentDesign.Compact ? Compact : Regular;
        return new(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = $"{size.Body}" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = $"{size.After}", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph("Normal", "Normal", null, isDefault: true),
            Paragraph(Title, "Title", null, run: [new Bold(), new Color { Val = AccentColour }, new FontSize { Val = $"{size.Title}" }]),
            Paragraph(Subtitle, "Subtitle", null, run: [new FontSize { Val = $"{size.Subtitle}" }]),
            Paragraph(Heading1, "heading 1", 0, keepNext: true, spacingBefore: $"{size.Heading1Before}",
                run: [new Bold(), new Color { Val = AccentColour }, new FontSize { Val = $"{size.Heading1}" }]),
            Paragraph(Heading2, "heading 2", 1, keepNext: true, spacingBefore: $"{size.Heading2Before}", run: [new Bold(), new FontSize { Val = $"{size.Heading2}" }]),
            Paragraph(ListBullet, "List Bullet", null, numbering: new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
            Paragraph(Meta, "CV details", null, run: [new Italic(), new Color { Val = MutedColour }, new FontSize { Val = $"{size.Meta}" }]));
    }

    public static Numbering BulletNumbering(int numberingId) => new(
        new AbstractNum(
            new Level(
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "240" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = numberingId });

    private static Style Paragraph(
        string id, string name, int? outlineLevel, bool isDefault = false, bool keepNext = false, string? spacingBefore = null,
        NumberingProperties? numbering = null, OpenXmlElement[]? run = null)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }
        else
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }
        style.Append(new PrimaryStyle());

        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext());
        }
        if (numbering is not null)
        {
            paragraph.Append(numbering);
        }
        if (spacingBefore is not null)
        {
            paragraph.Append(new SpacingBetweenLines { Before = spacingBefore, After = "60" });
        }
        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }
        style.Append(paragraph);
        if (run is { Length: > 0 })
        {
            style.Append(new StyleRunProperties(run));
        }
        return style;
    }
}
