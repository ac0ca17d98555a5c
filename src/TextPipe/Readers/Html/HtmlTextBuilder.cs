using System.Collections.Immutable;
using System.Text;
using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Readers.Html;

/// <summary>
/// Accumulates the text of one block as a browser lays it out: runs of HTML whitespace collapse to one
/// space, whitespace at the block's edges and around line breaks disappears, and a source line break
/// between two CJK characters vanishes (CSS Text 3 segment-break rule: Chinese and Japanese source is
/// wrapped without meaning a space). Preformatted text is kept as it is. Links and images are recorded as
/// <see cref="InlineElement"/>s located in the text, as the Markdown reader does.
/// </summary>
internal sealed class HtmlTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<InlineElement> _inlines = [];
    private readonly Stack<PendingLink> _openLinks = new();
    private bool _pendingSpace;
    private bool _pendingSegmentBreak;

    /// <summary>True when no visible character has been added since the last <see cref="Finish"/>.</summary>
    public bool IsBlank
    {
        get
        {
            for (int i = 0; i < _text.Length; i++)
            {
                if (!char.IsWhiteSpace(_text[i]))
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>Appends text whose whitespace collapses (everything outside <c>pre</c>).</summary>
    public void AppendCollapsing(string data)
    {
        foreach (char c in data)
        {
            if (IsHtmlWhitespace(c))
            {
                if (_text.Length > 0 && _text[^1] != '\n')
                {
                    _pendingSpace = true;
                    _pendingSegmentBreak |= c is '\n' or '\r';
                }
                continue;
            }
            EmitPendingSpace(c);
            _text.Append(c);
        }
    }

    /// <summary>Appends preformatted text as it is, with line ends made LF.</summary>
    public void AppendPreformatted(string data)
    {
        if (data.Length == 0)
        {
            return;
        }
        EmitPendingSpace(data[0]);
        _text.Append(TextLayout.NormalizeLineEnds(data));
    }

    /// <summary>A <c>br</c>: spaces before it go, and none start the next line.</summary>
    public void AppendLineBreak()
    {
        _pendingSpace = false;
        _pendingSegmentBreak = false;
        _text.Append('\n');
    }

    /// <summary>An image: written as a normalised <c>&lt;img&gt;</c> tag and recorded, so cleanup decides on it.</summary>
    public void AppendImage(string source, string alt)
    {
        string tag = alt.Length == 0
            ? $"<img src=\"{Attribute(source)}\">"
            : $"<img src=\"{Attribute(source)}\" alt=\"{Attribute(alt)}\">";
        EmitPendingSpace(tag[0]);
        int start = _text.Length;
        _text.Append(tag);
        _inlines.Add(new InlineElement(InlineKind.Image, start, tag.Length, source, alt));
    }

    /// <summary>Starts a link; its start is fixed by the first visible character that follows.</summary>
    public void OpenLink(string target) => _openLinks.Push(new PendingLink(target) { Start = -1 });

    /// <summary>Ends the innermost link: its visible text is its label. A link with no text leaves nothing.</summary>
    public void CloseLink()
    {
        if (_openLinks.Count == 0)
        {
            return;
        }
        var link = _openLinks.Pop();
        if (link.Start < 0 || link.Start >= _text.Length)
        {
            return;
        }
        int end = _text.Length;
        while (end > link.Start && _text[end - 1] == '\n')
        {
            end--;
        }
        if (end > link.Start)
        {
            string label = _text.ToString(link.Start, end - link.Start);
            _inlines.Add(new InlineElement(InlineKind.Link, link.Start, end - link.Start, link.Target, label));
        }
    }

    /// <summary>
    /// The block's text, trimmed at its edges (line ends included; <paramref name="preformatted"/> keeps
    /// leading indentation), and its inline elements sorted, outer before inner. Resets the builder,
    /// keeping links still open (a block inside a link) for the next block.
    /// </summary>
    public (string Text, ImmutableArray<InlineElement> Inlines) Finish(bool preformatted)
    {
        string full = _text.ToString();
        string text = preformatted ? full.TrimEnd().TrimStart('\n') : full.Trim();
        int shift = preformatted ? full.Length - full.TrimStart('\n').Length : full.Length - full.TrimStart().Length;
        var inlines = _inlines
            .Select(e => e with { Start = e.Start - shift })
            .Where(e => e.Start >= 0 && e.Start + e.Length <= text.Length)
            .OrderBy(e => e.Start)
            .ThenByDescending(e => e.Length)
            .ThenBy(e => e.Kind == InlineKind.Link ? 0 : 1) // a link exactly around an image is the outer one
            .ToImmutableArray();
        _text.Clear();
        _inlines.Clear();
        _pendingSpace = false;
        _pendingSegmentBreak = false;
        foreach (var link in _openLinks)
        {
            link.Start = -1;
        }
        return (text, inlines);
    }

    /// <summary>HTML's ASCII whitespace; U+00A0 and other Unicode spaces are text, not layout.</summary>
    private static bool IsHtmlWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private void EmitPendingSpace(char next)
    {
        if (_pendingSpace)
        {
            bool joinCjk = _pendingSegmentBreak && IsWideCjk(LastCodePoint()) && IsWideCjk(next);
            if (!joinCjk)
            {
                _text.Append(' ');
            }
            _pendingSpace = false;
            _pendingSegmentBreak = false;
        }
        ResolveOpenLinks();
    }

    /// <summary>Links opened since the last visible character start here.</summary>
    private void ResolveOpenLinks()
    {
        foreach (var link in _openLinks)
        {
            if (link.Start < 0)
            {
                link.Start = _text.Length;
            }
        }
    }

    /// <summary>Han, kana and CJK punctuation; Hangul is written with spaces, so it keeps its segment breaks.</summary>
    private static bool IsWideCjk(int c) => Scripts.IsHan(c) || Scripts.IsKana(c) || Scripts.IsCjkPunctuation(c);

    private int LastCodePoint()
    {
        char last = _text[^1];
        return char.IsLowSurrogate(last) && _text.Length > 1 && char.IsHighSurrogate(_text[^2])
            ? char.ConvertToUtf32(_text[^2], last)
            : last;
    }

    private static string Attribute(string value) => value.Replace("\"", "&quot;", StringComparison.Ordinal);

    private sealed class PendingLink(string target)
    {
        public string Target { get; } = target;

        public int Start { get; set; }
    }
}
