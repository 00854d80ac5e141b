using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerNavigator.Web.Import.CvReading;

/// <summary>
/// A DOCX as lines: page headers first (where CVs keep contact details), then the body's paragraphs and tables, then
/// the text boxes, each read as a column of its own. A table row becomes lines whose cells are the row's cells; a row
/// with a long cell (a table used as a two-column page) gives each cell's lines in turn.
/// </summary>
internal static class DocxLayoutReader
{
    private const int LinesOfAColumnCell = 6;

    public static ImportResult<CvLayout> Read(WordprocessingDocument document, Body body, CancellationToken cancellationToken)
    {
        var reader = new Walker(cancellationToken);
        foreach (var header in document.MainDocumentPart!.HeaderParts)
        {
            if (header.Header is { } content)
            {
                reader.Block(content, reader.Lines);
            }
        }
        reader.Block(body, reader.Lines);
        // A text box may hold another: read until none is left.
        for (var i = 0; i < reader.TextBoxes.Count; i++)
        {
            var box = new List<CvLine>();
            reader.Block(reader.TextBoxes[i], box);
            reader.AddColumn(box, reader.Lines);
        }
        var layout = new CvLayout(reader.Lines);
        if (layout.Characters > CvReadLimits.MaxCharacters)
        {
            return ImportResult<CvLayout>.Failure(CvTextMessages.TooMuchText);
        }
        return layout.Lines.Count == 0 ? ImportResult<CvLayout>.Failure(CvTextMessages.EmptyDocx) : ImportResult<CvLayout>.Success(layout);
    }

    private sealed class Walker(CancellationToken cancellationToken)
    {
        private int _characters;

        public List<CvLine> Lines { get; } = [];
        public List<OpenXmlElement> TextBoxes { get; } = [];

        public void Block(OpenXmlElement container, List<CvLine> into)
        {
            foreach (var child in container.ChildElements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_characters > CvReadLimits.MaxCharacters)
                {
                    return;
                }
                switch (child)
                {
                    case Paragraph paragraph:
                        AddParagraph(paragraph, into);
                        break;
                    case Table table:
                        AddTable(table, into);
                        break;
                    case AlternateContentFallback:
                        break;
                    default:
                        Block(child, into);
                        break;
                }
            }
        }

        public void AddColumn(List<CvLine> column, List<CvLine> into)
        {
            for (var i = 0; i < column.Count; i++)
            {
                into.Add(i == 0 ? column[i] with { StartsColumn = true } : column[i]);
            }
        }

        private void AddTable(Table table, List<CvLine> into)
        {
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = row.Elements<TableCell>().Select(cell =>
                {
                    var lines = new List<CvLine>();
                    Block(cell, lines);
                    return lines;
                }).Where(lines => lines.Count > 0).ToList();
                if (cells.Count > 1 && cells.Any(c => c.Count > LinesOfAColumnCell))
                {
                    cells.ForEach(c => AddColumn(c, into));
                    continue;
                }
                var depth = cells.Count == 0 ? 0 : cells.Max(c => c.Count);
                for (var i = 0; i < depth; i++)
                {
                    var parts = cells.Where(c => i < c.Count).ToList();
                    if (CvLine.Of(parts.SelectMany(c => c[i].Cells), parts.Max(c => c[i].FontSize)) is { } line)
                    {
                        into.Add(line);
                    }
                }
            }
        }

        private void AddParagraph(Paragraph paragraph, List<CvLine> into)
        {
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
            var isHeading = style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.StartsWith("Title", StringComparison.OrdinalIgnoreCase)
                || style.Contains("berschrift", StringComparison.OrdinalIgnoreCase);
            var size = paragraph.Descendants<FontSize>().Select(s => double.TryParse(s.Val?.Value, out var half) ? half / 2 : 0).DefaultIfEmpty(0).Max();
            if (size == 0 && isHeading)
            {
                size = style.StartsWith("Title", StringComparison.OrdinalIgnoreCase) || style.EndsWith('1') ? 20 : 14;
            }

            var cells = new List<string>();
            var cell = new StringBuilder();
            void EndCell()
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            void EndLine()
            {
                EndCell();
                if (CvLine.Of(cells, size) is { } line)
                {
                    into.Add(line with { IsHeadingStyle = isHeading });
                }
                cells.Clear();
            }
            Inline(paragraph, cell, EndCell, EndLine);
            EndLine();
        }

        private void Inline(OpenXmlElement element, StringBuilder cell, Action endCell, Action endLine)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case AlternateContentFallback:
                        break;
                    case TextBoxContent box:
                        TextBoxes.Add(box);
                        break;
                    case Text run:
                        cell.Append(run.Text);
                        _characters += run.Text.Length;
                        break;
                    case TabChar or PositionalTab:
                        endCell();
                        break;
                    case Break or CarriageReturn:
                        endLine();
                        break;
                    case NoBreakHyphen:
                        cell.Append('-');
                        break;
                    default:
                        Inline(child, cell, endCell, endLine);
                        break;
                }
            }
        }
    }
}
