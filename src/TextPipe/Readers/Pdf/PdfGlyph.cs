namespace TextPipe.Readers.Pdf;

/// <summary>
/// One drawn character (or ligature, or re-decoded CJK character) in page coordinates, y upwards. Spacing is
/// judged on the advance (<see cref="Left"/> is where the pen starts, <see cref="Right"/> where it ends), not on
/// the ink box, so side bearings never look like word gaps.
/// </summary>
internal readonly record struct PdfGlyph(string Text, double Left, double Right, double Baseline, double Size)
{
    /// <summary>A space glyph: a hint that words part here, never text of its own.</summary>
    public bool IsSpace => string.IsNullOrWhiteSpace(Text);

    /// <summary>The line box top: ascenders reach about three quarters of the size above the baseline.</summary>
    public double Top => Baseline + 0.75 * Size;

    public double Bottom => Baseline - 0.25 * Size;
}
