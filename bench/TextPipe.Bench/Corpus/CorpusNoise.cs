using System.Text;

namespace TextPipe.Bench.Corpus;

/// <summary>
/// Adds the kinds of noise the default cleanup rules handle to a clean paragraph, one kind at a time chosen by
/// the caller's random source: mojibake, invisible characters, image links, URLs, boilerplate lines, hard
/// wraps, spaces between Han characters, spaces before punctuation, repeated sentences and lost characters.
/// </summary>
internal sealed class CorpusNoise(Random random)
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    private static readonly string[] Boilerplate =
    [
        "Share this article", "All rights reserved.", "Click here to subscribe", "分享到微信", "版权所有，转载请注明出处",
        "Partager sur Facebook",
    ];

    /// <summary>Noisy paragraphs out of one clean one; about a third stay clean, as in a real corpus.</summary>
    public string Apply(string paragraph) => random.Next(12) switch
    {
        0 => Mojibake(paragraph),
        1 => Invisible(paragraph),
        2 => $"![figure {random.Next(100)}](images/fig{random.Next(1000)}.png)\n\n{paragraph}",
        3 => $"{paragraph}\nhttps://example.org/news/{random.Next(100000)}?ref=feed",
        4 => $"{paragraph}\n\n{Boilerplate[random.Next(Boilerplate.Length)]}",
        5 => HardWrap(paragraph),
        6 => HanSpaces(paragraph),
        7 => SpaceBeforePunctuation(paragraph),
        8 => RepeatFirstSentence(paragraph),
        9 => LostCharacters(paragraph),
        _ => paragraph,
    };

    /// <summary>UTF-8 bytes read as Latin-1 in one stretch of the paragraph, as a wrong decoder does.</summary>
    private string Mojibake(string paragraph)
    {
        int start = random.Next(paragraph.Length / 2);
        int length = Math.Min(paragraph.Length - start, 40);
        string stretch = paragraph.Substring(start, length);
        if (char.IsLowSurrogate(stretch[0]) || char.IsHighSurrogate(stretch[^1]))
        {
            return paragraph;
        }
        return string.Concat(paragraph.AsSpan(0, start), Latin1.GetString(Encoding.UTF8.GetBytes(stretch)), paragraph.AsSpan(start + length));
    }

    private string Invisible(string paragraph)
    {
        var builder = new StringBuilder(paragraph.Length + 8);
        foreach (char c in paragraph)
        {
            builder.Append(c);
            if (c == ' ' && random.Next(8) == 0)
            {
                builder.Append(random.Next(3) switch { 0 => '\u200B', 1 => '\u00A0', _ => '\uFEFF' });
            }
        }
        return builder.ToString();
    }

    /// <summary>Lines cut at a fixed width, as a PDF or e-mail export leaves them (Han text at 30 characters).</summary>
    private static string HardWrap(string paragraph)
    {
        bool han = paragraph.Count(c => c is >= '\u4E00' and <= '\u9FFF') * 3 > paragraph.Length;
        int width = han ? 30 : 72;
        var builder = new StringBuilder(paragraph.Length + paragraph.Length / width);
        int column = 0;
        foreach (char c in paragraph.Replace('\n', ' '))
        {
            if (column >= width && (han || c == ' '))
            {
                builder.Append('\n');
                column = 0;
                if (c == ' ')
                {
                    continue;
                }
            }
            builder.Append(c);
            column++;
        }
        return builder.ToString();
    }

    private string HanSpaces(string paragraph)
    {
        var builder = new StringBuilder(paragraph.Length + 16);
        foreach (char c in paragraph)
        {
            builder.Append(c);
            if (c is >= '\u4E00' and <= '\u9FFF' && random.Next(6) == 0)
            {
                builder.Append(' ');
            }
        }
        return builder.ToString();
    }

    private static string SpaceBeforePunctuation(string paragraph) =>
        paragraph.Replace(", ", " , ").Replace("。", " 。").Replace("，", " ，");

    /// <summary>A few characters replaced by U+FFFD, as a lossy decoder leaves them.</summary>
    private string LostCharacters(string paragraph)
    {
        char[] chars = paragraph.ToCharArray();
        for (int i = 0; i < 3; i++)
        {
            int at = random.Next(chars.Length);
            if (!char.IsSurrogate(chars[at]))
            {
                chars[at] = '\uFFFD';
            }
        }
        return new string(chars);
    }

    private static string RepeatFirstSentence(string paragraph)
    {
        int end = paragraph.IndexOfAny(['.', '。', '!', '?', '！', '？']);
        return end < 0 ? paragraph : string.Concat(paragraph.AsSpan(0, end + 1), " ", paragraph);
    }
}
