using System.Globalization;
using TextPipe.Text;

namespace TextPipe.Segmentation.Sentences;

/// <summary>The character classes sentence splitting asks about.</summary>
internal static class Punctuation
{
    /// <summary>End a sentence in any language, spaces or not (Latin, CJK, Arabic, Urdu, Devanagari, Myanmar, Ethiopic).</summary>
    public static bool IsStrongTerminator(char c) =>
        c is '!' or '?' or '！' or '？' or '。' or '｡' or '؟' or '۔' or '।' or '॥' or '။' or '።' or '፧' or '‼' or '⁇' or '⁈' or '⁉';

    /// <summary>Terminators of scripts that do not put a space after them: the next sentence may follow directly.</summary>
    public static bool IsSpacelessTerminator(char c) =>
        c is '！' or '？' or '。' or '｡' or '；' or '…' or '⋯' or '۔' or '।' or '॥' or '။' or '።' or '፧';

    public static bool IsDot(char c) => c is '.' or '．';

    /// <summary>
    /// An ellipsis character: <c>…</c>, or <c>⋯</c> (the midline form Taiwan's and Hong Kong's punctuation standards
    /// prescribe, written <c>⋯⋯</c> as mainland Chinese writes <c>……</c>).
    /// </summary>
    public static bool IsEllipsis(char c) => c is '…' or '⋯';

    /// <summary>Characters that close a quotation or bracket and stay with the sentence they end.</summary>
    public static bool IsCloser(char c) =>
        c is '"' or '\'' or '”' or '’' or '“' or '‘' or '»' or '«' or '›' or ')' or ']' or '}' or '」' or '』' or '】' or '》' or '〉'
            or '）' or '］' or '｝' or '〕' or '〗' or '〙' or '〛' or '＂' or '＇';

    /// <summary>Closers after which a CJK sentence may continue (<c>“你好！”他说。</c>): quotation marks, not brackets.</summary>
    public static bool IsClosingQuote(char c) => c is '"' or '\'' or '”' or '’' or '“' or '»' or '›' or '」' or '』' or '＂' or '＇';

    /// <summary>Characters that may open the next sentence before its first letter.</summary>
    public static bool IsOpener(char c) =>
        c is '"' or '\'' or '“' or '‘' or '„' or '‚' or '«' or '»' or '‹' or '(' or '[' or '{' or '¿' or '¡' or '「' or '『' or '【'
            or '《' or '〈' or '（' or '［' or '｛' or '〔';

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '―' or '‒';

    /// <summary>List bullets that start a new item (and so a new sentence) wherever they appear after a space.</summary>
    public static bool IsBullet(char c) => c is '•' or '◦' or '▪' or '‣' or '⁃' or '●' or '∙';

    /// <summary>Whitespace and invisible format characters (bidi marks, zero-width space), which the scanner steps over.</summary>
    public static bool IsSpaceOrFormat(char c) => char.IsWhiteSpace(c) || IsFormat(c);

    public static bool IsFormat(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    public static bool IsCjkLetterAt(string text, int index) =>
        index >= 0 && index < text.Length && (Scripts.IsCjkLetter(text[index])
            || (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && Scripts.IsHan(char.ConvertToUtf32(text[index], text[index + 1]))));

    /// <summary>A letter written in a script without case (Arabic, Devanagari, Han...): a sentence may start with it.</summary>
    public static bool IsCaseless(char c) => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);
}
