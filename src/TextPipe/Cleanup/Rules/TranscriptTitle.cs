using System.Globalization;
using System.Text.RegularExpressions;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>What a video transcript's title line is made of.</summary>
/// <param name="Title">The episode or event title, cleaned of the tokens below.</param>
/// <param name="Uploader">The channel or uploader name, when the line has one.</param>
/// <param name="Tokens">The part number, date and platform id found, for the edit note.</param>
internal sealed record TranscriptTitleParts(string Title, string? Uploader, IReadOnlyList<string> Tokens);

/// <summary>
/// Recognises the title line transcript exporters write (<c>P3：20240706-Event title - uploader - BV1xx411c7XX</c>,
/// <c>EP12 | Talk title | 2024-07-06</c>, <c>Talk title [dQw4w9WgXcQ]</c>) from its parts: a part/episode
/// number, a date, a platform video id, separated by <c> - </c>, <c>|</c> or a colon after the part number.
/// It counts as a transcript title only with a platform id, or with both a part number and a date, so an
/// ordinary heading with a year in it ("2024 World AI Conference") is left alone.
/// </summary>
internal static partial class TranscriptTitle
{
    public static TranscriptTitleParts? TryParse(string line)
    {
        if (line.Length is 0 or > 240 || line.Contains('\n', StringComparison.Ordinal))
        {
            return null;
        }
        string rest = MarkdownHeading().Replace(line, "").Trim();
        var tokens = new List<string>();
        bool hasPart = false, hasDate = false, hasId = false;

        var part = LeadingPart().Match(rest);
        if (part.Success)
        {
            tokens.Add(part.Groups["part"].Value);
            hasPart = true;
            rest = rest[part.Length..];
        }
        var date = LeadingDate().Match(rest);
        if (date.Success && IsDate(date.Groups["date"].Value))
        {
            tokens.Add(date.Groups["date"].Value);
            hasDate = true;
            rest = rest[date.Length..];
        }
        var bracketId = TrailingBracketId().Match(rest);
        if (bracketId.Success && IsPlatformId(bracketId.Groups["id"].Value))
        {
            tokens.Add(bracketId.Groups["id"].Value);
            hasId = true;
            rest = rest[..bracketId.Index];
        }

        var texts = new List<string>();
        foreach (string raw in Separator().Split(rest))
        {
            string piece = raw.Trim();
            if (piece.Length == 0)
            {
                continue;
            }
            if (IsPlatformId(piece))
            {
                tokens.Add(piece);
                hasId = true;
            }
            else if (WholePart().IsMatch(piece))
            {
                tokens.Add(piece);
                hasPart = true;
            }
            else if (IsDate(piece))
            {
                tokens.Add(piece);
                hasDate = true;
            }
            else
            {
                texts.Add(piece);
            }
        }
        if (texts.Count == 0 || !(hasId || (hasPart && hasDate)))
        {
            return null;
        }
        // Exporters put the uploader after the title and before the id: "title - uploader - id".
        string? uploader = null;
        if (hasId && texts.Count >= 2 && texts[^1].Length <= 40)
        {
            uploader = texts[^1];
            texts.RemoveAt(texts.Count - 1);
        }
        return new TranscriptTitleParts(string.Join(" - ", texts), uploader, tokens);
    }

    /// <summary>Bilibili BV/av ids, or an 11-character YouTube id mixing cases and digits.</summary>
    private static bool IsPlatformId(string piece) =>
        BilibiliId().IsMatch(piece)
        || (YouTubeId().IsMatch(piece) && piece.Any(char.IsAsciiDigit) && piece.Any(char.IsAsciiLetterUpper) && piece.Any(char.IsAsciiLetterLower));

    private static bool IsDate(string text)
    {
        string digits = new([.. text.Where(char.IsAsciiDigit)]);
        var m = DatePattern().Match(text);
        if (!m.Success)
        {
            return false;
        }
        if (text.Length == 8 && digits.Length == 8)
        {
            return DateTime.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        }
        int month = DecimalDigits.Parse(m.Groups["m"].ValueSpan);
        int day = DecimalDigits.Parse(m.Groups["d"].ValueSpan);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    [GeneratedRegex(@"^#{1,6}\s+")]
    private static partial Regex MarkdownHeading();

    // "P71：", "EP12 ", "Part 3 - ", "第12集 ".
    [GeneratedRegex(@"^(?<part>(?:[Pp]|EP|Ep|ep|Part ?|第)\d{1,4}(?:[集期话講讲回Pp])?)(?:\s*[：:|｜\-–—.]\s*|\s+)")]
    private static partial Regex LeadingPart();

    [GeneratedRegex(@"^(?:[Pp]|EP|Ep|ep|Part ?|第)\d{1,4}(?:[集期话講讲回Pp])?$")]
    private static partial Regex WholePart();

    // A date glued to the title by "-", "_", a space, or nothing before a CJK letter: "20240706-2024世界…".
    [GeneratedRegex(@"^(?<date>\d{8}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s*[-_–—|｜]\s*|\s+|(?=[\p{IsCJKUnifiedIdeographs}]))")]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"^(?:\d{4}(?<m>\d{2})(?<d>\d{2})|\d{4}[-./](?<m>\d{1,2})[-./](?<d>\d{1,2})|\d{4}年(?<m>\d{1,2})月(?<d>\d{1,2})日)$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\s*\[(?<id>[A-Za-z0-9_-]{11}|BV[0-9A-Za-z]{10})\]\s*$")]
    private static partial Regex TrailingBracketId();

    [GeneratedRegex(@"^(?:BV[0-9A-Za-z]{10}|av\d{5,12})$")]
    private static partial Regex BilibiliId();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex(@"\s+[-–—|｜]\s+|\s*[|｜]\s*")]
    private static partial Regex Separator();
}
