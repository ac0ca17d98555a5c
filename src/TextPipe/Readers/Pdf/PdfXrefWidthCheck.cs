using System.Globalization;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// Refuses a PDF whose cross-reference stream declares a negative or implausible field width (<c>/W [-1 2 1]</c>,
/// <c>/W [1 7777777777777777772 2]</c>). PdfPig sizes a buffer on the stack from the widths' sum (as 32-bit integers,
/// so a huge width wraps round to a negative one) when it is at most 64, without checking that it is positive, and a
/// negative size overflows the stack: that ends the process, whatever catches it, and with it the batch (found by the
/// fuzzer). Real files use fields of one to eight bytes.
/// </summary>
internal static class PdfXrefWidthCheck
{
    /// <summary>Widest field accepted, in bytes: far above the eight any writer uses.</summary>
    private const int MaxFieldWidth = 32;

    /// <summary>How far around a <c>/XRef</c> type its dictionary's <c>/W</c> entry is looked for.</summary>
    private const int Window = 1024;

    /// <exception cref="InputException">A cross-reference stream has a negative field width.</exception>
    public static void Check(ReadOnlySpan<byte> pdf)
    {
        int from = 0;
        while (from < pdf.Length)
        {
            int found = pdf[from..].IndexOf("/XRef"u8);
            if (found < 0)
            {
                return;
            }
            int at = from + found;
            int start = Math.Max(0, at - Window);
            var around = pdf[start..Math.Min(pdf.Length, at + Window)];
            if (HasNegativeWidth(around, out int offset))
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"damaged PDF: the cross-reference stream near byte {start + offset:N0} declares a negative or impossible field width (/W); not read"));
            }
            from = at + 5;
        }
    }

    private static bool HasNegativeWidth(ReadOnlySpan<byte> text, out int offset)
    {
        offset = 0;
        int from = 0;
        while (true)
        {
            int w = text[from..].IndexOf("/W"u8);
            if (w < 0)
            {
                return false;
            }
            int i = from + w + 2;
            from = i;
            // "/W" itself, not "/Widths": the name ends at whitespace or the array's bracket.
            while (i < text.Length && IsWhitespace(text[i]))
            {
                i++;
            }
            if (i >= text.Length || text[i] != '[')
            {
                continue;
            }
            i++;
            for (int field = 0; field < 3 && i < text.Length; field++)
            {
                while (i < text.Length && IsWhitespace(text[i]))
                {
                    i++;
                }
                if (i < text.Length && text[i] == '-')
                {
                    offset = from - 2;
                    return true;
                }
                long width = 0;
                while (i < text.Length && (char.IsAsciiDigit((char)text[i]) || text[i] is (byte)'+' or (byte)'.'))
                {
                    width = char.IsAsciiDigit((char)text[i]) ? Math.Min(width * 10 + (text[i] - '0'), int.MaxValue) : width;
                    i++;
                }
                if (width > MaxFieldWidth)
                {
                    offset = from - 2;
                    return true;
                }
            }
        }
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;
}
