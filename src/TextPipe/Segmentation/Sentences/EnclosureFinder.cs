namespace TextPipe.Segmentation.Sentences;

/// <summary>
/// Pairs quotation marks and brackets and records, for every character, the furthest closer of a pair that
/// contains it (-1 outside all pairs). Unmatched openers and closers make no pair; pairs longer than
/// <see cref="TextRegions.MaxEnclosedLength"/> are ignored.
/// </summary>
internal static class EnclosureFinder
{
    public static int[] Find(string text)
    {
        List<(int Open, int Close)>? pairs = null;
        var stack = new List<(char Closer, int Index)>();
        for (int i = 0; i < text.Length; i++)
        {
            if (TryClose(text, i, stack, out int open))
            {
                if (i - open <= TextRegions.MaxEnclosedLength)
                {
                    (pairs ??= []).Add((open, i));
                }
                continue;
            }
            char closer = CloserFor(text, i);
            if (closer != '\0')
            {
                stack.Add((closer, i));
            }
        }
        if (pairs is null)
        {
            return [];
        }
        var until = new int[text.Length];
        Array.Fill(until, -1);
        foreach (var (openIndex, closeIndex) in pairs)
        {
            for (int k = openIndex + 1; k < closeIndex; k++)
            {
                if (until[k] < closeIndex)
                {
                    until[k] = closeIndex;
                }
            }
        }
        return until;
    }

    /// <summary>Closes the nearest matching open pair (looking a few levels down past unmatched openers).</summary>
    private static bool TryClose(string text, int i, List<(char Closer, int Index)> stack, out int open)
    {
        open = -1;
        char c = text[i];
        for (int depth = stack.Count - 1; depth >= 0 && depth >= stack.Count - 4; depth--)
        {
            var (expected, index) = stack[depth];
            bool matches = expected == c
                || (expected == '“' && c == '”')
                || (expected == '”' && c == '“');
            if (!matches)
            {
                continue;
            }
            if (c == '\'' && !IsClosingApostrophePosition(text, i))
            {
                return false;
            }
            open = index;
            stack.RemoveRange(depth, stack.Count - depth);
            return true;
        }
        return false;
    }

    /// <summary>The closer an opener at <paramref name="i"/> expects, or '\0' when the character opens nothing.</summary>
    private static char CloserFor(string text, int i) => text[i] switch
    {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '«' => '»',
        '‹' => '›',
        // German „…“ and English “…” (either closing form accepted, see TryClose).
        '„' => '“',
        '“' => '”',
        '‚' => '‘',
        '‘' => '’',
        '「' => '」',
        '『' => '』',
        '【' => '】',
        '《' => '》',
        '〈' => '〉',
        '（' => '）',
        '［' => '］',
        '｛' => '｝',
        '〔' => '〕',
        '"' => '"',
        '＂' => '＂',
        '\'' when IsOpeningApostrophePosition(text, i) => '\'',
        _ => '\0',
    };

    /// <summary>An ASCII apostrophe opens a quotation only at the start of a word (<c>'casa'</c>, not <c>Michael's</c>).</summary>
    private static bool IsOpeningApostrophePosition(string text, int i) =>
        (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    private static bool IsClosingApostrophePosition(string text, int i) =>
        i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));
}
