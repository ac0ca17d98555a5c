using System.Collections.Immutable;

namespace TextPipe.Cleanup;

/// <summary>What to do with a sentence whose numbers are damaged beyond certain repair.</summary>
public enum GarbledNumbersPolicy
{
    Drop,
    Flag,
    Keep,
}

/// <summary>What the <c>urls</c> rule does with URLs and e-mail addresses.</summary>
public enum UrlPolicy
{
    Keep,
    Mask,
    Remove,
}

/// <summary>What the <c>cjk-spacing</c> rule does with spaces where CJK letters meet Latin letters or digits (<c>2023 中关村</c>).</summary>
public enum CjkLatinSpacingPolicy
{
    /// <summary>Leave the boundary as the source wrote it.</summary>
    Keep,
    /// <summary>Remove spaces at the boundary (<c>2023中关村</c>).</summary>
    Remove,
    /// <summary>One space at every boundary (<c>2023 中关村</c>, <c>AI 技术</c>).</summary>
    Add,
}

/// <summary>
/// Where the <c>unicode</c> rule turns full-width Latin letters and digits (<c>ＡＢＣ１２３</c>) into ASCII. In Chinese text
/// they are an input-method artefact that breaks search, tokens and deduplication; Japanese typesetting uses them
/// by choice (<c>ＪＲ東日本</c>, <c>第１回</c>), and in Latin-only text they are a style (<c>ＡＥＳＴＨＥＴＩＣ</c>).
/// </summary>
public enum FullWidthLatinPolicy
{
    /// <summary>Leave every full-width letter and digit as written.</summary>
    Keep,
    /// <summary>ASCII in Chinese text only: a document with Han letters that is not Japanese or Korean, outside any sentence with kana or Hangul.</summary>
    Chinese,
    /// <summary>ASCII everywhere, Japanese and Korean text included.</summary>
    All,
}

/// <summary>Validated cleanup settings: which rules run and the policies rules read. Built from a profile, then adjusted.</summary>
public sealed record CleanupOptions
{
    public required string Profile { get; init; }

    /// <summary>Ids of the rules that run (in catalog order, whatever the order here).</summary>
    public required ImmutableHashSet<string> EnabledRules { get; init; }

    public GarbledNumbersPolicy GarbledNumbers { get; init; } = GarbledNumbersPolicy.Drop;

    public UrlPolicy Urls { get; init; } = UrlPolicy.Keep;

    /// <summary>Keep the narrow no-break space French typography puts before <c>: ; ! ? »</c>.</summary>
    public bool KeepFrenchSpacing { get; init; } = true;

    /// <summary>Full-width Latin letters and digits to ASCII: in Chinese text (default, strict), nowhere (minimal) or everywhere.</summary>
    public FullWidthLatinPolicy FullWidthLatin { get; init; } = FullWidthLatinPolicy.Chinese;

    /// <summary>Spaces between CJK letters and Latin letters or digits; both styles are correct Chinese, so the source's is kept by default.</summary>
    public CjkLatinSpacingPolicy CjkLatinSpacing { get; init; } = CjkLatinSpacingPolicy.Keep;

    /// <summary>Treat every document as a speech transcript: the <c>transcript</c> rule skips its look-alike check (title line, cues, timestamps, comma-only punctuation).</summary>
    public bool AssumeTranscript { get; init; }

    /// <summary>Blocks, lines and sentences of at most this many characters (after whitespace normalisation) never count as repeated by <c>repetition</c> ("谢谢。", "Yes.", bullets), unless they carry a dozen letters (six Chinese characters).</summary>
    public int RepetitionShortChars { get; init; } = 10;

    public bool IsEnabled(string ruleId) => EnabledRules.Contains(ruleId);
}
