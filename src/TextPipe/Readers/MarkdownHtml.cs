using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TextPipe.Documents;
using TextPipe.Readers.Html;

namespace TextPipe.Readers;

/// <summary>
/// The HTML inside a Markdown file, read as HTML rather than kept as markup: an HTML block (<c>&lt;p
/// align="center"&gt;…&lt;/p&gt;</c>, <c>&lt;details&gt;</c>) gives the blocks the HTML reader would give for it
/// (its text, images as their alt text, badge rows of links as page furniture); an inline tag of a known HTML
/// element goes, its content staying (<c>&lt;br&gt;</c> a line break, <c>&lt;img&gt;</c> its alt text); a tag that
/// is no HTML element (<c>&lt;T&gt;</c>, <c>&lt;username&gt;</c>) is text and stays. Comments (<c>&lt;!-- licence
/// --&gt;</c>) are not text: they are left out and tallied for one <c>dropped-text</c> flag.
/// </summary>
internal sealed partial class MarkdownHtml
{
    public const string FlagCode = ReaderFlagCodes.DroppedText;

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>Elements whose tags a Markdown author writes inline; anything else in angle brackets is text.</summary>
    private static readonly FrozenSet<string> InlineElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "del", "dfn", "em", "font", "i", "img", "ins", "kbd",
        "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
        "p", "div", "center", "details", "summary", "picture", "source", "ruby", "rt", "rp", "hr", "nobr");

    private int _comments;
    private int _commentChars;
    private int _firstCommentLine = -1;

    /// <summary>Blocks read from an HTML block; their flags (block indices from <paramref name="firstBlock"/>) and ruby readings are kept.</summary>
    public ImmutableArray<Block> ReadBlock(string html, int line, int firstBlock, List<Flag> flags, List<RubyAnnotation> ruby)
    {
        var parser = new HtmlParser(ParserOptions);
        using var page = parser.ParseDocument(html);
        foreach (var comment in page.Descendants<IComment>())
        {
            NoteComment(comment.Data, line);
        }
        var body = page.Body;
        if (body is null || HtmlFrameset.IsFrameset(body))
        {
            return [];
        }
        var walk = HtmlBlockWalker.Walk(body, body, HtmlTextStats.Measure(body), useClassWords: false, picturesAreCaptions: false);
        flags.AddRange(walk.Flags.Select(f => f with { Block = f.Block + firstBlock }));
        ruby.AddRange(walk.Ruby.Select(r => r with { Block = r.Block + firstBlock }));
        return walk.Blocks;
    }

    /// <summary>What an inline tag stands for in the text; null when it is not an HTML tag (it is then text as written).</summary>
    public InlineTag? ReadInline(string tag, int line)
    {
        if (tag.StartsWith("<!--", StringComparison.Ordinal))
        {
            NoteComment(tag[4..].TrimEnd('>').TrimEnd('-'), line);
            return new InlineTag(InlineTagKind.Nothing, "", "");
        }
        var name = TagName().Match(tag);
        if (!name.Success || !InlineElements.Contains(name.Groups["name"].Value))
        {
            return null;
        }
        bool closing = tag.StartsWith("</", StringComparison.Ordinal);
        return name.Groups["name"].Value.ToLowerInvariant() switch
        {
            "br" when !closing => new InlineTag(InlineTagKind.LineBreak, "", ""),
            "img" when !closing => new InlineTag(InlineTagKind.Image, Attribute(tag, "alt"), Attribute(tag, "src")),
            _ => new InlineTag(InlineTagKind.Nothing, "", ""),
        };
    }

    /// <summary>The flag for the comments left out, if there were any.</summary>
    public void AddFlags(List<Flag> flags)
    {
        if (_comments > 0)
        {
            flags.Add(new Flag(FlagCode, string.Create(CultureInfo.InvariantCulture,
                $"markdown: {_comments} HTML comment{(_comments == 1 ? "" : "s")} with {_commentChars} characters left out, first at line {_firstCommentLine}")));
        }
    }

    private void NoteComment(string data, int line)
    {
        _comments++;
        _commentChars += data.Count(c => !char.IsWhiteSpace(c));
        if (_firstCommentLine < 0)
        {
            _firstCommentLine = line;
        }
    }

    private static string Attribute(string tag, string name)
    {
        foreach (Match m in AttributePattern().Matches(tag))
        {
            if (string.Equals(m.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase))
            {
                string value = m.Groups["dq"].Success ? m.Groups["dq"].Value : m.Groups["sq"].Success ? m.Groups["sq"].Value : m.Groups["bare"].Value;
                return System.Net.WebUtility.HtmlDecode(value);
            }
        }
        return "";
    }

    [GeneratedRegex(@"^</?(?<name>[A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"\s(?<name>[A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s""'=<>`]+))")]
    private static partial Regex AttributePattern();
}

internal enum InlineTagKind
{
    Nothing,
    LineBreak,
    Image,
}

/// <summary>An inline HTML tag read: nothing (the tag goes, its content stays), a line break, or an image with its alt text and source.</summary>
internal sealed record InlineTag(InlineTagKind Kind, string Alt, string Source);
