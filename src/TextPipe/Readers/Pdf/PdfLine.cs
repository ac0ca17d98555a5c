namespace TextPipe.Readers.Pdf;

/// <summary>
/// A run of glyphs on one baseline with no column gap inside: a line of one column. Coordinates in points, y up.
/// </summary>
/// <param name="FirstWordWidth">Width of the line's first word (its first character for CJK): whether that word
/// would have fitted at the end of the line above tells a paragraph end from a wrap.</param>
internal sealed record PdfLine(string Text, double Left, double Right, double Baseline, double Size, double FirstWordWidth)
{
    public double Top => Baseline + 0.75 * Size;

    public double Bottom => Baseline - 0.25 * Size;

    public double Width => Right - Left;
}
