using System.Collections.Immutable;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TextPipe.Documents;

namespace TextPipe.Readers.Docx;

/// <summary>
/// Turns the block content of a Word part (the body, a header, a footer) into blocks in order: each
/// paragraph becomes one block whose kind comes from its style (<see cref="DocxStyles"/>), its own outline
/// level, or its numbering (a numbered or bulleted paragraph is a list item); each table cell becomes one
/// table-cell block, row by row, its paragraphs joined by line breaks (a table inside a cell follows the
/// cell). Content controls and custom XML are read through, however deep they nest: the walk keeps its own stacks
/// rather than the runtime's (the part's depth is bounded by <see cref="DocxPartScan"/> before the SDK loads it).
/// A table of contents is page furniture.
/// </summary>
internal sealed class DocxBlockWalker
{
    private readonly DocxStyles _styles;
    private readonly DocxParagraphText _text;
    private readonly bool _furniture;
    private readonly BlockListBuilder _blocks;

    private DocxBlockWalker(DocxStyles styles, OpenXmlPart part, bool furniture, BlockListBuilder blocks)
    {
        _styles = styles;
        _text = new DocxParagraphText(part);
        _furniture = furniture;
        _blocks = blocks;
    }

    /// <summary>Adds the blocks of <paramref name="container"/> to <paramref name="blocks"/>.</summary>
    /// <param name="furniture">Headers and footers: every block is page furniture.</param>
    public static void Walk(OpenXmlElement container, OpenXmlPart part, DocxStyles styles, bool furniture, BlockListBuilder blocks) =>
        new DocxBlockWalker(styles, part, furniture, blocks).Visit(Children(container));

    /// <summary>A walker that is given the part's top-level elements one at a time (<see cref="WalkElement"/>), as a streaming read loads them.</summary>
    public static DocxBlockWalker ForElements(OpenXmlPart part, DocxStyles styles, bool furniture, BlockListBuilder blocks) =>
        new(styles, part, furniture, blocks);

    /// <summary>Adds the blocks of one top-level element of the part (a paragraph, a table, a content control).</summary>
    public void WalkElement(OpenXmlElement element) => Visit(((IEnumerable<OpenXmlElement>)[element]).GetEnumerator());

    private void Visit(IEnumerator<OpenXmlElement> elements)
    {
        var pending = new Stack<IEnumerator<OpenXmlElement>>();
        pending.Push(elements);
        while (pending.Count > 0)
        {
            var children = pending.Peek();
            if (!children.MoveNext())
            {
                pending.Pop().Dispose();
                continue;
            }
            var child = children.Current;
            switch (child)
            {
                case Paragraph paragraph:
                    AddParagraph(paragraph);
                    break;
                case Table table:
                    AddTable(table);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    pending.Push(Children(child));
                    break;
            }
        }
    }

    private static IEnumerator<OpenXmlElement> Children(OpenXmlElement element) =>
        ((IEnumerable<OpenXmlElement>)element.ChildElements).GetEnumerator();

    private void AddParagraph(Paragraph paragraph)
    {
        var (text, inlines) = _text.Read(paragraph);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }
        var properties = paragraph.ParagraphProperties;
        var style = _styles.RoleOf(properties?.ParagraphStyleId?.Val?.Value);
        var (kind, level) = (style.Kind, style.Level);
        if (kind != BlockKind.Heading && DocxValues.IntOf(properties?.OutlineLevel?.Val) is int outline && outline is >= 0 and <= 8)
        {
            (kind, level) = (BlockKind.Heading, Math.Min(outline + 1, 6));
        }
        int? ownNumbering = DocxValues.IntOf(properties?.NumberingProperties?.NumberingId?.Val);
        bool numbered = ownNumbering is int numId ? numId != 0 : style.Numbered;
        if (numbered && kind == BlockKind.Paragraph)
        {
            kind = BlockKind.ListItem;
        }
        else if (ownNumbering == 0 && kind == BlockKind.ListItem)
        {
            kind = BlockKind.Paragraph; // numId 0 switches the list style's numbering off
        }
        if (_furniture || style.IsTableOfContents)
        {
            _blocks.Add(new Block(BlockKind.PageFurniture, text));
            return;
        }
        _blocks.Add(new Block(kind, text) { Level = kind == BlockKind.Heading ? level : 0, Inlines = inlines });
    }

    /// <summary>The table's cells row by row; a table inside a cell follows that cell, before the next one.</summary>
    private void AddTable(Table table)
    {
        var tables = new Stack<IEnumerator<TableCell>>();
        tables.Push(Cells(table));
        while (tables.Count > 0)
        {
            var cells = tables.Peek();
            if (!cells.MoveNext())
            {
                tables.Pop().Dispose();
                continue;
            }
            var nested = new List<Table>();
            AddCell(cells.Current, nested);
            for (int i = nested.Count - 1; i >= 0; i--)
            {
                tables.Push(Cells(nested[i]));
            }
        }
    }

    private static IEnumerator<TableCell> Cells(Table table) =>
        table.Elements<TableRow>().SelectMany(row => row.Elements<TableCell>()).GetEnumerator();

    private void AddCell(TableCell cell, List<Table> nested)
    {
        var lines = new List<string>();
        var inlines = ImmutableArray.CreateBuilder<InlineElement>();
        foreach (var paragraph in CellParagraphs(cell, nested))
        {
            var (text, paragraphInlines) = _text.Read(paragraph);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            int offset = lines.Sum(l => l.Length + 1);
            inlines.AddRange(paragraphInlines.Select(e => e with { Start = e.Start + offset }));
            lines.Add(text);
        }
        if (lines.Count > 0)
        {
            string text = string.Join('\n', lines);
            _blocks.Add(_furniture
                ? new Block(BlockKind.PageFurniture, text)
                : new Block(BlockKind.TableCell, text) { Inlines = inlines.ToImmutable() });
        }
    }

    /// <summary>The cell's paragraphs, through content controls; tables inside the cell are collected for later.</summary>
    private static IEnumerable<Paragraph> CellParagraphs(OpenXmlElement cell, List<Table> nested)
    {
        var pending = new Stack<IEnumerator<OpenXmlElement>>();
        pending.Push(Children(cell));
        while (pending.Count > 0)
        {
            var children = pending.Peek();
            if (!children.MoveNext())
            {
                pending.Pop().Dispose();
                continue;
            }
            var child = children.Current;
            switch (child)
            {
                case Paragraph paragraph:
                    yield return paragraph;
                    break;
                case Table table:
                    nested.Add(table);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    pending.Push(Children(child));
                    break;
            }
        }
    }
}
