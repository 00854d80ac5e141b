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

    private const string Font = "Calibri";
    private const string AccentColour = "1F4E79";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "21" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, isDefault: true),
        Paragraph(Title, "Title", null, run: [new Bold(), new Color { Val = AccentColour }, new FontSize { Val = "44" }]),
        Paragraph(Subtitle, "Subtitle", null, run: [new FontSize { Val = "26" }]),
        Paragraph(Heading1, "heading 1", 0, keepNext: true, spacingBefore: "240",
            run: [new Bold(), new Color { Val = AccentColour }, new FontSize { Val = "28" }]),
        Paragraph(Heading2, "heading 2", 1, keepNext: true, spacingBefore: "120", run: [new Bold(), new FontSize { Val = "22" }]),
        Paragraph(ListBullet, "List Bullet", null, numbering: new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
        Paragraph(Meta, "CV details", null, run: [new Italic(), new Color { Val = "555F6D" }, new FontSize { Val = "19" }]));

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
