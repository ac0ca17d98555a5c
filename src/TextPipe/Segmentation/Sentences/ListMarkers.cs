namespace TextPipe.Segmentation.Sentences;

/// <summary>
/// Finds enumerations run into one line (<c>1. The first item 2. The second item</c>, <c>a) … b) …</c>,
/// <c>• … • …</c>): each item after the first starts a sentence, and the period of a marker (<c>1.</c>) is not a
/// full stop. A marker counts when a neighbour continues its sequence (1→2, a→b) or when it opens the text;
/// markers need a space after them, so <c>1.мороженое, 2.мясо</c> stays inline.
/// </summary>
internal static class ListMarkers
{
    private enum MarkerKind
    {
        Number,
        Letter,
    }

    private readonly record struct Marker(int Start, int Value, MarkerKind Kind, int PunctuationIndex);

    /// <summary>Adds item starts to <paramref name="breaks"/> and marker periods to <paramref name="markerDots"/>.</summary>
    public static void Find(string text, List<int> breaks, HashSet<int> markerDots)
    {
        var markers = new List<Marker>();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool atItemStart = i == 0 || char.IsWhiteSpace(text[i - 1]) || Punctuation.IsBullet(text[i - 1]);
            if (Punctuation.IsBullet(c) && i > 0 && char.IsWhiteSpace(text[i - 1]) && HasTextBefore(text, i))
            {
                breaks.Add(i);
            }
            if (atItemStart && TryRead(text, i, out var marker))
            {
                markers.Add(marker);
            }
        }

        int firstContent = 0;
        while (firstContent < text.Length && (Punctuation.IsSpaceOrFormat(text[firstContent]) || Punctuation.IsBullet(text[firstContent])))
        {
            firstContent++;
        }
        for (int m = 0; m < markers.Count; m++)
        {
            var marker = markers[m];
            bool continuesPrevious = m > 0 && Follows(markers[m - 1], marker);
            bool continuedByNext = m + 1 < markers.Count && Follows(marker, markers[m + 1]);
            bool opensText = marker.Start == firstContent;
            if (!continuesPrevious && !continuedByNext && !opensText)
            {
                continue;
            }
            markerDots.Add(marker.PunctuationIndex);
            if (continuesPrevious)
            {
                breaks.Add(BackOverBullets(text, marker.Start));
            }
        }
    }

    private static bool Follows(Marker previous, Marker next) => previous.Kind == next.Kind && next.Value == previous.Value + 1;

    /// <summary>Reads <c>12.</c>, <c>12)</c>, <c>12.)</c>, <c>b.</c>, <c>b)</c> followed by a space.</summary>
    private static bool TryRead(string text, int start, out Marker marker)
    {
        marker = default;
        int i = start;
        int value = 0;
        MarkerKind kind;
        while (i < text.Length && i - start < 3 && char.IsAsciiDigit(text[i]))
        {
            value = (value * 10) + (text[i] - '0');
            i++;
        }
        if (i > start)
        {
            kind = MarkerKind.Number;
        }
        else if (i < text.Length && char.IsAsciiLetterLower(text[i]))
        {
            kind = MarkerKind.Letter;
            value = text[i] - 'a' + 1;
            i++;
        }
        else
        {
            return false;
        }
        if (i >= text.Length || text[i] is not ('.' or ')'))
        {
            return false;
        }
        int punctuation = i;
        i++;
        if (text[punctuation] == '.' && i < text.Length && text[i] == ')')
        {
            i++;
        }
        if (i >= text.Length || !char.IsWhiteSpace(text[i]))
        {
            return false;
        }
        marker = new Marker(start, value, kind, punctuation);
        return true;
    }

    private static bool HasTextBefore(string text, int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static int BackOverBullets(string text, int index)
    {
        int i = index;
        while (i > 0 && (char.IsWhiteSpace(text[i - 1]) || Punctuation.IsBullet(text[i - 1])))
        {
            i--;
        }
        return i;
    }
}
