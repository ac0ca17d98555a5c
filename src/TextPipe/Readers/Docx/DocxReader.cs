using System.Collections.Immutable;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using TextPipe.Documents;

namespace TextPipe.Readers.Docx;

/// <summary>
/// Reads Word documents (format <c>docx</c>) with the Open XML SDK: the body's paragraphs and tables in
/// order (<see cref="DocxBlockWalker"/>), headings by style or outline level, numbered paragraphs as list
/// items, table cells row by row; the running headers (before the body) and footers (after it) as page
/// furniture, each distinct text once. Metadata: title and author from the core properties (the first
/// level-1 heading when the title is blank), the declared language (core property only). Inputs that are not a readable DOCX
/// — not a ZIP, a ZIP without a Word document, truncated, encrypted — get an <see cref="InputException"/>
/// saying which.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    public const string FormatId = "docx";

    /// <summary>A guard against XML bombs: no part of a real document is near this size once decompressed.</summary>
    private const long MaxCharactersInPart = 200_000_000;

    public string Format => FormatId;

    /// <exception cref="InputException">The input is not a readable DOCX.</exception>
    public Document Read(ReadOnlyMemory<byte> content, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        DocxInputCheck.ThrowIfNotZip(content.Span);
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var word = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            return ReadPackage(word, source, content.Length);
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

    private static Document ReadPackage(WordprocessingDocument word, SourceInfo source, long byteCount)
    {
        var main = word.MainDocumentPart ?? throw new InputException("a ZIP package without a Word document part: not a DOCX");
        var body = main.Document?.Body ?? throw new InputException("DOCX without a document body");
        var styles = new DocxStyles(main.StyleDefinitionsPart?.Styles);

        var blocks = ImmutableArray.CreateBuilder<Block>();
        var seenFurniture = new HashSet<string>(StringComparer.Ordinal);
        foreach (var header in main.HeaderParts)
        {
            AddFurniture(header, header.Header, styles, blocks, seenFurniture);
        }
        DocxBlockWalker.Walk(body, main, styles, furniture: false, blocks);
        foreach (var footer in main.FooterParts)
        {
            AddFurniture(footer, footer.Footer, styles, blocks, seenFurniture);
        }
        var result = blocks.ToImmutable();

        var properties = word.PackageProperties;
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
        string all = string.Join("\n\n", result.Select(b => b.Text));
        return new Document(metadata, result)
        {
            Id = TextMeasure.ContentId(all),
            CharsIn = TextMeasure.CountChars(all),
        };
    }

    /// <summary>A header's or footer's blocks, as furniture, unless the same text was already added (first-page and even-page variants repeat).</summary>
    private static void AddFurniture(
        DocumentFormat.OpenXml.Packaging.OpenXmlPart part,
        DocumentFormat.OpenXml.OpenXmlElement? root,
        DocxStyles styles,
        ImmutableArray<Block>.Builder blocks,
        HashSet<string> seen)
    {
        if (root is null)
        {
            return;
        }
        var partBlocks = ImmutableArray.CreateBuilder<Block>();
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
