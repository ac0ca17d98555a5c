using System.Collections.Immutable;
using System.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using TextPipe.Documents;
using TextPipe.Text;
using MdBlock = Markdig.Syntax.Block;
using TpBlock = TextPipe.Documents.Block;

namespace TextPipe.Readers;

/// <summary>
/// Reads Markdown (format <c>markdown</c>, CommonMark with pipe tables and CJK-friendly emphasis) into
/// blocks: headings with their level, paragraphs, list items (nested lists flattened in order), quotes,
/// code, table cells (row by row) and raw HTML blocks (as paragraphs, for cleanup to judge). Thematic
/// breaks and link reference definitions are syntax, not text, and make no block.
/// <para>
/// Inline syntax is rendered to text (emphasis markers go, code spans keep their content, autolinks become
/// their URL, HTML inlines stay as written) except images and links: they stay exactly as they appear in
/// the source (<c>![alt](img/1.png)</c>), each located by an <see cref="InlineElement"/>, because deciding
/// what to do with them is cleanup's job, not the reader's.
/// </para>
/// </summary>
public sealed class MarkdownReader : TextDocumentReader
{
    public const string FormatId = "markdown";

    private readonly MarkdownPipeline _pipeline;

    public MarkdownReader()
        : this(ReaderOptions.Default)
    {
    }

    public MarkdownReader(ReaderOptions options)
        : base(options)
    {
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseCjkFriendlyEmphasis()
            .UsePreciseSourceLocation()
            .Build();
    }

    public override string Format => FormatId;

    protected override Document ReadPrepared(string text, DecodedText decoded, SourceInfo source, long byteCount)
    {
        MarkdownDocument markdown;
        try
        {
            markdown = Markdown.Parse(text, _pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses documents nested deeper than its limit (an ArgumentException), which also
            // bounds the recursion of the walkers below.
            throw new InputException($"Markdown too deeply nested to read ({e.Message})", e);
        }
        var blocks = ImmutableArray.CreateBuilder<TpBlock>();
        new BlockWalker(text, blocks).VisitChildren(markdown, BlockKind.Paragraph);
        string? title = blocks.Count > 0 && blocks[0] is { Kind: BlockKind.Heading, Level: 1 } first ? first.Text : null;
        return TextLayout.CreateDocument(text, decoded, source, byteCount, FormatId, title, blocks.ToImmutable());
    }

    /// <summary>Walks Markdig's block tree in document order, emitting one block per leaf.</summary>
    private sealed class BlockWalker(string source, ImmutableArray<TpBlock>.Builder output)
    {
        /// <param name="kind">What a paragraph found here is: a list item, quote or table cell when inside one.</param>
        public void VisitChildren(ContainerBlock container, BlockKind kind)
        {
            foreach (MdBlock child in container)
            {
                Visit(child, kind);
            }
        }

        private void Visit(MdBlock block, BlockKind kind)
        {
            switch (block)
            {
                case ThematicBreakBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                    break;
                case HeadingBlock heading:
                    AddInlines(BlockKind.Heading, heading, heading.Level);
                    break;
                case HtmlBlock html:
                    Add(new TpBlock(kind, html.Lines.ToString().Trim()));
                    break;
                case CodeBlock code: // fenced and indented
                    Add(new TpBlock(BlockKind.Code, code.Lines.ToString().TrimEnd()));
                    break;
                case ListBlock list:
                    VisitChildren(list, BlockKind.ListItem);
                    break;
                case ListItemBlock item:
                    VisitChildren(item, BlockKind.ListItem);
                    break;
                case QuoteBlock quote:
                    VisitChildren(quote, BlockKind.Quote);
                    break;
                case Table table:
                    foreach (MdBlock row in table)
                    {
                        if (row is TableRow tableRow)
                        {
                            foreach (MdBlock cell in tableRow)
                            {
                                if (cell is TableCell tableCell)
                                {
                                    VisitChildren(tableCell, BlockKind.TableCell);
                                }
                            }
                        }
                    }
                    break;
                case ContainerBlock other:
                    VisitChildren(other, kind);
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    AddInlines(kind, leaf, level: 0);
                    break;
                case LeafBlock leaf:
                    Add(new TpBlock(kind, leaf.Lines.ToString().Trim()));
                    break;
            }
        }

        private void AddInlines(BlockKind kind, LeafBlock leaf, int level)
        {
            if (leaf.Inline is null)
            {
                return;
            }
            var writer = new InlineWriter(source, trackElements: true);
            writer.Write(leaf.Inline);
            var (text, inlines) = writer.Finish();
            Add(new TpBlock(kind, text) { Level = level, Inlines = inlines });
        }

        private void Add(TpBlock block)
        {
            if (!string.IsNullOrWhiteSpace(block.Text))
            {
                output.Add(block);
            }
        }
    }

    /// <summary>Renders inline syntax to text, keeping images and links as written and recording where they are.</summary>
    private sealed class InlineWriter(string source, bool trackElements)
    {
        private readonly StringBuilder _text = new();
        private readonly List<InlineElement> _elements = [];

        public void Write(Inline inline)
        {
            switch (inline)
            {
                case LinkInline link when !link.IsAutoLink && HasSource(link):
                    WriteAsWritten(link);
                    break;
                case LiteralInline literal:
                    _text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    _text.Append(code.Content);
                    break;
                case LineBreakInline:
                    TrimTrailingBlanks();
                    _text.Append('\n');
                    break;
                case AutolinkInline autolink:
                    int start = _text.Length;
                    _text.Append(autolink.Url);
                    if (trackElements)
                    {
                        string target = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                        _elements.Add(new InlineElement(InlineKind.Link, start, autolink.Url.Length, target, autolink.Url));
                    }
                    break;
                case HtmlInline html:
                    _text.Append(html.Tag);
                    break;
                case HtmlEntityInline entity:
                    _text.Append(entity.Transcoded.AsSpan());
                    break;
                case ContainerInline container: // emphasis, and links without a usable source span
                    foreach (Inline child in container)
                    {
                        Write(child);
                    }
                    break;
                default:
                    if (HasSource(inline))
                    {
                        _text.Append(source.AsSpan(inline.Span.Start, inline.Span.Length));
                    }
                    break;
            }
        }

        /// <summary>Text with whitespace trimmed at its edges, and the elements shifted to match.</summary>
        public (string Text, ImmutableArray<InlineElement> Elements) Finish()
        {
            string full = _text.ToString();
            string text = full.Trim();
            int shift = full.Length - full.TrimStart().Length;
            var elements = _elements
                .Select(e => e with { Start = e.Start - shift })
                .OrderBy(e => e.Start)
                .ThenByDescending(e => e.Length)
                .ToImmutableArray();
            return (text, elements);
        }

        private void WriteAsWritten(LinkInline link)
        {
            int start = _text.Length;
            _text.Append(source.AsSpan(link.Span.Start, link.Span.Length));
            if (!trackElements)
            {
                return;
            }
            AddElement(link, start);
            // An image inside a link ([![alt](img.png)](page.html)) is located inside the link's text.
            foreach (var inner in link.FindDescendants<LinkInline>())
            {
                if (!inner.IsAutoLink && HasSource(inner) && inner.Span.Start >= link.Span.Start && inner.Span.End <= link.Span.End)
                {
                    AddElement(inner, start + (inner.Span.Start - link.Span.Start));
                }
            }
        }

        private void AddElement(LinkInline link, int start)
        {
            var label = new InlineWriter(source, trackElements: false);
            foreach (Inline child in link)
            {
                label.Write(child);
            }
            var kind = link.IsImage ? InlineKind.Image : InlineKind.Link;
            _elements.Add(new InlineElement(kind, start, link.Span.Length, link.Url ?? "", label.Finish().Text));
        }

        private bool HasSource(Inline inline) =>
            !inline.Span.IsEmpty && inline.Span.Start >= 0 && inline.Span.End < source.Length;

        /// <summary>Spaces before a line break are part of the break (or of nothing), not of the text.</summary>
        private void TrimTrailingBlanks()
        {
            int end = _text.Length;
            while (end > 0 && _text[end - 1] is ' ' or '\t')
            {
                end--;
            }
            int floor = _elements.Count == 0 ? 0 : _elements.Max(e => e.Start + e.Length);
            _text.Length = Math.Max(end, floor);
        }
    }
}
