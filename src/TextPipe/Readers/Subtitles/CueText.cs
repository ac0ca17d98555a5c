using System.Globalization;
using System.Text;
using TextPipe.Text;

namespace TextPipe.Readers.Subtitles;

/// <summary>
/// Turns a cue's payload into plain text. Markup is the format's, not the author's words, so it goes at the
/// reader: WebVTT and SRT tags (<c>&lt;i&gt;</c>, <c>&lt;c.yellow&gt;</c>, <c>&lt;font color=..&gt;</c>,
/// <c>&lt;00:01.500&gt;</c> karaoke times), ruby annotations (<c>&lt;rt&gt;</c> text), SSA override blocks that
/// SRT files carry (<c>{\an8}</c>), and character references (<c>&amp;amp;</c>). The first voice tag
/// (<c>&lt;v Anna&gt;</c>) names the speaker. A <c>&lt;</c> that does not open a tag (<c>a &lt; b</c>) stays.
/// </summary>
internal static class CueText
{
    private static readonly Dictionary<string, string> NamedReferences = new(StringComparer.Ordinal)
    {
        ["amp"] = "&",
        ["lt"] = "<",
        ["gt"] = ">",
        ["quot"] = "\"",
        ["apos"] = "'",
        ["nbsp"] = "\u00A0",
        ["lrm"] = "\u200E",
        ["rlm"] = "\u200F",
    };

    /// <summary>The text of <paramref name="line"/> without markup; <paramref name="speaker"/> is set by the first voice tag if still null.</summary>
    public static string StripMarkup(string line, ref string? speaker)
    {
        if (line.AsSpan().IndexOfAny('<', '{', '&') < 0)
        {
            return line;
        }
        var text = new StringBuilder(line.Length);
        bool inRuby = false;
        int i = 0;
        while (i < line.Length)
        {
            char c = line[i];
            if (c == '<' && TryTag(line, i, out int tagEnd, out string tag))
            {
                string name = TagName(tag);
                if (name == "v" && speaker is null)
                {
                    speaker = VoiceName(tag);
                }
                inRuby = name == "rt" ? !tag.StartsWith('/') : inRuby;
                i = tagEnd + 1;
            }
            else if (c == '{' && i + 1 < line.Length && line[i + 1] == '\\' && line.IndexOf('}', i) is int close and > 0)
            {
                i = close + 1;
            }
            else if (c == '&' && TryReference(line, i, out int referenceEnd, out string value))
            {
                if (!inRuby)
                {
                    text.Append(value);
                }
                i = referenceEnd + 1;
            }
            else
            {
                if (!inRuby)
                {
                    text.Append(c);
                }
                i++;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// Joins display lines (of a cue, or of the cues of a paragraph) into one line. A subtitle line break is
    /// layout: the screen is narrow. Between Latin words it becomes a space; after CJK punctuation nothing;
    /// between two CJK letters a space, because Chinese subtitles mark a pause with a space rather than a comma
    /// and gluing the two phrases would lose the only boundary there is.
    /// </summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (text.Length > 0 && NeedsSpace(text[^1], line[0]))
            {
                text.Append(' ');
            }
            text.Append(line);
        }
        return text.ToString();
    }

    private static bool NeedsSpace(char before, char after) =>
        !Scripts.IsCjkPunctuation(before) && !(Scripts.IsCjkLetter(before) && Scripts.IsCjkPunctuation(after));

    /// <summary>A tag is <c>&lt;</c>, an optional <c>/</c>, a letter or digit, and a <c>&gt;</c> before any other <c>&lt;</c>.</summary>
    private static bool TryTag(string line, int start, out int end, out string tag)
    {
        end = -1;
        tag = "";
        int first = start + 1;
        if (first < line.Length && line[first] == '/')
        {
            first++;
        }
        if (first >= line.Length || !char.IsAsciiLetterOrDigit(line[first]))
        {
            return false;
        }
        int close = line.IndexOfAny(['>', '<'], first);
        if (close < 0 || line[close] == '<')
        {
            return false;
        }
        end = close;
        tag = line[(start + 1)..close];
        return true;
    }

    /// <summary>The tag's name, lower case, without classes: <c>c.yellow</c> → <c>c</c>, <c>/i</c> → <c>i</c>, <c>v Anna</c> → <c>v</c>.</summary>
    private static string TagName(string tag)
    {
        var name = tag.AsSpan().TrimStart('/');
        int stop = name.IndexOfAny(" \t.=");
        return (stop < 0 ? name : name[..stop]).ToString().ToLowerInvariant();
    }

    /// <summary><c>v.loud Anna Smith</c> → <c>Anna Smith</c>; null when the voice has no name.</summary>
    private static string? VoiceName(string tag)
    {
        int space = tag.AsSpan().IndexOfAny(' ', '\t');
        if (space < 0 || tag.StartsWith('/'))
        {
            return null;
        }
        string name = tag[(space + 1)..].Trim();
        return name.Length == 0 ? null : name;
    }

    private static bool TryReference(string line, int start, out int end, out string value)
    {
        value = "";
        end = line.IndexOf(';', start);
        if (end < 0 || end - start > 10)
        {
            return false;
        }
        var body = line.AsSpan(start + 1, end - start - 1);
        if (body.Length > 1 && body[0] == '#')
        {
            bool hex = body[1] is 'x' or 'X';
            var digits = hex ? body[2..] : body[1..];
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out int code)
                && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                value = char.ConvertFromUtf32(code);
                return true;
            }
            return false;
        }
        return NamedReferences.TryGetValue(body.ToString(), out value!);
    }
}
