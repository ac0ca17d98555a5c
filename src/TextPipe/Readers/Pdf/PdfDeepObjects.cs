namespace TextPipe.Readers.Pdf;

/// <summary>
/// Blanks out arrays and dictionaries nested deeper than PdfPig follows, so that a document whose catalog holds
/// such an object (unused by any page) can still be read. PdfPig refuses the whole file when one object nests
/// past its limit; here each too-deep object is overwritten in place with <c>null</c> and spaces, byte for byte,
/// so every offset in the cross-reference table stays right. Strings and stream data are skipped over, never
/// counted. The reader flags what it blanked.
/// </summary>
internal static class PdfDeepObjects
{
    /// <summary>
    /// Deepest nesting kept: below PdfPig's own limit (256, its "maximum nesting depth"), with room for the levels
    /// PdfPig counts that this scan does not.
    /// </summary>
    public const int SafeDepth = 200;

    /// <summary>A copy of <paramref name="content"/> with objects deeper than <paramref name="maxDepth"/> blanked, and how many; the input when none.</summary>
    public static (ReadOnlyMemory<byte> Content, int Blanked) Blank(ReadOnlyMemory<byte> content, int maxDepth)
    {
        byte[]? copy = null;
        int blanked = 0;
        var span = content.Span;
        int depth = 0;
        int deepStart = -1;
        int i = 0;
        while (i < span.Length)
        {
            byte b = span[i];
            if (b == '(')
            {
                i = SkipLiteralString(span, i);
                continue;
            }
            if (b == '%')
            {
                int eol = span[i..].IndexOfAny((byte)'\n', (byte)'\r');
                i = eol < 0 ? span.Length : i + eol;
                continue;
            }
            if (b == 's' && span[i..].StartsWith("stream"u8) && (i == 0 || span[i - 1] != 'd'))
            {
                int end = span[i..].IndexOf("endstream"u8);
                i = end < 0 ? span.Length : i + end + 9;
                continue;
            }
            bool opens = b == '[' || (b == '<' && i + 1 < span.Length && span[i + 1] == '<');
            bool closes = b == ']' || (b == '>' && i + 1 < span.Length && span[i + 1] == '>');
            if (opens)
            {
                depth++;
                if (depth == maxDepth + 1 && deepStart < 0)
                {
                    deepStart = i;
                }
            }
            else if (closes && depth > 0)
            {
                depth--;
                if (depth == maxDepth && deepStart >= 0)
                {
                    int end = i + (b == ']' ? 1 : 2);
                    copy ??= content.ToArray();
                    Overwrite(copy, deepStart, end);
                    blanked++;
                    deepStart = -1;
                }
            }
            else if (b == 'o' && span[i..].StartsWith("obj"u8) && (i == 0 || span[i - 1] != 'd'))
            {
                depth = 0; // a new object: whatever an unbalanced one left open is forgotten
                deepStart = -1;
            }
            i += opens || closes ? (b is (byte)'[' or (byte)']' ? 1 : 2) : 1;
        }
        return copy is null ? (content, 0) : (copy, blanked);
    }

    private static void Overwrite(byte[] bytes, int start, int end)
    {
        bytes.AsSpan(start, end - start).Fill((byte)' ');
        "null"u8.CopyTo(bytes.AsSpan(start));
    }

    /// <summary>The index after a literal string <c>( … )</c>: balanced parentheses, backslash escapes.</summary>
    private static int SkipLiteralString(ReadOnlySpan<byte> span, int open)
    {
        int nesting = 0;
        for (int i = open; i < span.Length; i++)
        {
            switch (span[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    nesting++;
                    break;
                case (byte)')':
                    if (--nesting == 0)
                    {
                        return i + 1;
                    }
                    break;
            }
        }
        return span.Length;
    }
}
