using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>
/// Writes text top to bottom over as many pages as it needs. Lines are wrapped to the column width and never split
/// across pages; a heading never ends a page alone. Text is real text (selectable, searchable), fonts embedded.
/// <para>
/// Two columns are written one after the other (<see cref="BeginColumns"/>, then <see cref="SideColumn"/>), so the
/// file's text runs through the whole main column before the side column, the order in which applicant tracking
/// systems and screen readers read it.
/// </para>
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    private const double FooterSize = 8;
    private const double Gutter = 22;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private static readonly XSolidBrush Ink = new(XColor.FromArgb(0x22, 0x22, 0x22));
    private static readonly XSolidBrush Muted = new(XColor.FromArgb(0x55, 0x5f, 0x6d));
    private static readonly XSolidBrush Accent = new(XColor.FromArgb(0x1f, 0x4e, 0x79));

    private readonly PdfDocument _document = new();
    private readonly PaperSize _paper;
    private readonly string _footer;
    private readonly PdfLook _look;
    private XGraphics? _graphics;
    private int _page = -1;
    private double _y;
    private double _left;
    private double _width;

    /// <summary>Where the columns start, for the side column to start at the same place.</summary>
    private (int Page, double Y)? _columnsTop;

    public PdfFlow(PaperSize paper, string title, string footer, PdfLook? look = null)
    {
        PdfFonts.Register();
        _paper = paper;
        _footer = footer;
        _look = look ?? PdfLook.Regular;
        _document.Info.Title = title;
        _document.Info.Creator = "Career Navigator";
        NextPage();
        _left = _look.Margin;
        _width = PageWidth - 2 * _look.Margin;
    }

    public int PageCount => _document.PageCount;

    private double PageWidth => _graphics!.PageSize.Width;
    private double Bottom => _graphics!.PageSize.Height - _look.Margin;
    private XFont Body => Font(10, XFontStyleEx.Regular);

    public void Title(string text) => Write(text, Font(20, XFontStyleEx.Bold), Accent, spaceBefore: 0, spaceAfter: 2);

    public void Subtitle(string text) => Write(text, Font(12, XFontStyleEx.Regular), Ink, spaceBefore: 0, spaceAfter: 2);

    public void Heading(string text)
    {
        var font = Font(13, XFontStyleEx.Bold);
        // A heading needs room for itself and two lines after it, or it moves to the next page.
        EnsureRoom(_look.SectionSpace + LineHeight(font) + 2 * LineHeight(Body));
        Write(text, font, Accent, spaceBefore: _look.SectionSpace, spaceAfter: 2);
        _graphics!.DrawLine(new XPen(Accent.Color, 0.6), _left, _y, _left + _width, _y);
        _y += 5 * _look.Scale;
    }

    public void EntryTitle(string text) => EntryTitle(text, aside: null);

    /// <summary>An entry's title with <paramref name="aside"/> (its dates) at the right end of its first line; a long title wraps before them.</summary>
    public void EntryTitle(string text, string? aside)
    {
        EnsureRoom(_look.EntrySpace + 3 * LineHeight(Body));
        var font = Font(10.5, XFontStyleEx.Bold);
        if (aside is null)
        {
            Write(text, font, Ink, spaceBefore: _look.EntrySpace, spaceAfter: 0);
            return;
        }
        var asideFont = Font(9, XFontStyleEx.Regular);
        var asideWidth = _graphics!.MeasureString(aside, asideFont).Width;
        _y += _look.EntrySpace;
        var lines = Wrap(text.Trim(), font, _width - asideWidth - 12 * _look.Scale);
        _graphics.DrawString(lines[0], font, Ink, new XPoint(_left, _y), XStringFormats.TopLeft);
        _graphics.DrawString(aside, asideFont, Muted, new XRect(_left, _y + (font.Size - asideFont.Size) * 0.6, _width, LineHeight(asideFont)), XStringFormats.TopRight);
        _y += LineHeight(font);
        if (lines.Count > 1)
        {
            Write(string.Join(' ', lines.Skip(1)), font, Ink, spaceBefore: 0, spaceAfter: 0);
        }
    }

    public void Meta(string text) => Write(text, Font(9, XFontStyleEx.Italic), Muted, spaceBefore: 0, spaceAfter: 2);

    public void Paragraph(string text)
    {
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Write(paragraph, Body, Ink, spaceBefore: 0, spaceAfter: 3 * _look.Scale);
        }
    }

    public void Bullet(string text) => Write(text, Body, Ink, spaceBefore: 0, spaceAfter: 1, indent: 14 * _look.Scale, marker: "•");

    /// <summary>From here on the flow writes into the main column, <paramref name="mainShare"/> of the width.</summary>
    public void BeginColumns(double mainShare)
    {
        _columnsTop = (_page, _y);
        _width = (PageWidth - 2 * _look.Margin - Gutter) * mainShare;
    }

    /// <summary>Goes back to where the columns began and writes into the side column, after a thin rule.</summary>
    public void SideColumn()
    {
        var (page, y) = _columnsTop ?? throw new InvalidOperationException("BeginColumns comes first.");
        var mainWidth = _width;
        OpenPage(page);
        _y = y;
        _left = _look.Margin + mainWidth + Gutter;
        _width = PageWidth - _look.Margin - _left;
        _graphics!.DrawLine(new XPen(XColor.FromArgb(0xd0, 0xd7, 0xde), 0.5), _left - Gutter / 2, _y + _look.SectionSpace, _left - Gutter / 2, Bottom);
    }

    public byte[] Finish()
    {
        _graphics?.Dispose();
        _graphics = null;
        var font = Font(FooterSize / _look.Scale, XFontStyleEx.Regular);
        for (var i = 0; i < _document.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = $"{_footer} · page {i + 1} of {_document.PageCount}";
            graphics.DrawString(text, font, Muted,
                new XRect(_look.Margin, graphics.PageSize.Height - _look.Margin + 12, graphics.PageSize.Width - 2 * _look.Margin, 12), XStringFormats.TopCenter);
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
        var lines = Wrap(text.Trim(), font, _width - indent);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureRoom(LineHeight(font));
            if (i == 0 && marker is not null)
            {
                _graphics!.DrawString(marker, font, brush, new XPoint(_left + indent - 10 * _look.Scale, _y), XStringFormats.TopLeft);
            }
            _graphics!.DrawString(lines[i], font, brush, new XPoint(_left + indent, _y), XStringFormats.TopLeft);
            _y += LineHeight(font);
        }
        _y += spaceAfter;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom)
        {
            NextPage();
        }
    }

    /// <summary>The next page: one the main column already filled (when writing the side column), or a new one.</summary>
    private void NextPage()
    {
        if (_page + 1 < _document.PageCount)
        {
            OpenPage(_page + 1);
        }
        else
        {
            _graphics?.Dispose();
            var page = _document.AddPage();
            page.Size = _paper == PaperSize.Letter ? PdfSharp.PageSize.Letter : PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(page);
            _page = _document.PageCount - 1;
        }
        _y = _look.Margin;
    }

    private void OpenPage(int index)
    {
        if (index == _page)
        {
            return;
        }
        _graphics?.Dispose();
        _graphics = XGraphics.FromPdfPage(_document.Pages[index], XGraphicsPdfPageOptions.Append);
        _page = index;
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

    private XFont Font(double size, XFontStyleEx style) => new(PdfFonts.Family, size * _look.Scale, style, Unicode);
}
