namespace TextPipe.Readers.Subtitles;

/// <summary>Recognises WebVTT saved as plain text by its <c>WEBVTT</c> signature on the first line.</summary>
public sealed class VttSniffer : ITextFormatSniffer
{
    public string Format => VttReader.FormatId;

    public bool Matches(string text, out string evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool matches = VttParser.HasSignature(text);
        evidence = matches ? "WEBVTT signature" : "no WEBVTT signature";
        return matches;
    }
}
