using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Dom;
using TextPipe.Documents;

namespace TextPipe.Readers.Html;

/// <summary>
/// Tallies the text the reader leaves out of the main content because the element holding it is not shown
/// as text: embedded frames and objects, SVG and canvas, <c>noscript</c> fallbacks, form controls, and
/// elements hidden with <c>hidden</c>, <c>aria-hidden</c> or an inline style. Each kind that held letters or
/// digits becomes one <c>dropped-text</c> flag (count, characters, first block), so nothing goes without a
/// trace. Scripts, styles, templates and the head are code or metadata, not text, and go silently; so do
/// elements without a letter or digit (icons, a permalink's "¶") and whatever lies in page furniture.
/// </summary>
internal sealed class HtmlDroppedText
{
    public const string FlagCode = ReaderFlagCodes.DroppedText;

    private static readonly FrozenSet<string> NotContent = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "template", "head", "title", "meta", "link", "base", "param", "source", "track");

    private readonly Dictionary<string, Tally> _byKind = new(StringComparer.Ordinal);

    /// <summary>Notes that <paramref name="element"/> was skipped while the next block to be written is <paramref name="block"/>.</summary>
    public void Note(IElement element, int block)
    {
        string name = element.LocalName;
        if (NotContent.Contains(name))
        {
            return;
        }
        int chars = CountTextChars(element);
        if (chars == 0)
        {
            return;
        }
        string kind = HtmlChrome.IsHidden(element) ? "hidden" : "<" + name + ">";
        if (!_byKind.TryGetValue(kind, out var tally))
        {
            tally = new Tally(block, _byKind.Count);
            _byKind.Add(kind, tally);
        }
        tally.Count++;
        tally.Chars += chars;
    }

    /// <summary>One flag per kind, in the order the kinds were first met; block indices are clamped to the blocks there are.</summary>
    public ImmutableArray<Flag> ToFlags(int blockCount)
    {
        var flags = ImmutableArray.CreateBuilder<Flag>(_byKind.Count);
        foreach (var (kind, tally) in _byKind.OrderBy(k => k.Value.Order))
        {
            string what = kind == "hidden" ? "hidden element" : kind + " element";
            string message = string.Create(CultureInfo.InvariantCulture,
                $"html: {tally.Count} {what}{(tally.Count == 1 ? "" : "s")} with {tally.Chars} characters of text left out of the main content");
            flags.Add(new Flag(FlagCode, message) { Block = blockCount == 0 ? null : Math.Min(tally.FirstBlock, blockCount - 1) });
        }
        return flags.ToImmutable();
    }

    private static int CountTextChars(IElement element)
    {
        string text = element.TextContent;
        if (!text.Any(char.IsLetterOrDigit))
        {
            return 0;
        }
        return text.Count(c => !char.IsWhiteSpace(c));
    }

    private sealed class Tally(int firstBlock, int order)
    {
        public int FirstBlock { get; } = firstBlock;

        /// <summary>When the kind was first met, so flags come in document order.</summary>
        public int Order { get; } = order;

        public int Count { get; set; }

        public int Chars { get; set; }
    }
}
