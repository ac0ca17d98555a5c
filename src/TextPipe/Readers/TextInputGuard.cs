using System.Globalization;

namespace TextPipe.Readers;

/// <summary>
/// Checks every text reader applies before it builds blocks: the input has text in it, and no line is so
/// long that the file is almost certainly minified data or a dump rather than prose. Cheap on huge
/// inputs: one vectorised pass over the text, no per-line strings.
/// </summary>
public static class TextInputGuard
{
    /// <summary>Rejects an input of zero bytes, before any decoding is attempted.</summary>
    /// <exception cref="InputException">The input is empty.</exception>
    public static void CheckBytes(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            throw new InputException("empty file");
        }
    }

    /// <summary>
    /// Rejects decoded text that is empty or only whitespace, or that has a line longer than
    /// <see cref="ReaderOptions.MaxLineChars"/>. Lines end at LF, CRLF or CR; lengths are counted in
    /// Unicode scalar values (as <see cref="Documents.TextMeasure.CountChars"/> does), without the line end.
    /// </summary>
    /// <exception cref="InputException">The text is empty, blank, or has an over-long line.</exception>
    public static void CheckText(ReadOnlySpan<char> text, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (text.IsEmpty)
        {
            throw new InputException("empty file");
        }
        if (text.IsWhiteSpace())
        {
            throw new InputException("only whitespace, no text");
        }
        CheckLineLengths(text, options.MaxLineChars);
    }

    /// <summary>Throws for the first line longer than <paramref name="maxLineChars"/> characters.</summary>
    /// <exception cref="InputException">A line is over the limit.</exception>
    public static void CheckLineLengths(ReadOnlySpan<char> text, int maxLineChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLineChars);
        if (text.Length <= maxLineChars)
        {
            return; // no line can be longer than the whole text
        }
        long lineNumber = 1;
        var rest = text;
        while (true)
        {
            int end = rest.IndexOfAny('\n', '\r');
            var line = end < 0 ? rest : rest[..end];
            // UTF-16 length is an upper bound of the scalar count: count exactly only when it matters.
            if (line.Length > maxLineChars)
            {
                int chars = CountScalars(line);
                if (chars > maxLineChars)
                {
                    throw new InputException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"line {lineNumber} is {chars:N0} characters long, over the limit of {maxLineChars:N0} (--max-line-chars)"));
                }
            }
            if (end < 0)
            {
                return;
            }
            int next = end + 1;
            if (rest[end] == '\r' && next < rest.Length && rest[next] == '\n')
            {
                next++;
            }
            rest = rest[next..];
            lineNumber++;
            if (rest.Length <= maxLineChars)
            {
                return; // the remaining lines all fit
            }
        }
    }

    private static int CountScalars(ReadOnlySpan<char> line)
    {
        int length = line.Length;
        int lowSurrogates = 0;
        int i;
        while ((i = line.IndexOfAnyInRange('\uDC00', '\uDFFF')) >= 0)
        {
            lowSurrogates++;
            line = line[(i + 1)..];
        }
        return length - lowSurrogates;
    }
}
