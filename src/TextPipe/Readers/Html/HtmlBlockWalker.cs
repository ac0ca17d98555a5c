using System.Collections.Frozen;
using System.Collections.Immutable;
using AngleSharp.Dom;
using TextPipe.Documents;

namespace TextPipe.Readers.Html;

/// <summary>
/// Walks a page's body in document order and cuts it into blocks: each block-level element ends the text
/// before it and starts its own; headings, paragraphs, list items, quotes, preformatted text, table cells
/// and captions get their kinds (text loose in a container takes the container's kind: a paragraph inside a
/// list item is a list item). Text outside the content root, or inside chrome, becomes page furniture;
/// invisible elements are dropped, and the text they held in the content is tallied for a flag
/// (<see cref="HtmlDroppedText"/>). A picture alone between blocks whose alt text describes it is a caption
/// (<see cref="HtmlPictureAlone"/>). Formulas are read as TeX (<see cref="HtmlMath"/>); ruby readings leave the
/// text for the metadata (<see cref="HtmlRuby"/>); two <c>br</c> in a row end a paragraph, as they do on screen.
/// Iterative, so deep nesting cannot overflow the stack.
/// </summary>
internal sealed class HtmlBlockWalker
{
    /// <summary>Elements whose start and end break the flow of text into a new block.</summary>
    private static readonly FrozenSet<string> BlockElements = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp");

    /// <summary>Lists and tables: chrome when mostly links, even inside the content root (related links, tag clouds).</summary>
    private static readonly FrozenSet<string> LinkListElements = FrozenSet.Create(StringComparer.Ordinal,
        "ul", "ol", "dl", "menu", "table", "div", "section", "p");

    private const double LinkHeavyDensity = 0.5;

    private static readonly IReadOnlySet<IElement> NoLeads = new HashSet<IElement>();

    private readonly IElement _root;
    private readonly IReadOnlySet<IElement> _leads;
    private readonly HashSet<IElement> _rootAndAncestors = new(ReferenceEqualityComparer.Instance);
    private readonly HtmlTextStats _stats;
    private readonly bool _useClassWords;
    private readonly bool _picturesAreCaptions;
    private readonly HtmlTextBuilder _text = new();
    private readonly ImmutableArray<Block>.Builder _blocks = ImmutableArray.CreateBuilder<Block>();
    private readonly ImmutableArray<RubyAnnotation>.Builder _ruby = ImmutableArray.CreateBuilder<RubyAnnotation>();
    private readonly ImmutableArray<string>.Builder _captions = ImmutableArray.CreateBuilder<string>();
    private readonly HtmlDroppedText _dropped = new();
    private readonly string _headline;
    private bool _headlineSeen;
    private State _state;

    private HtmlBlockWalker(IElement root, IReadOnlySet<IElement> leads, HtmlTextStats stats, bool useClassWords, string? title, bool picturesAreCaptions)
    {
        _picturesAreCaptions = picturesAreCaptions;
        _root = root;
        _leads = leads;
        _stats = stats;
        _useClassWords = useClassWords;
        _headline = HtmlTitle.Normalise(title);
        for (IElement? e = root; e is not null; e = e.ParentElement)
        {
            _rootAndAncestors.Add(e);
        }
    }

    /// <param name="useClassWords">Judge chrome by class and id words too (off for the retry when that left no content).</param>
    /// <param name="title">The page's title: the first heading that repeats it is the headline, already the record's
    /// <c>title</c>, and becomes furniture rather than the first line of the text.</param>
    /// <param name="leads">The article's lead and standfirst set before the root (<see cref="HtmlArticleLead"/>,
    /// <see cref="HtmlStandfirst"/>): content too.</param>
    /// <param name="picturesAreCaptions">A web page's picture alone between blocks gives its alt text to the captions
    /// (<see cref="HtmlPictureAlone"/>); an HTML block of a Markdown file does not, so that its images read as the
    /// file's Markdown images do (their alt text is text).</param>
    public static HtmlWalk Walk(IElement body, IElement root, HtmlTextStats stats, bool useClassWords, string? title = null, IReadOnlySet<IElement>? leads = null, bool picturesAreCaptions = true)
    {
        var walker = new HtmlBlockWalker(root, leads ?? NoLeads, stats, useClassWords, title, picturesAreCaptions);
        walker.Run(body);
        var blocks = walker._blocks.ToImmutable();
        return new HtmlWalk(blocks, walker._ruby.ToImmutable(), walker._dropped.ToFlags(blocks.Length), walker._captions.ToImmutable());
    }

    /// <summary>What applies to the text being read: restored when the element that set it ends.</summary>
    private readonly record struct State(
        BlockKind Kind,
        int Level,
        bool Furniture,
        bool Preformatted,
        bool WithinSection,
        bool DataTable,
        bool FigureCaption);

    private void Run(IElement body)
    {
        // Until the walk reaches the content root, text is the site's, not the page's.
        _state = new State(BlockKind.Paragraph, 0, Furniture: body != _root, Preformatted: false, WithinSection: false, DataTable: true, FigureCaption: false);
        // One frame per open element, each taking its children one at a time: the stack grows with the nesting, not with
        // the number of children (a page of 500k paragraphs in one box held a frame for each of them, three times per read).
        var open = new Stack<OpenElement>();
        Visit(body, open);
        while (open.Count > 0)
        {
            var top = open.Pop();
            var children = top.Element.ChildNodes;
            if (top.NextChild < children.Length)
            {
                open.Push(top with { NextChild = top.NextChild + 1 });
                Visit(children[top.NextChild], open);
                continue;
            }
            Leave(top.Element, top.Saved);
        }
        Flush();
    }

    private void Visit(INode node, Stack<OpenElement> open)
    {
        switch (node)
        {
            case IElement element:
                if (Enter(element) is { } saved)
                {
                    open.Push(new OpenElement(element, saved, NextChild: 0));
                }
                break;
            case IText text:
                if (_state.Preformatted)
                {
                    _text.AppendPreformatted(text.Data);
                }
                else
                {
                    _text.AppendCollapsing(text.Data);
                }
                break;
        }
    }

    /// <summary>An element entered and not yet left: the state to restore at its end, and its next child to visit.</summary>
    private readonly record struct OpenElement(IElement Element, State Saved, int NextChild);

    /// <summary>Applies an element's start; returns the state to restore at its end, or null to skip its content.</summary>
    private State? Enter(IElement element)
    {
        string name = element.LocalName;
        bool holdsRoot = _rootAndAncestors.Contains(element);
        var role = holdsRoot && element != _root
            ? ElementRole.Content
            : HtmlChrome.Classify(element, _state.WithinSection, _useClassWords);
        if (role == ElementRole.Chrome && (IsArticleNamedAsColumn(element) || _leads.Contains(element) || IsPageWideForm(element) || IsProseNamedForAds(element)))
        {
            role = ElementRole.Content;
        }
        if (!holdsRoot && HtmlMath.TryRead(element, out string formula))
        {
            _text.AppendInline(formula);
            return null;
        }
        if (role == ElementRole.Invisible && !holdsRoot)
        {
            if (!_state.Furniture)
            {
                _dropped.Note(element, _blocks.Count);
            }
            return null;
        }
        if (HtmlRuby.IsAnnotation(name) && element.ParentElement?.LocalName is "ruby" or "rtc")
        {
            return null; // read with its ruby, below
        }
        var saved = _state;
        var next = _state;
        if (element == _root || _leads.Contains(element))
        {
            next = next with { Furniture = false };
        }
        else if (!_state.Furniture && (role == ElementRole.Chrome || IsLinkHeavy(element, holdsRoot) || IsTeaserLine(element, holdsRoot)))
        {
            next = next with { Furniture = true };
        }
        else if (!_state.Furniture && !holdsRoot && IsFigureCaption(element))
        {
            // A photo's caption or credit: it describes the picture, it is not the article's text. It goes to meta.captions.
            next = next with { Furniture = true, FigureCaption = true };
        }
        next = next with { WithinSection = next.WithinSection || name is "article" or "section" or "main" or "aside" or "nav" };

        bool breaks = BlockElements.Contains(name) || next.Furniture != _state.Furniture;
        switch (name)
        {
            case "br":
                if (_text.EndsWithLineBreak)
                {
                    Flush(); // <br><br>: a blank line on screen, the paragraph break of pages built without <p>
                }
                else
                {
                    _text.AppendLineBreak();
                }
                return saved;
            case "ruby":
                foreach (var (rubyBase, reading) in HtmlRuby.Pairs(element))
                {
                    _ruby.Add(new RubyAnnotation(rubyBase, reading, _blocks.Count));
                }
                break;
            case "img":
                if (!next.Furniture)
                {
                    _text.AppendImage(element.GetAttribute("src") ?? "", element.GetAttribute("alt")?.Trim() ?? "");
                }
                return saved;
            case "a" when element.HasAttribute("href") && !next.Furniture:
                _text.OpenLink(element.GetAttribute("href")!.Trim());
                break;
        }
        if (breaks)
        {
            Flush();
        }
        next = name switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => next with { Kind = BlockKind.Heading, Level = name[1] - '0' },
            "li" or "dt" or "dd" => next with { Kind = BlockKind.ListItem, Level = 0 },
            "blockquote" => next with { Kind = BlockKind.Quote, Level = 0 },
            "pre" or "listing" or "xmp" or "plaintext" => next with { Kind = BlockKind.Code, Level = 0, Preformatted = true },
            "figcaption" or "caption" => next with { Kind = BlockKind.Caption, Level = 0 },
            "table" => next with { DataTable = IsDataTable(element) },
            "td" or "th" when next.DataTable => next with { Kind = BlockKind.TableCell, Level = 0 },
            _ => next,
        };
        _state = next;
        return saved;
    }

    private void Leave(IElement element, State saved)
    {
        string name = element.LocalName;
        if (name == "a" && element.HasAttribute("href") && !_state.Furniture)
        {
            _text.CloseLink();
        }
        if (BlockElements.Contains(name) || saved.Furniture != _state.Furniture)
        {
            Flush();
        }
        _state = saved;
    }

    private void Flush()
    {
        if (_text.IsBlank)
        {
            _text.Finish(_state.Preformatted);
            return;
        }
        var (text, inlines) = _text.Finish(_state.Preformatted);
        if (_state.FigureCaption)
        {
            _captions.Add(text);
        }
        if (_picturesAreCaptions && !_state.Furniture && HtmlPictureAlone.IsPictureDescription(text, inlines))
        {
            _captions.Add(text);
            _blocks.Add(new Block(BlockKind.PageFurniture, text));
            return;
        }
        if (IsHeadline(text))
        {
            _blocks.Add(new Block(BlockKind.PageFurniture, text));
            return;
        }
        var block = _state.Furniture
            ? new Block(BlockKind.PageFurniture, text)
            : new Block(_state.Kind, text) { Level = _state.Kind == BlockKind.Heading ? _state.Level : 0, Inlines = inlines };
        _blocks.Add(block);
    }

    /// <summary>The first heading of the content that says what the title says: the headline, already the record's title.</summary>
    private bool IsHeadline(string text)
    {
        if (_headlineSeen || _headline.Length == 0 || _state.Furniture || _state.Kind != BlockKind.Heading || _state.Level > 2)
        {
            return false;
        }
        _headlineSeen = HtmlTitle.Normalise(text) == _headline;
        return _headlineSeen;
    }

    /// <summary>A <c>figcaption</c>, or a box whose class says caption or credit (<c>wp-caption-text</c>, <c>photo-credit</c>).</summary>
    internal static bool IsFigureCaption(IElement element) =>
        element.LocalName == "figcaption"
        || (element.GetAttribute("class") is { } classes && ClassWords.Split(classes).Any(w => w is "caption" or "credit" or "credits" or "copyright"));

    /// <summary>
    /// Chrome by its class words alone, yet the class also names the article (or names it chrome only by a weak word,
    /// <c>author-guidelines</c>) (<c>l-sidebar-fixed l-article-body</c>,
    /// <c>article-body pagination-first</c>) and the box holds most of the content root's text as prose: the layout
    /// named a column, the text says it is the article.
    /// </summary>
    private bool IsArticleNamedAsColumn(IElement element) =>
        HtmlChrome.Classify(element, _state.WithinSection, useClassWords: false) == ElementRole.Content
        && (HtmlContentRoot.HoldsPageText(element, _stats, _stats.Of(_root).TextChars)
            || (HtmlChrome.HasOnlyWeakChromeWords(element) && HtmlContentRoot.HoldsMostText(element, _stats, _stats.Of(_root).TextChars)));

    /// <summary>
    /// A <c>form</c> around most of the text, as some frameworks wrap a whole page in one (ASP.NET's <c>aspnetForm</c>):
    /// a layout box, not a search or login form. Its link density says nothing: it holds the site's menus too.
    /// </summary>
    private bool IsPageWideForm(IElement element)
    {
        if (element.LocalName != "form")
        {
            return false;
        }
        var text = _stats.Of(element);
        return text.Paragraphs > 0 && text.TextChars >= HtmlContentRoot.MixedWordsTextShare * _stats.Of(_root).TextChars;
    }

    /// <summary>Paragraphs of prose a box named for advertising must hold to be a section of the text that carries ad slots.</summary>
    private const int AdBoxMinParagraphs = 2;

    private const int AdBoxMinProseChars = 200;

    private const double AdBoxMaxLinkDensity = 0.3;

    /// <summary>
    /// A box named chrome only by an advertising word (<c>section--ads</c>, <c>has-ads</c>) that holds paragraphs of prose
    /// with few links: a section of the article that carries ad slots. An ad itself is a picture, a slot or a line of
    /// promotion, not paragraphs of text.
    /// </summary>
    private bool IsProseNamedForAds(IElement element)
    {
        if (!HtmlChrome.HasOnlyAdChromeWords(element) || HtmlChrome.Classify(element, _state.WithinSection, useClassWords: false) != ElementRole.Content)
        {
            return false;
        }
        var text = _stats.Of(element);
        return text.Paragraphs >= AdBoxMinParagraphs && text.ProseChars >= AdBoxMinProseChars && text.LinkDensity < AdBoxMaxLinkDensity;
    }

    /// <summary>A list, table or link box that is mostly links: navigation, related stories, tag clouds.</summary>
    private bool IsLinkHeavy(IElement element, bool holdsRoot)
    {
        if (holdsRoot || !LinkListElements.Contains(element.LocalName))
        {
            return false;
        }
        var text = _stats.Of(element);
        bool list = element.LocalName is "ul" or "ol" or "dl" or "menu" or "table";
        // A container of paragraphs is prose even when the paragraphs link a lot; a bare box is not; a list is judged by its items.
        bool mostlyLinks = text.Links >= 2 && text.LinkDensity > LinkHeavyDensity;
        bool linkRow = element.LocalName == "p" && text.LinkDensity > 0.9; // "Tags: a · b · c" set as a paragraph
        bool navigation = list ? !HalfItemsSaySomething(element) : text.Paragraphs == 0 || linkRow;
        return mostlyLinks && navigation || IsLinkedTeaser(element, text);
    }

    /// <summary>
    /// A list whose items are half or more prose around their links ("Group archives: a search engine over the
    /// mailing lists") is an annotated list of the article (sources, tools, modules), even when a few long link texts
    /// tip the whole list past half links. A menu or a "related" list is items that are links and little else.
    /// </summary>
    private bool HalfItemsSaySomething(IElement list)
    {
        int items = 0;
        int prose = 0;
        foreach (var child in list.Children)
        {
            if (child.LocalName != "li" || _stats.Of(child) is not { TextChars: > 0 } item)
            {
                continue;
            }
            items++;
            if (item.LinkDensity <= LinkHeavyDensity)
            {
                prose++;
            }
        }
        return items > 0 && 2 * prose >= items;
    }

    /// <summary>
    /// A line that is one link among the article's lines: another article's teaser (<see cref="HtmlTeaserLink"/>).
    /// A cell of a data table is a value of the table (an app's name, a document), not a teaser.
    /// </summary>
    private bool IsTeaserLine(IElement element, bool holdsRoot) =>
        !holdsRoot && _state.Kind != BlockKind.TableCell && HtmlTeaserLink.IsTeaser(element, _stats.Of(element), _stats.Of);

    /// <summary>
    /// A box named a teaser whose text is mostly its link: another article's teaser set in this one ("Read also: …"),
    /// even with one link. A teaser that is prose (the article's own lead, named <c>teaser</c> by some CMSs) is not.
    /// </summary>
    private static bool IsLinkedTeaser(IElement element, ElementText text) =>
        text.Links >= 1 && text.LinkDensity > LinkHeavyDensity
        && element.GetAttribute("class") is { } classes && ClassWords.Split(classes).Any(w => w is "teaser" or "teasers");

    /// <summary>A table laid out for data rather than for the page: not marked presentational, no table inside.</summary>
    private static bool IsDataTable(IElement table)
    {
        string? role = table.GetAttribute("role");
        if (string.Equals(role, "presentation", StringComparison.OrdinalIgnoreCase) || string.Equals(role, "none", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return table.QuerySelector("table") is null;
    }
}

/// <summary>What the walk found: the blocks, the ruby readings taken out of them, and flags for text left out.</summary>
internal sealed record HtmlWalk(ImmutableArray<Block> Blocks, ImmutableArray<RubyAnnotation> Ruby, ImmutableArray<Flag> Flags, ImmutableArray<string> Captions);
