using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>
/// Writes text top to bottom over as many pages as it needs. Lines are wrapped to the page width and never split
/// across pages; a heading never ends a page alone. Text is real text (selectable, searchable), fonts embedded.
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    private const double Margin = 56; // 2 cm
    private const double FooterSize = 8;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private static readonly XSolidBrush Ink = new(XColor.FromArgb(0x22, 0x22, 0x22));
    private static readonly XSolidBrush Muted = new(XColor.FromArgb(0x55, 0x5f, 0x6d));
    private static readonly XSolidBrush Accent = new(XColor.FromArgb(0x1f, 0x4e, 0x79));

    private readonly PdfDocument _document = new();
    private readonly PaperSize _paper;
    private readonly string _footer;
    private XGraphics? _graphics;
    private double _y;

    public PdfFlow(PaperSize paper, string title, string footer)
    {
        PdfFonts.Register();
        _paper = paper;
        _footer = footer;
        _document.Info.Title = title;
        _document.Info.Creator = "Career Navigator";
        NewPage();
    }

    private double Width => _graphics!.PageSize.Width - 2 * Margin;
    private double Bottom => _graphics!.PageSize.Height - Margin;

    public void Title(string text) => Write(text, Font(20, XFontStyleEx.Bold), Accent, spaceBefore: 0, spaceAfter: 2);

    public void Subtitle(string text) => Write(text, Font(12, XFontStyleEx.Regular), Ink, spaceBefore: 0, spaceAfter: 2);

    public void Heading(string text)
    {
        var font = Font(13, XFontStyleEx.Bold);
        // A heading needs room for itself and two lines after it, or it moves to the next page.
        EnsureRoom(14 + LineHeight(font) + 2 * LineHeight(Font(10, XFontStyleEx.Regular)));
        Write(text, font, Accent, spaceBefore: 14, spaceAfter: 2);
        _graphics!.DrawLine(new XPen(Accent.Color, 0.6), Margin, _y, Margin + Width, _y);
        _y += 5;
    }

    public void EntryTitle(string text)
    {
        EnsureRoom(6 + 3 * LineHeight(Font(10, XFontStyleEx.Regular)));
        Write(text, Font(10.5, XFontStyleEx.Bold), Ink, spaceBefore: 6, spaceAfter: 0);
    }

    public void Meta(string text) => Write(text, Font(9, XFontStyleEx.Italic), Muted, spaceBefore: 0, spaceAfter: 2);

    public void Paragraph(string text)
    {
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Write(paragraph, Font(10, XFontStyleEx.Regular), Ink, spaceBefore: 0, spaceAfter: 3);
        }
    }

    public void Bullet(string text) => Write(text, Font(10, XFontStyleEx.Regular), Ink, spaceBefore: 0, spaceAfter: 1, indent: 14, marker: "•");

    public byte[] Finish()
    {
        _graphics?.Dispose();
        _graphics = null;
        var font = Font(FooterSize, XFontStyleEx.Regular);
        for (var i = 0; i < _document.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = $"{_footer} · page {i + 1} of {_document.PageCount}";
            graphics.DrawString(text, font, Muted, new XRect(Margin, graphics.PageSize.Height - Margin + 16, graphics.PageSize.Width - 2 * Margin, 12), XStringFormats.TopCenter);
        }
        using var output = new MemoryStream();
        _document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private void Write(string text, XFont font, XBrush brush, double spaceBefore, double spaceAfter, double indent = 0, string? marker = null)
    {
        _y += spaceBefore;
        var lines = Wrap(text.Trim(), font, Width - indent);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureRoom(LineHeight(font));
            if (i == 0 && marker is not null)
            {
                _graphics!.DrawString(marker, font, brush, new XPoint(Margin + indent - 10, _y), XStringFormats.TopLeft);
            }
            _graphics!.DrawString(lines[i], font, brush, new XPoint(Margin + indent, _y), XStringFormats.TopLeft);
            _y += LineHeight(font);
        }
        _y += spaceAfter;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = _paper == PaperSize.Letter ? PdfSharp.PageSize.Letter : PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (_graphics!.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0)
            {
                lines.Add(line);
            }
            line = word;
            // A single word wider than the line (a long URL) is broken where it must be.
            while (_graphics.MeasureString(line, font).Width > width && line.Length > 1)
            {
                var fit = line.Length - 1;
                while (fit > 1 && _graphics.MeasureString(line[..fit], font).Width > width)
                {
                    fit--;
                }
                lines.Add(line[..fit]);
                line = line[fit..];
            }
        }
        if (line.Length > 0)
        {
            lines.Add(line);
        }
        return lines;
    }

    private static double LineHeight(XFont font) => font.Size * 1.35;

    private static XFont Font(double size, XFontStyleEx style) => new(PdfFonts.Family, size, style, Unicode);
}
