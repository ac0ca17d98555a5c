namespace TextPipe.Readers;

/// <summary>
/// Recognises a richer text format inside an input that looks like plain text (a <c>.txt</c> file, a file
/// without extension, stdin): a Markdown export saved as <c>.txt</c>, later an HTML page saved without
/// extension... Sniffers are asked in order; the first that matches upgrades the input to its format.
/// </summary>
public interface ITextFormatSniffer
{
    /// <summary>The format id this sniffer upgrades to.</summary>
    string Format { get; }

    /// <summary>
    /// True when <paramref name="text"/> (decoded, any line ends) is clearly in this format. Should be
    /// conservative. <paramref name="evidence"/> says why in a few words, for <c>inspect</c>.
    /// </summary>
    bool Matches(string text, out string evidence);
}
