using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// One physical line of the document as the line-wrap rule judges it: where it is (block, span), how wide
/// it is on the page, and its first and last visible characters.
/// </summary>
/// <remarks>
/// The rule holds one of these for every line of the document at once (ten million for a text of as many lines), so
/// the width and the three yes/no facts share one field: 20 bytes a line instead of 24.
/// </remarks>
internal readonly record struct WrappedLine
{
    /// <summary>Widths above this are stored as this: no column of wrapped text is within a factor of a thousand of it.</summary>
    public const int MaxWidth = (1 << 29) - 1;

    private const uint IndentedBit = 1u << 29;
    private const uint SoleBit = 1u << 30;
    private const uint CjkBit = 1u << 31;

    private readonly uint _widthAndFacts;

    public WrappedLine(int block, int start, int end, int width, char first, char last, bool indented, bool soleLineOfBlock, bool cjk)
    {
        Block = block;
        Start = start;
        End = end;
        First = first;
        Last = last;
        _widthAndFacts = (uint)Math.Clamp(width, 0, MaxWidth)
            | (indented ? IndentedBit : 0)
            | (soleLineOfBlock ? SoleBit : 0)
            | (cjk ? CjkBit : 0);
    }

    public int Block { get; }

    public int Start { get; }

    public int End { get; }

    public char First { get; }

    public char Last { get; }

    public int Width => (int)(_widthAndFacts & MaxWidth);

    public bool Indented => (_widthAndFacts & IndentedBit) != 0;

    public bool SoleLineOfBlock => (_widthAndFacts & SoleBit) != 0;

    public bool Cjk => (_widthAndFacts & CjkBit) != 0;

    public bool IsEmpty => First == ' ';

    /// <summary>
    /// Width as laid out on a page, counting letters and digits only: CJK letters and full-width forms take two
    /// columns, the rest one. Hard wraps happen at a column width, so widths (not character counts) compare mixed
    /// lines fairly. Spaces and punctuation are left out so that the rules after this one (which remove
    /// justification spaces and change <c>,</c> to <c>，</c>) do not change what a second run would decide.
    /// </summary>
    public static int MeasureWidth(string text, int start, int end)
    {
        int width = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                width += Scripts.IsCjkLetter(c) || c is >= '\uFF01' and <= '\uFF60' ? 2 : 1;
            }
        }
        return width;
    }

    public static WrappedLine Create(string text, int block, int start, int end, bool sole)
    {
        int first = start;
        while (first < end && char.IsWhiteSpace(text[first]))
        {
            first++;
        }
        int last = end - 1;
        while (last >= first && char.IsWhiteSpace(text[last]))
        {
            last--;
        }
        if (first > last)
        {
            return new WrappedLine(block, start, end, 0, ' ', ' ', false, sole, false);
        }
        // Two spaces or an ideographic space before the text mark a paragraph indent, not a wrapped line.
        bool indented = text[start] == '\u3000' || (first - start >= 2);
        var span = text.AsSpan(first, last + 1 - first);
        bool cjk = Scripts.CjkShare(span) >= 0.5 || (!span.ContainsAnyExcept(' ') && Scripts.IsCjk(text[first]));
        return new WrappedLine(block, start, end, MeasureWidth(text, first, last + 1), text[first], text[last], indented, sole, cjk);
    }
}
