using TextPipe.Language;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// The writing systems a document's readable text shows (its text layer, partial or whole, and its title): what a
/// page without a text layer is likely written in, so OCR can be run with the right languages and a missing one
/// named. A script counts when it has a few letters and a small share of them, so a stray symbol proves nothing.
/// </summary>
internal static class DocumentScripts
{
    /// <summary>Fewest letters of a script that count as evidence.</summary>
    private const int MinLetters = 3;

    /// <summary>Smallest share of all letters a script needs to count.</summary>
    private const double MinShare = 0.02;

    public static IReadOnlyList<WritingSystem> Of(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var counts = new Dictionary<WritingSystem, int>();
        int letters = 0;
        foreach (string text in texts)
        {
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    c = char.ConvertToUtf32(text[i], text[++i]);
                }
                var system = WritingSystems.Of(c);
                if (system is WritingSystem.None)
                {
                    continue;
                }
                letters++;
                counts[system] = counts.GetValueOrDefault(system) + 1;
            }
        }
        return [.. counts.Where(c => c.Value >= MinLetters && c.Value >= MinShare * letters).Select(c => c.Key).Order()];
    }
}
