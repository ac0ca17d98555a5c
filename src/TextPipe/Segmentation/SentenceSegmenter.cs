using TextPipe.Documents;
using TextPipe.Segmentation.Sentences;

namespace TextPipe.Segmentation;

/// <summary>
/// Rule-based sentence splitter for many languages: Latin, Cyrillic and Greek text (abbreviations, initials,
/// decimals, ordinals, ellipses, URLs, e-mail addresses, quotations, run-in numbered lists), Chinese and Japanese
/// (。！？；… with their closing quotes, no split inside 《》 or before “你好！”他说), Arabic, Persian, Urdu,
/// Devanagari, Armenian, Myanmar and Ethiopic full stops. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Speech transcripts written with commas only would otherwise give one sentence per paragraph: in Chinese and
/// Japanese, a sentence that reaches <see cref="CjkSoftLimit"/> characters is broken at its next comma (，or ,).
/// Latin-script text gets no such limit: long sentences there are real sentences.
/// </remarks>
public sealed class SentenceSegmenter
{
    /// <summary>Default soft limit in UTF-16 code units (≈ CJK characters): about two lines of a printed page.</summary>
    public const int DefaultCjkSoftLimit = 100;

    public static SentenceSegmenter Default { get; } = new();

    /// <summary>Length after which a CJK sentence is broken at its next comma; 0 turns the limit off.</summary>
    public int CjkSoftLimit { get; init; } = DefaultCjkSoftLimit;

    /// <summary>
    /// Splits <paramref name="text"/> into trimmed sentences with their offsets in <paramref name="text"/>.
    /// <paramref name="lang"/> is a language code such as <c>en</c>, <c>fr</c>, <c>zh-Hans</c>; when null, text that
    /// is mostly CJK letters is treated as Chinese (Japanese with kana), anything else by language-neutral rules.
    /// </summary>
    public IReadOnlyList<Sentence> Split(string text, string? lang)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return [];
        }
        var language = SentenceLanguage.For(lang, text);
        var cuts = new BoundaryScanner(text, language).Find();
        var segments = SentenceRanges.FromCuts(text, cuts);
        if (language.IsCjk && CjkSoftLimit > 0)
        {
            segments = SentenceRanges.ApplySoftLimit(text, segments, CjkSoftLimit);
        }
        var sentences = new Sentence[segments.Count];
        for (int i = 0; i < segments.Count; i++)
        {
            var (start, end) = segments[i];
            sentences[i] = new Sentence(text[start..end], start);
        }
        return sentences;
    }
}
