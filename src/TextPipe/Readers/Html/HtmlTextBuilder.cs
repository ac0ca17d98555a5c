using System.Collections.Immutable;
using System.Text;
using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Readers.Html;

/// <summary>
/// Accumulates the text of one block as a browser lays it out: runs of HTML whitespace collapse to one
/// space, whitespace at the block's edges and around line breaks disappears, and a source line break
/// between two CJK characters vanishes (CSS Text 3 segment-break rule: Chinese and Japanese source is
/// wrapped without meaning a space). A <c>br</c> is a line break, except where it separates a Chinese or
/// Japanese letter from a letter or digit of another script (pinyin under its characters, a translation under
/// its original): that join is a space, because whoever later joins the lines (the line-wrap rule) would glue
/// the two scripts together. Preformatted text is kept as it is. Links are recorded as
/// <see cref="InlineElement"/>s located in the text, as the Markdown reader does; an image is its alt text
/// (what a text browser shows), recorded as an image element so that cleanup can still judge the alt text.
/// </summary>
internal sealed class HtmlTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<InlineElement> _inlines = [];
    private readonly Stack<PendingLink> _openLinks = new();
    private bool _pendingSpace;
    private bool _pendingSegmentBreak;
    private bool _pendingLineBreak;

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

    /// <summary>True after a <c>br</c> that no visible character has followed yet (a second <c>br</c> there ends a paragraph).</summary>
    public bool EndsWithLineBreak => _pendingLineBreak;

    /// <summary>Appends text whose whitespace collapses (everything outside <c>pre</c>).</summary>
    public void AppendCollapsing(string data)
    {
        foreach (char c in data)
        {
            if (IsHtmlWhitespace(c))
            {
                if (_text.Length > 0 && _text[^1] != '\n' && !_pendingLineBreak)
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
        if (_pendingLineBreak)
        {
            _pendingLineBreak = false;
            _text.Append('\n');
        }
        EmitPendingSpace(data[0]);
        _text.Append(TextLayout.NormalizeLineEnds(data));
    }

    /// <summary>
    /// A <c>br</c>: spaces before it go, and none start the next line. Whether it becomes a line break or a space
    /// is decided by the character that follows (see the class summary); at a block's edge it is nothing.
    /// </summary>
    public void AppendLineBreak()
    {
        _pendingSpace = false;
        _pendingSegmentBreak = false;
        _pendingLineBreak = _text.Length > 0;
    }

    /// <summary>
    /// An image: its alt text, whitespace collapsed, located by an image element (an image without alt text
    /// leaves an empty element where it was, and no text). Markup never reaches the text, whatever the profile.
    /// </summary>
    public void AppendImage(string source, string alt)
    {
        string text = Collapse(alt);
        if (text.Length == 0)
        {
            _inlines.Add(new InlineElement(InlineKind.Image, _text.Length, 0, source, ""));
            return;
        }
        EmitPendingSpace(text[0]);
        int start = _text.Length;
        _text.Append(text);
        _inlines.Add(new InlineElement(InlineKind.Image, start, text.Length, source, alt));
    }

    /// <summary>Text that stands for an element inline (a formula's TeX), spaced like a word.</summary>
    public void AppendInline(string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        EmitPendingSpace(text[0]);
        _text.Append(text);
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
        _pendingLineBreak = false;
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
        if (_pendingLineBreak)
        {
            _text.Append(JoinsScripts(LastCodePoint(), next) ? ' ' : '\n');
            _pendingLineBreak = false;
            _pendingSpace = false;
            _pendingSegmentBreak = false;
        }
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

    /// <summary>A Chinese or Japanese letter on one side, a letter or digit of another script on the other.</summary>
    private static bool JoinsScripts(int before, int after)
    {
        static bool IsCjkLetter(int c) => Scripts.IsHan(c) || Scripts.IsKana(c);
        static bool IsOtherLetterOrDigit(int c) => c < 0x10000 && char.IsLetterOrDigit((char)c) && !Scripts.IsCjkLetter(c);
        return (IsCjkLetter(before) && IsOtherLetterOrDigit(after)) || (IsOtherLetterOrDigit(before) && IsCjkLetter(after));
    }

    private int LastCodePoint()
    {
        char last = _text[^1];
        return char.IsLowSurrogate(last) && _text.Length > 1 && char.IsHighSurrogate(_text[^2])
            ? char.ConvertToUtf32(_text[^2], last)
            : last;
    }

    private static string Collapse(string value) =>
        string.Join(' ', value.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private sealed class PendingLink(string target)
    {
        public string Target { get; } = target;

        public int Start { get; set; }
    }
}
