using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// One physical line of the document as the line-wrap rule judges it: where it is (block, span), how wide
/// it is on the page, and its first and last visible characters.
/// </summary>
internal readonly record struct WrappedLine(int Block, int Start, int End, int Width, char First, char Last, bool Indented, bool SoleLineOfBlock, bool Cjk)
{
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
