using System.Collections.Immutable;
using TextPipe.Documents;
using TextPipe.Language;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// Reads PDF (format <c>pdf</c>) with PdfPig: every page's letters become lines by geometry, lines become column
/// blocks, blocks are put in reading order and split into paragraphs (one block per paragraph, its lines joined by
/// <c>\n</c>, end-of-line hyphens kept for the line-wrap rule); running headers, footers and page numbers become
/// <see cref="BlockKind.PageFurniture"/>; larger type makes headings. Pages without a usable text layer are
/// flagged <c>needs-ocr</c>, or recognised when an <see cref="IPageOcr"/> is given (<c>--ocr</c>); so are single
/// Type 3 glyphs without a Unicode mapping on an otherwise readable page (never output as their raw codes).
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    public const string FormatId = "pdf";

    private readonly ReaderOptions _options;
    private readonly IPageOcr? _ocr;

    public PdfReader()
        : this(ReaderOptions.Default)
    {
    }

    public PdfReader(ReaderOptions options)
        : this(options, options is { Ocr: true } ? new TesseractPageOcr() : null)
    {
    }

    /// <param name="ocr">Recognises pages without a text layer; null to flag them only.</param>
    public PdfReader(ReaderOptions options, IPageOcr? ocr)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _ocr = ocr;
    }

    public string Format => FormatId;

    /// <summary>Flag code for objects nested too deep for PdfPig, blanked so that the pages could be read.</summary>
    public const string DeepObjectFlag = "pdf-deep-object-skipped";

    public Document Read(ReadOnlyMemory<byte> content, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        PdfInputCheck.Check(content.Span, _options);
        PdfStreamBombCheck.Check(content, _options);
        PdfXrefWidthCheck.Check(content.Span);
        try
        {
            return Open(content, source);
        }
        catch (InputException e) when (e.InnerException?.Message.Contains("maximum nesting depth", StringComparison.OrdinalIgnoreCase) == true)
        {
            // One object nested past PdfPig's limit (often an unused catalog entry) fails the whole file: blank it and read the pages.
            var (patched, blanked) = PdfDeepObjects.Blank(content, PdfDeepObjects.SafeDepth);
            if (blanked == 0)
            {
                throw;
            }
            var document = Open(patched, source);
            var flag = new Flag(DeepObjectFlag, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"pdf: {blanked} object{(blanked == 1 ? "" : "s")} nested more than {PdfDeepObjects.SafeDepth} deep left out so the pages could be read"));
            return document with { Flags = document.Flags.Add(flag) };
        }
    }

    private Document Open(ReadOnlyMemory<byte> content, SourceInfo source)
    {
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            return ReadDocument(document, content, source);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new InputException("encrypted PDF: it needs a password to open", e);
        }
        catch (Exception e) when (e is not InputException and not OutOfMemoryException)
        {
            // PdfPig reports damage with many exception types (format, index, null reference...), often deep in a
            // lazily parsed page; for the batch they all mean the same thing.
            throw new InputException($"damaged or truncated PDF ({FirstLine(e.Message)})", e);
        }
    }

    private Document ReadDocument(PdfDocument document, ReadOnlyMemory<byte> content, SourceInfo source)
    {
        var layouts = new List<PdfPageLayout>(document.NumberOfPages);
        var flags = ImmutableArray.CreateBuilder<Flag>();
        var recognised = new Dictionary<int, string>();
        var needOcr = new List<(int Number, string Reason)>();
        var readable = new List<string>();
        for (int number = 1; number <= document.NumberOfPages; number++)
        {
            Page page;
            PageGlyphs glyphs;
            try
            {
                page = document.GetPage(number);
                glyphs = GlyphExtractor.Extract(page);
            }
            catch (Exception e) when (e is not InputException and not OutOfMemoryException and not PdfDocumentEncryptedException)
            {
                // One damaged page (a broken content stream or font) costs that page, not the document.
                flags.Add(new Flag("pdf-page-unreadable", $"page {number}: could not be read ({FirstLine(e.Message)})"));
                layouts.Add(new PdfPageLayout(number, 0, 0, []));
                continue;
            }
            readable.AddRange(glyphs.Glyphs.Select(g => g.Text));
            string? unreadable = TextLayerInspector.WhyUnreadable(glyphs, page.NumberOfImages);
            if (unreadable is not null)
            {
                needOcr.Add((number, unreadable));
                layouts.Add(new PdfPageLayout(number, page.CropBox.Bounds.Bottom, page.CropBox.Bounds.Top, []));
                continue;
            }
            if (glyphs.Unmapped.Count > 0)
            {
                RecognizeGlyphs(content, page, glyphs, flags);
            }
            if (VerticalText.Split(glyphs.Glyphs) is var (columns, rest))
            {
                flags.Add(new Flag("pdf-vertical-text", $"page {number}: vertical text, read in columns from right to left"));
                layouts.Add(PageLayouter.LayoutVertical(page, number, columns, rest));
                continue;
            }
            layouts.Add(PageLayouter.Layout(page, number, glyphs.Glyphs));
        }

        // OCR after every page is read: the readable text of the whole document (and its title) says which
        // scripts the pages without a text layer hold, hence which OCR languages they need.
        if (needOcr.Count > 0)
        {
            var scripts = DocumentScripts.Of(readable.Append(document.Information.Title ?? ""));
            foreach (var (number, reason) in needOcr)
            {
                if (Recognize(content, number, reason, scripts, flags) is { } text)
                {
                    recognised[number] = text;
                }
            }
        }

        int failedPages = flags.Count(f => f.Code == "pdf-page-unreadable");
        if (failedPages > 0 && failedPages == document.NumberOfPages)
        {
            throw new InputException($"damaged PDF: no page could be read ({flags[0].Message})");
        }

        var furniture = FurnitureDetector.Find(layouts);
        var headings = new HeadingClassifier(layouts.SelectMany(l => l.Paragraphs).Where(p => !furniture.Contains(p)));
        var blocks = ImmutableArray.CreateBuilder<Block>();
        foreach (var layout in layouts)
        {
            if (recognised.TryGetValue(layout.Number, out string? ocrText))
            {
                blocks.AddRange(OcrBlocks.FromText(ocrText, layout.Number));
                continue;
            }
            foreach (var paragraph in layout.Paragraphs)
            {
                var (kind, level) = furniture.Contains(paragraph) ? (BlockKind.PageFurniture, 0) : headings.Classify(paragraph);
                blocks.Add(new Block(kind, paragraph.Text) { Page = layout.Number, Level = level });
            }
        }

        var info = document.Information;
        string? title = NonEmpty(info.Title) ?? blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && b.Level == 1)?.Text.Replace('\n', ' ');
        var texts = blocks.Select(b => b.Text);
        var metadata = new DocumentMetadata
        {
            Source = source.Name,
            Format = FormatId,
            Title = title,
            Author = NonEmpty(info.Author),
            PageCount = document.NumberOfPages,
            ByteCount = content.Length,
        };
        return new Document(metadata, blocks.ToImmutable())
        {
            Id = TextMeasure.ContentId(texts, Document.BlockSeparator),
            CharsIn = TextMeasure.CountChars(texts, Document.BlockSeparator),
            Flags = flags.ToImmutable(),
        };
    }

    /// <summary>
    /// OCRs an unreadable page when OCR is on, with languages for the <paramref name="scripts"/> the document shows;
    /// a script no installed language reads is flagged <c>ocr-language-missing</c> with the package to install.
    /// The page is flagged <c>needs-ocr</c> unless recognition ran.
    /// </summary>
    private string? Recognize(ReadOnlyMemory<byte> content, int number, string reason, IReadOnlyList<WritingSystem> scripts, ImmutableArray<Flag>.Builder flags)
    {
        if (_ocr is not null)
        {
            try
            {
                var result = _ocr.Recognize(content, number, scripts);
                foreach (var missing in result.Missing)
                {
                    string ran = result.Languages.Length > 0 ? $" (read with {result.Languages} instead)" : "";
                    flags.Add(new Flag("ocr-language-missing",
                        $"page {number}: the document has {missing.Script} text but no OCR language data for it is installed: install {missing.Package}{ran}"));
                }
                return result.Text;
            }
            catch (OcrUnavailableException e)
            {
                flags.Add(new Flag("ocr-unavailable", $"page {number}: {e.Message}"));
            }
        }
        flags.Add(new Flag("needs-ocr", $"page {number}: {reason}: needs OCR"));
        return null;
    }

    /// <summary>
    /// Glyphs without a Unicode mapping on a page whose text layer is otherwise good: with OCR they are recognised
    /// one by one and put in place; those left (no OCR, OCR unavailable, nothing recognised) are flagged, never
    /// output as their raw codes.
    /// </summary>
    private void RecognizeGlyphs(ReadOnlyMemory<byte> content, Page page, PageGlyphs glyphs, ImmutableArray<Flag>.Builder flags)
    {
        int number = page.Number;
        int missed = glyphs.Unmapped.Count;
        if (_ocr is not null && page.Rotation.Value == 0)
        {
            try
            {
                var bounds = page.CropBox.Bounds;
                var texts = _ocr.RecognizeGlyphs(content, number, new PdfBox(bounds.Left, bounds.Bottom, bounds.Right, bounds.Top), [.. glyphs.Unmapped.Select(u => u.Ink)]);
                missed = UnmappedGlyphText.Merge(glyphs.Glyphs, glyphs.Unmapped, texts);
            }
            catch (OcrUnavailableException e)
            {
                flags.Add(new Flag("ocr-unavailable", $"page {number}: {e.Message}"));
            }
        }
        if (missed > 0)
        {
            string what = missed == 1 ? "1 glyph" : $"{missed} glyphs";
            flags.Add(new Flag("needs-ocr", $"page {number}: {what} without a Unicode mapping: needs OCR"));
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FirstLine(string message)
    {
        int end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
