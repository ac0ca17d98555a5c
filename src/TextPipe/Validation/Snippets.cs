using System.Text;

namespace TextPipe.Validation;

/// <summary>Short one-line excerpts for reports, with invisible characters made visible (a control character shows as U+0007).</summary>
public static class Snippets
{
    public const int Width = 60;

    public static string Around(string text, int offset, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = Math.Clamp(offset - 15, 0, text.Length);
        int end = Math.Clamp(offset + Math.Max(length, 1) + 15, start, text.Length);
        // Never cut a surrogate pair in two.
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }
        if (end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end++;
        }
        return Visible(text.AsSpan(start, end - start), Width);
    }

    public static string Opening(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int end = Math.Min(text.Length, Width);
        if (end < text.Length && end > 0 && char.IsHighSurrogate(text[end - 1]))
        {
            end++;
        }
        return Visible(text.AsSpan(0, end), Width);
    }

    /// <summary>Text on one line: line breaks as ⏎; U+FFFD, control, format and private-use characters as U+XXXX.</summary>
    public static string Visible(ReadOnlySpan<char> text, int maxChars)
    {
        var builder = new StringBuilder(Math.Min(text.Length, maxChars) + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            if (builder.Length >= maxChars)
            {
                builder.Append('…');
                break;
            }
            if (rune.Value == '\n')
            {
                builder.Append('⏎');
            }
            else if (rune.Value == 0xFFFD || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.PrivateUse)
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }
        return builder.ToString();
    }
}
