using System.Text.RegularExpressions;

namespace TextPipe.Readers.Subtitles;

/// <summary>
/// Takes a speaker named in brackets at the start of a cue (<c>[Alba] ¿Dónde estabas?</c>, <c>-[Ana María] Aquí.</c>,
/// the subtitles-for-the-deaf convention) out of the text and into the cue's speaker. A name is one to three
/// words, each capitalised (<c>Alba</c>, <c>Dr. López</c>), followed by speech on the same line. Sound
/// descriptions are written in lower case or capitals (<c>[música suave]</c>, <c>[LAUGHS]</c>) or stand alone,
/// and stay for the transcript rule. A cue that names two different speakers (a two-line dialogue) is left
/// as it is, since a block has one speaker. A voice tag (<c>&lt;v Anna&gt;</c>) wins over brackets.
/// </summary>
internal static partial class BracketSpeaker
{
    public static RollingCaptions.Cue Apply(RollingCaptions.Cue cue)
    {
        if (cue.Speaker is not null || cue.Lines.Count == 0 || !TryLabel(cue.Lines[0], out string name, out string rest))
        {
            return cue;
        }
        for (int i = 1; i < cue.Lines.Count; i++)
        {
            if (TryLabel(cue.Lines[i], out string other, out _) && !string.Equals(other, name, StringComparison.Ordinal))
            {
                return cue;
            }
        }
        var lines = cue.Lines.ToList();
        lines[0] = rest;
        return cue with { Lines = lines, Speaker = name };
    }

    private static bool TryLabel(string line, out string name, out string rest)
    {
        var match = Label().Match(line);
        name = match.Success ? match.Groups["name"].Value.Trim() : "";
        rest = match.Success ? match.Groups["rest"].Value : "";
        return match.Success && IsName(name);
    }

    /// <summary>One to three words, each an upper-case letter then lower-case letters (a final dot allowed), not all capitals.</summary>
    private static bool IsName(string name)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && words.All(NameWord().IsMatch);
    }

    [GeneratedRegex(@"^\s*(?:-\s*)?\[(?<name>[^\[\]\d]{1,40})\]\s*(?<rest>\S.*)$")]
    private static partial Regex Label();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}'’\-]*\p{Ll}[\p{Ll}'’\-]*\.?$|^\p{Lu}\p{Ll}?\.$")]
    private static partial Regex NameWord();
}
