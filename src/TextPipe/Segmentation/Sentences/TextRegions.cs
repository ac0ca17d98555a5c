namespace TextPipe.Segmentation.Sentences;

/// <summary>
/// Where a text must not be split: inside URLs and e-mail addresses, and inside short quotations and brackets
/// (<c>«Не видали маму?»</c>, <c>(He worked as an engineer.)</c>, <c>《摔跤吧！爸爸》</c>). Computed once per text.
/// </summary>
internal sealed class TextRegions
{
    /// <summary>Quotations and brackets longer than this are not protected: an unmatched quote must not swallow a paragraph.</summary>
    public const int MaxEnclosedLength = 300;

    private readonly int[] enclosedUntil;
    private readonly List<(int Start, int End)> protectedSpans;

    public TextRegions(string text)
    {
        protectedSpans = LinkFinder.Find(text);
        enclosedUntil = EnclosureFinder.Find(text);
    }

    /// <summary>
    /// True when <paramref name="index"/> lies inside a quotation or bracket that is still open at
    /// <paramref name="end"/> (its closer is at or after <paramref name="end"/>).
    /// </summary>
    public bool IsEnclosed(int index, int end) => enclosedUntil.Length > 0 && enclosedUntil[index] >= end;

    /// <summary>End of the URL or e-mail address covering <paramref name="index"/>, or -1.</summary>
    public int ProtectedEnd(int index)
    {
        foreach (var (start, end) in protectedSpans)
        {
            if (index >= start && index < end)
            {
                return end;
            }
            if (start > index)
            {
                break;
            }
        }
        return -1;
    }

    /// <summary>True when a URL or address ends exactly at <paramref name="index"/>.</summary>
    public bool ProtectedEndsAt(int index) => protectedSpans.Exists(s => s.End == index);
}
