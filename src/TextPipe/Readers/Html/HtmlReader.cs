using System.Globalization;
using AngleSharp.Html.Parser;
using TextPipe.Documents;
using TextPipe.Pipeline;
using TextPipe.Text;

namespace TextPipe.Readers.Html;

/// <summary>
/// Reads HTML (format <c>html</c>) with AngleSharp, as a browser would parse it, and keeps the page's main
/// content: the <c>&lt;main&gt;</c> or dominant <c>&lt;article&gt;</c> when the page has one (see
/// <see cref="HtmlContentRoot"/>), cut into headings, paragraphs, list items, quotes, code, table cells and
/// captions in document order. Site chrome — navigation, banners, sidebars, comment sections, share bars,
/// cookie banners, link lists (<see cref="HtmlChrome"/>) — becomes page furniture: kept for the audit, left
/// out of the text. Scripts, styles, form controls and hidden elements are not text and are dropped; text they
/// held in the main content is flagged <c>dropped-text</c> (<see cref="HtmlDroppedText"/>). A frameset page has no
/// text of its own and says so in an <c>html-frameset</c> flag (<see cref="HtmlFrameset"/>); a page whose text is
/// all furniture is flagged <c>html-no-content</c>.
/// <para>
/// Entities are decoded and whitespace collapses as a browser lays it out; <c>&lt;br&gt;</c> is a line
/// break. Links keep their visible text and images their alt text, each located by an
/// <see cref="InlineElement"/>, so the cleanup's image-links rule decides on them; formulas are their TeX
/// (<c>$…$</c>); ruby readings go to <see cref="DocumentMetadata.Ruby"/>. Metadata: title, author,
/// the declared <c>lang</c>, and the encoding (BOM, then the declared charset, then detection).
/// </para>
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    public const string FormatId = "html";

    /// <summary>Flag code for a page whose text is all page furniture.</summary>
    public const string NoContentFlag = "html-no-content";

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false, // <noscript> content is parsed as markup (and dropped as invisible)
        IsNotConsumingCharacterReferences = false,
        // Script text is code, never read (see HtmlDroppedText): not keeping it spares a 50 MB inline script's copies.
        SkipScriptText = true,
        // Nor are comments read; a page of comments no longer builds them.
        SkipComments = true,
    };

    private readonly ReaderOptions _options;

    public HtmlReader()
        : this(ReaderOptions.Default)
    {
    }

    public HtmlReader(ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public string Format => FormatId;

    /// <exception cref="InputException">The input is empty, binary, or has no text.</exception>
    public Document Read(ReadOnlyMemory<byte> content, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        TextInputGuard.CheckBytes(content.Span);
        int byteCount = content.Length;
        var (text, encoding, decodingFlags) = HtmlTextDecoder.Decode(content.Span);
        if (text.AsSpan().IsWhiteSpace())
        {
            throw new InputException("only whitespace, no HTML");
        }
        // The id first, so the page as decoded is garbage once the parser has its own (cut) copy of it.
        string id = TextMeasure.ContentId(TextLayout.NormalizeLineEnds(text));

        // Depth first, on the text: the parser's own cost grows with the square of the nesting.
        var (markup, limited) = HtmlNestingLimit.Apply(text, _options.MaxNestingDepth);
        text = markup; // the page as decoded is not needed past here
        // The parser is cheap to create and not documented as thread-safe, so each read has its own.
        var parser = new HtmlParser(ParserOptions);
        using var page = parser.ParseDocument(markup);
        var metadata = HtmlMetadata.Read(page);
        var body = page.Body ?? throw new InputException("HTML without a body: no text to read");
        var garbage = GarbageBudget.ForParsedTree(markup.Length);
        var walk = HtmlFrameset.IsFrameset(body) ? HtmlFrameset.Read(body) : Walk(body, metadata.Title, markup, garbage);
        var blocks = walk.Blocks;
        string? title = metadata.Title ?? blocks.FirstOrDefault(b => b is { Kind: BlockKind.Heading, Level: 1 })?.Text;

        var meta = new DocumentMetadata
        {
            Source = source.Name,
            Format = FormatId,
            Encoding = encoding,
            Title = title,
            Author = metadata.Author,
            DeclaredLang = metadata.Lang,
            Ruby = walk.Ruby,
            Captions = walk.Captions,
            ByteCount = byteCount,
        };
        return new Document(meta, blocks)
        {
            Id = id,
            // What the reader produced, furniture included, counted as the text is (blocks joined by a blank line).
            CharsIn = TextMeasure.CountChars(blocks.Select(b => b.Text), Document.BlockSeparator),
            Flags = (decodingFlags.IsDefault ? [] : decodingFlags).AddRange(walk.Flags).AddRange(limited),
        };
    }

    private static HtmlWalk Walk(AngleSharp.Dom.IElement body, string? title, string markup, GarbageBudget garbage)
    {
        // Measured once for every reading of the same tree (up to four), again only after the noscript fallbacks change
        // it. Sized from the tags in the markup (an element has one or two), counted far faster than the tree is walked.
        int expectedElements = markup.AsSpan().Count('<') / 2;
        var stats = HtmlTextStats.Measure(body, expectedElements);
        var (walk, classWordsIgnored) = WalkFromRoot(body, stats, title, wholeBody: false, garbage);
        if (classWordsIgnored && WalkFromRoot(body, stats, title, wholeBody: true, garbage) is ({ } whole, false) && !HtmlShortExtraction.IsShort(whole))
        {
            // The class words made the whole root chrome (a box named "post" that holds only the comment list): before
            // trusting the root without them, the whole body read with them may hold the article.
            walk = whole;
        }
        if (HtmlShortExtraction.IsShort(walk) && HtmlShortExtraction.RevealNoscript(body))
        {
            // The article may be the page's noscript fallback: read the page again with it shown.
            stats = HtmlTextStats.Measure(body, expectedElements);
            var (revealed, _) = WalkFromRoot(body, stats, title, wholeBody: false, garbage);
            if (HtmlShortExtraction.IsBetter(revealed, walk))
            {
                walk = revealed;
            }
        }
        if (HtmlShortExtraction.IsShort(walk))
        {
            // Too short for an article: the root chosen may be a teaser or a caption. The whole body, chrome left out, may hold it.
            var (wholeBody, _) = WalkFromRoot(body, stats, title, wholeBody: true, garbage);
            if (HtmlShortExtraction.IsBetter(wholeBody, walk))
            {
                walk = wholeBody;
            }
        }
        // Pages that render the article with script may state it whole in their schema.org JSON-LD.
        walk = HtmlJsonLdArticle.PreferWhenLonger(walk, markup);
        if (walk.Blocks.Length > 0 && !walk.Blocks.Any(b => b.IsContent))
        {
            // Everything is chrome (a search-results page, a link hub): say so, rather than let an empty text pass for a page without words.
            int chars = walk.Blocks.Sum(b => b.Text.Length);
            walk = walk with
            {
                Flags = walk.Flags.Add(new Flag(NoContentFlag, string.Create(CultureInfo.InvariantCulture,
                    $"html: no main content; all {walk.Blocks.Length} blocks ({chars} characters) are page furniture (navigation, link lists...)"))),
            };
        }
        return walk;
    }

    /// <param name="wholeBody">Read the whole body as the content root (chrome still left out) rather than the root the page's structure suggests.</param>
    /// <returns>The walk, and whether the class words of boxes inside the root had to be ignored because they left it no content.</returns>
    private static (HtmlWalk Walk, bool ClassWordsIgnored) WalkFromRoot(AngleSharp.Dom.IElement body, HtmlTextStats stats, string? title, bool wholeBody, GarbageBudget garbage)
    {
        var root = wholeBody ? body : HtmlContentRoot.Find(body, stats, title);
        var leads = wholeBody ? [] : Leads(body, root, stats, title);
        // The passes over the tree that chose the root leave garbage the walk would add its blocks on top of.
        garbage.Check();
        var walk = HtmlBlockWalker.Walk(body, root, stats, useClassWords: true, title);
        bool ignored = false;
        if (walk.Blocks.Any(b => b.IsContent) && leads.Count > 0)
        {
            // The lead joins a walk that found the article; it must not stand in for an article the class words hid.
            walk = HtmlBlockWalker.Walk(body, root, stats, useClassWords: true, title, leads);
        }
        else if (!walk.Blocks.Any(b => b.IsContent))
        {
            // Class words can be wrong about a whole page (<div class="layout has-sidebar"> around everything). First
            // distrust them only on the boxes that hold most of the root's text (the wrapper misnamed), so the chrome
            // boxes inside the article (related links, a newsletter box) stay out; then, if that still finds no
            // content, trust only element names and roles.
            var wrappers = HtmlMainWrappers.Find(root, stats);
            wrappers.UnionWith(leads);
            var narrow = HtmlBlockWalker.Walk(body, root, stats, useClassWords: true, title, wrappers);
            var broad = HtmlBlockWalker.Walk(body, root, stats, useClassWords: false, title, leads);
            // The narrow reading must keep most of what the broad one finds: a small box left standing while the
            // article sits in a misnamed box below the wrappers is not the article.
            int narrowChars = ContentChars(narrow);
            walk = narrowChars > 0 && narrowChars >= ContentChars(broad) * NarrowRetryShare ? narrow : broad;
            // Only the words of boxes inside the root count: a root named chrome itself would be chrome in any other reading too.
            ignored = HtmlChrome.Classify(root, withinSection: true, useClassWords: true) == ElementRole.Content;
        }
        return (walk with { Blocks = HtmlOrphanHeadings.Demote(HtmlBoilerplateLines.Demote(walk.Blocks)) }, ignored);
    }

    /// <summary>Share of the broad retry's content the narrow retry must keep to be preferred (see <see cref="WalkFromRoot"/>).</summary>
    private const double NarrowRetryShare = 0.7;

    private static int ContentChars(HtmlWalk walk) => walk.Blocks.Where(b => b.IsContent).Sum(b => b.Text.Length);

    /// <summary>The article's lead named by its box (<see cref="HtmlArticleLead"/>) and the standfirst found between the headline and the root (<see cref="HtmlStandfirst"/>).</summary>
    private static HashSet<AngleSharp.Dom.IElement> Leads(AngleSharp.Dom.IElement body, AngleSharp.Dom.IElement root, HtmlTextStats stats, string? title)
    {
        var leads = new HashSet<AngleSharp.Dom.IElement>(HtmlStandfirst.Find(body, root, stats, title), ReferenceEqualityComparer.Instance);
        if (HtmlArticleLead.Find(root, stats) is { } lead)
        {
            leads.Add(lead);
        }
        return leads;
    }
}
