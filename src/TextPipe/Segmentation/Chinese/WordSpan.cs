namespace TextPipe.Segmentation.Chinese;

/// <summary>One word found by the segmenter: <see cref="Length"/> UTF-16 units from <see cref="Start"/>.</summary>
public readonly record struct WordSpan(int Start, int Length)
{
    public int End => Start + Length;
}
