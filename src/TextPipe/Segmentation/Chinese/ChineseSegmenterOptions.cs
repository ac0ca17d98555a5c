namespace TextPipe.Segmentation.Chinese;

/// <summary>Choices a caller can make about Chinese word segmentation.</summary>
public sealed class ChineseSegmenterOptions
{
    /// <summary>Frequency given to a user word that names none (a common word's count in the core dictionary).</summary>
    public const int DefaultUserWordFrequency = 1000;

    /// <summary>Extra words (domain terms, names) with their frequencies; they join the dictionary.</summary>
    public IReadOnlyDictionary<string, int> UserWords { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Re-segment runs of single characters left by the dictionary with the character HMM, to find
    /// words the dictionary lacks (names, new terms). On by default; off reproduces the plain
    /// dictionary-and-bigram segmentation.
    /// </summary>
    public bool GuessUnknownWords { get; init; } = true;

    /// <summary>
    /// How long the words are where segmentation standards disagree. The default, <see cref="ChineseWordConvention.Pku"/>,
    /// splits dates, quantities and names into their parts, as the ICTCLAS dictionary does.
    /// </summary>
    public ChineseWordConvention Convention { get; init; } = ChineseWordConvention.Pku;

    /// <summary>
    /// Reads a user dictionary: one word a line, optionally followed by whitespace and a frequency
    /// (jieba's format: further columns such as a part of speech are ignored); '#' starts a comment line.
    /// </summary>
    public static IReadOnlyDictionary<string, int> ReadUserDictionary(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.Trim().TrimStart('\uFEFF');
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }
            string[] fields = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            int frequency = fields.Length > 1 && int.TryParse(fields[1], System.Globalization.CultureInfo.InvariantCulture, out int f) && f > 0
                ? f
                : DefaultUserWordFrequency;
            if (fields[0].Length <= 255)
            {
                words[fields[0]] = frequency;
            }
        }
        return words;
    }

    /// <summary>Reads a user dictionary file (UTF-8); see <see cref="ReadUserDictionary(TextReader)"/>.</summary>
    public static IReadOnlyDictionary<string, int> ReadUserDictionary(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        return ReadUserDictionary(reader);
    }
}
