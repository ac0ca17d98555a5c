using System.Collections.Frozen;
using AngleSharp.Dom;

namespace TextPipe.Readers.Html;

/// <summary>What an element is to the content extractor.</summary>
internal enum ElementRole
{
    /// <summary>Content, or a container of content.</summary>
    Content,

    /// <summary>Site chrome (navigation, sidebars, comments, share bars, cookie banners...): its text becomes page furniture.</summary>
    Chrome,

    /// <summary>Not text at all (scripts, styles, form controls, hidden elements): dropped.</summary>
    Invisible,
}

/// <summary>
/// Tells site chrome from content the way readability-style extractors do: by element name, by ARIA role,
/// and by the words in <c>class</c> and <c>id</c> (<c>share-bar</c>, <c>commentList</c>, <c>site-nav</c>).
/// Words are matched whole after splitting on dashes, underscores and camel case, so <c>shareholders</c>
/// or a paragraph that merely says "share" are not chrome.
/// </summary>
internal static class HtmlChrome
{
    private static readonly FrozenSet<string> InvisibleElements = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "base", "iframe", "frame", "frameset",
        "object", "embed", "svg", "math", "canvas", "map", "audio", "video", "source", "track", "input", "select",
        "option", "optgroup", "textarea", "button", "datalist", "param", "dialog");

    private static readonly FrozenSet<string> ChromeElements = FrozenSet.Create(StringComparer.Ordinal,
        "nav", "aside", "footer", "form", "menu");

    private static readonly FrozenSet<string> ChromeRoles = FrozenSet.Create(StringComparer.Ordinal,
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "toolbar", "dialog",
        "alertdialog", "form");

    /// <summary>Whole words of class and id values that mark chrome.</summary>
    private static readonly FrozenSet<string> ChromeWords = FrozenSet.Create(StringComparer.Ordinal,
        "nav", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs", "crumbs", "footer",
        "sidebar", "aside", "share", "shares", "sharing", "sharebar", "sharetools", "sharethis", "addthis", "social",
        "comment", "comments", "commentlist", "disqus", "respond", "replies", "cookie", "cookies", "consent", "gdpr",
        "onetrust", "related", "recommended", "recommendations", "popular", "trending", "advert", "advertisement",
        "advertising", "ad", "ads", "adslot", "sponsor", "sponsored", "promo", "newsletter", "subscribe",
        "subscription", "signup", "pagination", "pager", "masthead", "toolbar", "skip", "login", "outbrain",
        "taboola", "widget", "widgets", "banner", "popup", "modal", "ticker", "tags", "tagcloud", "gallery", "slideshow",
        "carousel", "authorbox", "postmeta", "postmetadata", "cta", "disclosure", "adv", "nextpost", "prevpost", "nextstory");

    /// <summary>
    /// Chrome words that also name a page's text now and then (<c>author-guidelines</c>, a <c>meta</c> section of a
    /// wiki): chrome for a small box (an author's bio, a date line), content for a box holding most of the text.
    /// </summary>
    private static readonly FrozenSet<string> WeakChromeWords = FrozenSet.Create(StringComparer.Ordinal,
        "author", "authors", "meta", "metadata");

    /// <summary>Chrome words that name advertising itself, or a box that carries ad slots (<c>section--ads</c>).</summary>
    private static readonly FrozenSet<string> AdWords = FrozenSet.Create(StringComparer.Ordinal,
        "ad", "ads", "adv", "advert", "advertisement", "advertising", "adslot");

    /// <summary>Words that, next to a word of an article (<c>next-post</c>, <c>prev-article</c>), name the link to another one.</summary>
    private static readonly FrozenSet<string> SequenceWords = FrozenSet.Create(StringComparer.Ordinal, "next", "prev", "previous");

    private static readonly FrozenSet<string> ArticleWords = FrozenSet.Create(StringComparer.Ordinal,
        "post", "posts", "story", "stories", "article", "articles", "entry", "entries");

    /// <summary>Word beginnings that mark chrome even fused with another word (<c>shareButtons</c> is split, <c>socialbar</c> is not).</summary>
    private static readonly string[] ChromePrefixes = ["share", "social", "breadcrumb", "cookie", "sidebar", "navbar", "advert", "comment"];

    /// <summary>Words that, next to a prefix match, show the element is content after all (<c>commentary</c>, <c>shared</c>).</summary>
    private static readonly FrozenSet<string> ContentLookAlikes = FrozenSet.Create(StringComparer.Ordinal,
        "commentary", "commentaries", "commentator", "shared", "shareholder", "shareholders", "shareware");

    /// <summary>Classifies <paramref name="element"/> by its own name and attributes (not its ancestors').</summary>
    /// <param name="withinSection">Inside an article, section, main or aside: a <c>header</c> there is the section's own heading, not the site banner.</param>
    public static ElementRole Classify(IElement element, bool withinSection, bool useClassWords)
    {
        string name = element.LocalName;
        if (InvisibleElements.Contains(name) || IsHidden(element) || IsPermalink(element))
        {
            return ElementRole.Invisible;
        }
        if (ChromeElements.Contains(name) || (name == "header" && !withinSection))
        {
            return ElementRole.Chrome;
        }
        if (element.GetAttribute("role") is { } role && ChromeRoles.Contains(role.Trim().ToLowerInvariant()))
        {
            return ElementRole.Chrome;
        }
        if (useClassWords && name is not ("body" or "html" or "main" or "article")
            && (HasChromeWord(element.GetAttribute("class")) || (!IsHeadingSlug(element.Id) && HasChromeWord(element.Id))))
        {
            return ElementRole.Chrome;
        }
        return ElementRole.Content;
    }

    /// <summary>Words in an id from which on it is a heading's slug, not a layout name.</summary>
    private const int SlugWords = 4;

    /// <summary>
    /// An id made from a heading's text (<c>sharing-with-a-single-developer</c>, as Sphinx, MkDocs and Markdown
    /// renderers make them): it names a section of the text, so a chrome word in it ("sharing") says nothing.
    /// </summary>
    private static bool IsHeadingSlug(string? id) => id is not null && ClassWords.Split(id).Count >= SlugWords;

    /// <summary>True when a class or id value holds a chrome word: <c>post-share-bar</c>, <c>commentsSection</c>, <c>sitenav</c>.</summary>
    public static bool HasChromeWord(string? value) => HasChromeWord(value, includeWeak: true);

    /// <summary>True when an element's class and id name it chrome only by weak words (<see cref="WeakChromeWords"/>).</summary>
    public static bool HasOnlyWeakChromeWords(IElement element)
    {
        string? classes = element.GetAttribute("class");
        string? id = element.Id;
        return (HasChromeWord(classes) || HasChromeWord(id)) && !HasChromeWord(classes, includeWeak: false) && !HasChromeWord(id, includeWeak: false);
    }

    /// <summary>True when an element's class and id name it chrome only by advertising words (<see cref="AdWords"/>).</summary>
    public static bool HasOnlyAdChromeWords(IElement element)
    {
        string? classes = element.GetAttribute("class");
        string? id = element.Id;
        return (HasChromeWord(classes) || HasChromeWord(id)) && !HasNonAdChromeWord(classes) && !HasNonAdChromeWord(id);
    }

    private static bool HasNonAdChromeWord(string? value) =>
        !string.IsNullOrEmpty(value) && value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Any(name => HasChromeWord(string.Join(' ', ClassWords.Split(name).Where(w => !AdWords.Contains(w)))));

    private static bool HasChromeWord(string? value, bool includeWeak)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        if (NamesAnotherArticle(value))
        {
            return true;
        }
        foreach (string word in ClassWords.Split(value))
        {
            if (ChromeWords.Contains(word) || (includeWeak && WeakChromeWords.Contains(word)))
            {
                return true;
            }
            if (ContentLookAlikes.Contains(word))
            {
                continue;
            }
            foreach (string prefix in ChromePrefixes)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            if (word.Length <= 8 && word.EndsWith("nav", StringComparison.Ordinal))
            {
                return true; // topnav, mainnav, sitenav
            }
        }
        return false;
    }

    /// <summary>One class (<c>next-post</c>, <c>prevStory</c>) pairs a word of sequence with a word of an article: the way to another article.</summary>
    private static bool NamesAnotherArticle(string value)
    {
        foreach (string name in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var words = ClassWords.Split(name);
            if (words.Any(SequenceWords.Contains) && words.Any(ArticleWords.Contains))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A heading's permalink anchor (Sphinx and MkDocs "¶", GitHub "#", "§", "🔗"): a link to a fragment of the
    /// page whose text is a symbol, not a word. Its symbol would end every heading's text.
    /// </summary>
    private static bool IsPermalink(IElement element)
    {
        if (element.LocalName != "a" || element.GetAttribute("href") is not { } href || !href.TrimStart().StartsWith('#'))
        {
            return false;
        }
        string text = element.TextContent.Trim();
        return text.Length <= 2 && !text.Any(char.IsLetterOrDigit);
    }

    /// <summary><c>hidden</c>, <c>aria-hidden="true"</c>, or an inline style that hides the element.</summary>
    internal static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        string? style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }
        string compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
