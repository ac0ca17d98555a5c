namespace TextPipe.Conversion;

/// <summary>Counts at the end of a conversion, for the exit code and the closing line.</summary>
public sealed record ConvertSummary(int Converted, int Failed)
{
    public bool AllSucceeded => Failed == 0;
}
