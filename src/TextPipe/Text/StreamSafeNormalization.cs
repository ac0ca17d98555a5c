using System.Globalization;
using System.Text;

namespace TextPipe.Text;

/// <summary>
/// Unicode normalisation that stays linear on hostile text. The runtime's normaliser reorders a run of combining
/// marks by insertion, so one letter followed by 500,000 marks of alternating classes ("Zalgo" text) takes
/// minutes. Unicode's Stream-Safe Text Format (UAX #15, section 13) bounds that work: no real text has more than
/// 30 combining marks in a row, and a longer run gets a COMBINING GRAPHEME JOINER (U+034F, invisible, a starter for
/// normalisation) after every 30 marks, so no reordering crosses it. Because the joiner stays in the text, a second
/// normalisation finds nothing to do. Text without such a run normalises exactly as <see cref="string.Normalize(NormalizationForm)"/>.
/// </summary>
public static class StreamSafeNormalization
{
    /// <summary>The longest run of combining marks normalised as one (UAX #15's stream-safe limit).</summary>
    public const int MaxMarksInRun = 30;

    /// <summary>The invisible starter put between pieces of an over-long run of marks.</summary>
    public const char GraphemeJoiner = '\u034F';

    /// <summary><paramref name="text"/> normalised to <paramref name="form"/>, over-long runs of marks first made stream-safe.</summary>
    public static string Normalize(string text, NormalizationForm form)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HasLongRun(text.AsSpan()) ? MakeStreamSafe(text).Normalize(form) : text.Normalize(form);
    }

    /// <summary>
    /// Whether <see cref="Normalize"/> leaves <paramref name="text"/> as it is. The over-long run is looked for
    /// first: the runtime's own check is as quadratic as its normaliser on such a run (it decomposes and reorders
    /// the run to compare it), so it only ever sees text whose runs are short.
    /// </summary>
    public static bool IsNormalized(string text, NormalizationForm form)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsNormalized(text.AsSpan(), form);
    }

    /// <inheritdoc cref="IsNormalized(string, NormalizationForm)"/>
    public static bool IsNormalized(ReadOnlySpan<char> text, NormalizationForm form) =>
        !HasLongRun(text) && text.IsNormalized(form);

    /// <summary>Whether <paramref name="text"/> holds a run of more than <see cref="MaxMarksInRun"/> combining marks.</summary>
    public static bool HasLongRun(ReadOnlySpan<char> text)
    {
        int marks = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]))
            {
                continue; // counted with its high surrogate
            }
            marks = IsMark(text, i) ? marks + 1 : 0;
            if (marks > MaxMarksInRun)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The text with a joiner before the 31st, 61st... mark of every run (never inside a surrogate pair).</summary>
    private static string MakeStreamSafe(string text)
    {
        var safe = new StringBuilder(text.Length + (text.Length / MaxMarksInRun));
        int marks = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsLowSurrogate(text[i]))
            {
                bool mark = IsMark(text, i);
                if (mark && marks == MaxMarksInRun)
                {
                    safe.Append(GraphemeJoiner);
                    marks = 0;
                }
                marks = mark ? marks + 1 : 0;
            }
            safe.Append(text[i]);
        }
        return safe.ToString();
    }

    /// <summary>A combining mark; the joiner itself ends a run (it is a starter, class 0).</summary>
    private static bool IsMark(ReadOnlySpan<char> text, int i)
    {
        if (text[i] == GraphemeJoiner)
        {
            return false;
        }
        var category = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(text[i], text[i + 1]))
            : CharUnicodeInfo.GetUnicodeCategory(text[i]);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
