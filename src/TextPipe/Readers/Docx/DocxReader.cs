using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Document = TextPipe.Documents.Document;
using TextPipe.Documents;

namespace TextPipe.Readers.Docx;

/// <summary>
/// Reads Word documents (format <c>docx</c>) with the Open XML SDK: the body's paragraphs and tables in
/// order (<see cref="DocxBlockWalker"/>), headings by style or outline level, numbered paragraphs as list
/// items, table cells row by row; the running headers (before the body) and footers (after it) as page
/// furniture, each distinct text once. Metadata: title and author from the core properties (the first
/// level-1 heading when the title is blank), the declared language (core property only). Inputs that are not a readable DOCX
/// — not a ZIP, a ZIP without a Word document, truncated, encrypted — get an <see cref="InputException"/>
/// saying which. Every XML part is first read once without the SDK (<see cref="DocxPartScan"/>): a part nested
/// deeper than <see cref="ReaderOptions.MaxNestingDepth"/>, or inflating past the decompression limits, is refused
/// before the SDK's recursive loader could overflow the stack or fill the memory.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    public const string FormatId = "docx";

    /// <summary>A guard against XML bombs: no part of a real document is near this size once decompressed.</summary>
    private const long MaxCharactersInPart = 200_000_000;

    private readonly ReaderOptions _options;

    public DocxReader()
        : this(ReaderOptions.Default)
    {
    }

    public DocxReader(ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public string Format => FormatId;

    /// <exception cref="InputException">The input is not a readable DOCX, or a part is over a limit.</exception>
    public Document Read(ReadOnlyMemory<byte> content, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        DocxInputCheck.ThrowIfNotZip(content.Span);
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            DocxPartScan.Check(stream, _options);
            stream.Position = 0;
            using var word = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            return ReadPackage(word, source, content.Length, _options.MaxBlocks);
        }
        catch (OpenXmlPackageException e)
        {
            throw new InputException($"not a readable DOCX: {e.Message}", e);
        }
        catch (InvalidDataException e)
        {
            throw new InputException($"damaged or truncated DOCX (the ZIP archive cannot be read: {e.Message})", e);
        }
        catch (FileFormatException e)
        {
            throw new InputException($"damaged or truncated DOCX ({e.Message})", e);
        }
        catch (NotSupportedException e)
        {
            throw new InputException($"unreadable DOCX: {e.Message}", e);
        }
        catch (XmlException e)
        {
            throw new InputException($"damaged DOCX: malformed XML ({e.Message})", e);
        }
        catch (InvalidOperationException e)
        {
            // The SDK reports parts over MaxCharactersInPart and some broken packages this way.
            throw new InputException($"unreadable DOCX: {e.Message}", e);
        }
    }

    private static Document ReadPackage(WordprocessingDocument word, SourceInfo source, long byteCount, int maxBlocks)
    {
        var main = word.MainDocumentPart ?? throw new InputException("a ZIP package without a Word document part: not a DOCX");
        var styles = new DocxStyles(main.StyleDefinitionsPart?.Styles);

        var blocks = new BlockListBuilder(maxBlocks);
        var seenFurniture = new HashSet<string>(StringComparer.Ordinal);
        foreach (var header in main.HeaderParts)
        {
            AddFurniture(header, header.Header, styles, blocks, seenFurniture);
        }
        WalkBody(main, styles, blocks);
        // Notes are part of the author's text: they follow the body, as a printed book's notes follow its chapters.
        AddNotes(main.FootnotesPart, main.FootnotesPart?.Footnotes?.Elements<Footnote>(), styles, blocks);
        AddNotes(main.EndnotesPart, main.EndnotesPart?.Endnotes?.Elements<Endnote>(), styles, blocks);
        foreach (var footer in main.FooterParts)
        {
            AddFurniture(footer, footer.Footer, styles, blocks, seenFurniture);
        }
        var result = blocks.ToImmutable();

        var properties = DocxCoreProperties.Read(word);
        string? title = NullIfBlank(properties.Title)
            ?? result.FirstOrDefault(b => b is { Kind: BlockKind.Heading, Level: 1 })?.Text;
        var metadata = new DocumentMetadata
        {
            Source = source.Name,
            Format = FormatId,
            Encoding = null,
            Title = title,
            Author = NullIfBlank(properties.Creator),
            // Only the core property: the styles' default language is usually the template's (en-US), not the author's.
            DeclaredLang = NullIfBlank(properties.Language),
            ByteCount = byteCount,
        };
        // Counted and hashed block by block: the joined text of a DOCX of a million paragraphs is never built.
        var texts = result.Select(b => b.Text);
        return new Document(metadata, result)
        {
            Id = TextMeasure.ContentId(texts, Document.BlockSeparator),
            CharsIn = TextMeasure.CountChars(texts, Document.BlockSeparator),
            Flags = properties.Unreadable is { } unreadable
                ? CommentsLeftOut(main.WordprocessingCommentsPart?.Comments).Add(unreadable)
                : CommentsLeftOut(main.WordprocessingCommentsPart?.Comments),
        };
    }

    /// <summary>
    /// The body's blocks, read with a streaming reader one top-level element (paragraph, table, content control) at a
    /// time: the SDK's tree of the whole part cost about 600 bytes a paragraph (a DOCX of 1.1M paragraphs held 687 MB),
    /// where one element's tree is all the walk needs.
    /// </summary>
    private static void WalkBody(MainDocumentPart main, DocxStyles styles, BlockListBuilder blocks)
    {
        using var reader = OpenXmlReader.Create(main);
        bool inBody = false;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Body) && reader.IsStartElement)
            {
                inBody = true;
                break;
            }
        }
        if (!inBody)
        {
            throw new InputException("DOCX without a document body");
        }
        var walker = DocxBlockWalker.ForElements(main, styles, furniture: false, blocks);
        if (!reader.ReadFirstChild())
        {
            return; // an empty body
        }
        while (true)
        {
            if (reader.IsEndElement)
            {
                // The end of an element just loaded, or of the body itself.
                if (reader.ElementType == typeof(Body) || !reader.Read())
                {
                    return;
                }
                continue;
            }
            // Loading moves the reader past the element.
            walker.WalkElement(reader.LoadCurrentElement()!);
        }
    }

    /// <summary>Footnotes or endnotes as blocks, each note's paragraphs in order; Word's separator notes are layout, not text.</summary>
    private static void AddNotes(OpenXmlPart? part, IEnumerable<FootnoteEndnoteType>? notes, DocxStyles styles, BlockListBuilder blocks)
    {
        if (part is null || notes is null)
        {
            return;
        }
        foreach (var note in notes)
        {
            // As written: the typed value throws on a word outside the enumeration (a damaged notes part).
            var type = note.Type?.InnerText;
            if (type is not null && type != "normal")
            {
                continue;
            }
            DocxBlockWalker.Walk(note, part, styles, furniture: false, blocks);
        }
    }

    /// <summary>
    /// Review comments are annotations on the document, not its text, so they stay out; a <c>dropped-text</c> flag
    /// says how many there were and how much text they held, so nothing goes without a trace.
    /// </summary>
    private static ImmutableArray<Flag> CommentsLeftOut(Comments? comments)
    {
        if (comments is null)
        {
            return [];
        }
        int count = 0;
        int chars = 0;
        foreach (var comment in comments.Elements<Comment>())
        {
            int length = comment.InnerText.Trim().Length;
            if (length > 0)
            {
                count++;
                chars += length;
            }
        }
        if (count == 0)
        {
            return [];
        }
        string message = string.Create(CultureInfo.InvariantCulture,
            $"docx: {count} review comment{(count == 1 ? "" : "s")} with {chars} characters left out of the text");
        return [new Flag(ReaderFlagCodes.DroppedText, message)];
    }

    /// <summary>A header's or footer's blocks, as furniture, unless the same text was already added (first-page and even-page variants repeat).</summary>
    private static void AddFurniture(
        OpenXmlPart part,
        DocumentFormat.OpenXml.OpenXmlElement? root,
        DocxStyles styles,
        BlockListBuilder blocks,
        HashSet<string> seen)
    {
        if (root is null)
        {
            return;
        }
        var partBlocks = new BlockListBuilder(int.MaxValue); // counted when added to the document's blocks
        DocxBlockWalker.Walk(root, part, styles, furniture: true, partBlocks);
        foreach (var block in partBlocks)
        {
            if (seen.Add(block.Text))
            {
                blocks.Add(block);
            }
        }
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
