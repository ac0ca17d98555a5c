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
/// code, table cells (row by row), and HTML blocks read as HTML (<see cref="MarkdownHtml"/>: their text, not
/// their markup). Thematic breaks and link reference definitions are syntax, not text, and make no block;
/// HTML comments are not text either, and are flagged <c>dropped-text</c>.
/// <para>
/// Inline syntax is rendered to text (emphasis markers go, code spans keep their content, autolinks become
/// their URL, inline HTML tags go with their content kept, <c>&lt;br&gt;</c> a line break and <c>&lt;img&gt;</c>
/// its alt text) except Markdown images and links: they stay exactly as they appear in the source
/// (<c>![alt](img/1.png)</c>), each located by an <see cref="InlineElement"/>, because deciding what to do with
/// them is cleanup's job, not the reader's. The title is the first content block when it is a level-1 heading.
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
        var blocks = new BlockListBuilder(Options.MaxBlocks);
        var walker = new BlockWalker(text, blocks);
        walker.VisitChildren(markdown, BlockKind.Paragraph);
        var flags = walker.Flags;
        walker.Html.AddFlags(flags);
        var document = TextLayout.CreateDocument(text, decoded, source, byteCount, FormatId, Title(blocks), blocks.ToImmutable());
        return document with
        {
            Metadata = document.Metadata with { Ruby = [.. walker.Ruby] },
            Flags = document.Flags.AddRange(flags),
        };
    }

    /// <summary>
    /// The first content block, when it is a level-1 heading. HTML comments (a licence header) and furniture read
    /// from HTML blocks (a badge row) make no content block, so they do not hide the heading after them.
    /// </summary>
    private static string? Title(BlockListBuilder blocks) =>
        blocks.FirstOrDefault(b => b.IsContent) is { Kind: BlockKind.Heading, Level: 1 } first ? first.Text : null;

    /// <summary>Walks Markdig's block tree in document order, emitting one block per leaf.</summary>
    private sealed class BlockWalker(string source, BlockListBuilder output)
    {
        public MarkdownHtml Html { get; } = new();

        public List<Flag> Flags { get; } = [];

        public List<RubyAnnotation> Ruby { get; } = [];

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
                    foreach (var read in Html.ReadBlock(html.Lines.ToString(), html.Line + 1, output.Count, Flags, Ruby))
                    {
                        // Loose text in the HTML takes the kind of where the block stands (a list item, a quote).
                        Add(read.Kind == BlockKind.Paragraph ? read with { Kind = kind } : read);
                    }
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
            var writer = new InlineWriter(source, Html, trackElements: true);
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
    private sealed class InlineWriter(string source, MarkdownHtml html, bool trackElements)
    {
        private readonly StringBuilder _text = new();
        private readonly List<InlineElement> _elements = [];

        /// <summary>True right after a tag that left nothing (<c>a &lt;!-- x --&gt; b</c>): a space on both sides of it is one space.</summary>
        private bool _afterEmptyTag;

        public void Write(Inline inline)
        {
            bool afterEmptyTag = _afterEmptyTag;
            _afterEmptyTag = false;
            switch (inline)
            {
                case LinkInline link when !link.IsAutoLink && HasSource(link):
                    WriteAsWritten(link);
                    break;
                case LiteralInline literal:
                    var content = literal.Content.AsSpan();
                    if (afterEmptyTag && content.StartsWith(" ") && _text.Length > 0 && _text[^1] == ' ')
                    {
                        content = content[1..];
                    }
                    _text.Append(content);
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
                case HtmlInline tag:
                    WriteHtml(tag);
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
            // A label is read apart from the text (its comments are already counted with the link's block).
            var label = new InlineWriter(source, new MarkdownHtml(), trackElements: false);
            foreach (Inline child in link)
            {
                label.Write(child);
            }
            var kind = link.IsImage ? InlineKind.Image : InlineKind.Link;
            _elements.Add(new InlineElement(kind, start, link.Span.Length, link.Url ?? "", label.Finish().Text));
        }

        private void WriteHtml(HtmlInline tag)
        {
            var read = html.ReadInline(tag.Tag, tag.Line + 1);
            switch (read?.Kind)
            {
                case null:
                    _text.Append(tag.Tag); // not an HTML element: <T>, <username>
                    break;
                case InlineTagKind.Nothing:
                    _afterEmptyTag = true;
                    break;
                case InlineTagKind.LineBreak:
                    TrimTrailingBlanks();
                    _text.Append('\n');
                    break;
                case InlineTagKind.Image:
                    string alt = string.Join(' ', read.Alt.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
                    int start = _text.Length;
                    _text.Append(alt);
                    if (trackElements)
                    {
                        _elements.Add(new InlineElement(InlineKind.Image, start, alt.Length, read.Source, read.Alt));
                    }
                    break;
            }
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
