using System.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Finds UTF-8 text that was decoded with a single-byte code page (<c>Ã©tÃ©</c>, <c>â€™</c>, <c>Ð¿Ñ€Ð¸</c>) and
/// proposes repairs for the smallest damaged spans. For each code page: map every character of a run back to
/// the byte it came from, look for well-formed UTF-8 multi-byte sequences in those bytes, decode them (again,
/// for double layers), and keep a repair only where it makes the word look more like real text
/// (<see cref="MojibakeBadness"/>). The code page with the most convincing repair wins.
/// </summary>
internal static class SingleByteMojibake
{
    private sealed record Cluster(int Start, int Length, string After, int Sequences, bool Strong, string Layers, bool Special);

    private sealed record Plan(List<TextChange> Changes, int Gain, int Sequences, bool Strong, int Strays, bool OnlyLatin);

    /// <summary>Repairs for <paramref name="text"/> from the most convincing code page, or an empty list.</summary>
    public static List<TextChange> Repairs(string text)
    {
        Plan? best = null;
        foreach (var codec in MojibakeCodec.All)
        {
            var plan = Evaluate(text, codec);
            if (plan is not null && Convincing(plan, codec) && (best is null || plan.Gain > best.Gain))
            {
                best = plan;
            }
        }
        return best?.Changes ?? [];
    }

    /// <summary>
    /// Evidence needed: one damaged character is enough in Windows-1252 when it is clearly damaged and nothing
    /// else in the run contradicts the reading; other code pages, being rarer, need two or a multi-byte one.
    /// </summary>
    private static bool Convincing(Plan plan, MojibakeCodec codec)
    {
        if (plan.Changes.Count == 0)
        {
            return false;
        }
        if (plan.Sequences == 0)
        {
            return codec.Primary; // only the "Ã " repairs, each judged by its context
        }
        if (codec.Primary)
        {
            return (plan.Strong && plan.Gain >= 2) || (plan.Sequences >= 2 && plan.Gain >= 3)
                || (plan.Sequences == 1 && plan.Gain >= 2 && plan.Strays == 0 && plan.OnlyLatin);
        }
        return ((plan.Strong && plan.Gain >= 2) || (plan.Sequences >= 2 && plan.Gain >= 3)) && plan.Strays <= plan.Sequences;
    }

    private static Plan? Evaluate(string text, MojibakeCodec codec)
    {
        if (!codec.MayHaveReadBytes(text))
        {
            return null; // a run needs a high character of this code page to hold a cluster
        }
        var clusters = new List<Cluster>();
        int strays = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!Encodable(codec, text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            bool highSeen = false;
            while (i < text.Length && Encodable(codec, text[i]))
            {
                highSeen |= text[i] >= 0x80;
                i++;
            }
            if (highSeen)
            {
                strays += FindClusters(text, start, i, codec, clusters);
            }
        }
        if (clusters.Count == 0)
        {
            return null;
        }
        return Judge(text, clusters, strays, codec);
    }

    /// <summary>
    /// U+FFFD counts as encodable: a lossy decoder left it for a byte it could not map (Ã¢â€�), and it may stand
    /// for one continuation byte of a sequence, which then decodes to U+FFFD itself.
    /// </summary>
    private static bool Encodable(MojibakeCodec codec, char c) => c == '\uFFFD' || codec.ByteOf(c) >= 0;

    /// <summary>Adds the run's repairable clusters; returns how many non-ASCII characters no sequence explains.</summary>
    private static int FindClusters(string text, int runStart, int runEnd, MojibakeCodec codec, List<Cluster> clusters)
    {
        var bytes = new byte[runEnd - runStart];
        var lost = new bool[bytes.Length];
        for (int k = 0; k < bytes.Length; k++)
        {
            lost[k] = text[runStart + k] == '\uFFFD';
            bytes[k] = lost[k] ? (byte)0xBF : (byte)codec.ByteOf(text[runStart + k]);
        }
        int strays = 0;
        int j = 0;
        while (j < bytes.Length)
        {
            // Only a high byte that was not lost can open a sequence or a lost space: an ASCII byte is no UTF-8 lead,
            // and a lost one stands as BF, a continuation byte, and is never a stray. A run is often a whole paragraph
            // of Latin text with a few accents, so the search skips the ASCII between them at once.
            int high = bytes.AsSpan(j).IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (high < 0)
            {
                break;
            }
            j += high;
            if (lost[j])
            {
                j++;
                continue;
            }
            int length = Utf8Sequence.Match(bytes, j, out _);
            if (length == 0)
            {
                if ((LostSpaceInsideMojibake(bytes, lost, j) ?? (codec.Primary ? LostNoBreakSpace(text, runStart + j, bytes, j) : null)) is { } lostSpace)
                {
                    clusters.Add(new Cluster(runStart + j, lostSpace.Length, lostSpace.After, 0, false, codec.Name, Special: true));
                    j += lostSpace.Length;
                    continue;
                }
                if (bytes[j] >= 0x80 && !lost[j])
                {
                    strays++;
                }
                j++;
                continue;
            }
            // A cluster: adjacent sequences, decoded together (a double layer spans several of them).
            int clusterStart = j;
            int sequences = 0;
            bool strong = false;
            var decoded = new StringBuilder();
            while (j < bytes.Length && !lost[j] && (length = Utf8Sequence.Match(bytes, j, out int codePoint)) > 0)
            {
                decoded.Append(Array.IndexOf(lost, true, j, length) >= 0 ? "\uFFFD" : char.ConvertFromUtf32(codePoint));
                strong |= length > 2;
                sequences++;
                j += length;
            }
            string after = decoded.ToString();
            string layers = codec.Name;
            for (int layer = 0; layer < 3 && DecodeAgain(after) is { } deeper; layer++)
            {
                after = deeper.Text;
                layers += deeper.Codec.Name == codec.Name ? ", twice" : $", then {deeper.Codec.Name}";
                strong = true;
            }
            if (HasBadCharacter(after))
            {
                strays += CountHigh(text, runStart + clusterStart, j - clusterStart);
                continue;
            }
            clusters.Add(new Cluster(runStart + clusterStart, j - clusterStart, after, sequences, strong, layers, Special: false));
        }
        return strays;
    }

    /// <summary>
    /// UTF-8 whose no-break-space byte (A0) became a plain space on the way: "Ã " was "à" (C3 A0) and "Â " a
    /// no-break space (C2 A0). "Ã " is believed only inside a lowercase sentence (voilÃ le, jusqu'Ã nos), never
    /// in capitals (C O N C L U S Ã O); the space is taken as the lost byte when a real one follows it or when
    /// what follows is a lone letter (Ã s → às), and kept otherwise, since the text most likely had one there.
    /// </summary>
    private static (int Length, string After)? LostNoBreakSpace(string text, int at, byte[] bytes, int j)
    {
        if (bytes[j] is not (0xC2 or 0xC3) || j + 1 >= bytes.Length || bytes[j + 1] != 0x20)
        {
            return null;
        }
        char before = at > 0 ? text[at - 1] : ' ';
        char after = at + 2 < text.Length ? text[at + 2] : ' ';
        if (bytes[j] == 0xC2)
        {
            // "namedÂ „scars", "!!!Â 😀": a no-break space glued to the end of a word.
            return !char.IsWhiteSpace(before) && !char.IsUpper(before) && !char.IsWhiteSpace(after) ? (2, "\u00A0") : null;
        }
        if (!(char.IsLower(before) || before is '\'' or '’' || (!char.IsLetter(before) && char.IsLower(after))))
        {
            return null;
        }
        bool loneLetter = char.IsLetter(after) && (at + 3 >= text.Length || !(char.IsLetter(text[at + 3]) || text[at + 3] is '\'' or '’'));
        return after == ' ' || loneLetter ? (2, "à") : (1, "à");
    }

    /// <summary>
    /// The same loss in the middle of a damaged run (Ð ÑƒÑ, à¸ à¸²): a sequence that is complete when its space is
    /// read as A0 and is followed at once by another sequence. The space is the lost byte.
    /// </summary>
    private static (int Length, string After)? LostSpaceInsideMojibake(byte[] bytes, bool[] lost, int j)
    {
        int need = bytes[j] switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, _ => 0 };
        if (need == 0 || j + need >= bytes.Length)
        {
            return null;
        }
        var candidate = bytes.AsSpan(j, need).ToArray();
        int spaces = 0;
        for (int k = 1; k < need; k++)
        {
            if (candidate[k] == 0x20)
            {
                candidate[k] = 0xA0;
                spaces++;
            }
        }
        int next = j + need;
        if (spaces != 1 || Utf8Sequence.Match(candidate, 0, out int codePoint) != need || lost[next] || Utf8Sequence.Match(bytes, next, out _) == 0
            || !char.IsLetter(char.ConvertFromUtf32(codePoint), 0))
        {
            return null;
        }
        return (need, char.ConvertFromUtf32(codePoint));
    }

    private static (string Text, MojibakeCodec Codec)? DecodeAgain(string text)
    {
        foreach (var codec in MojibakeCodec.All)
        {
            var bytes = new byte[text.Length];
            bool encodable = true;
            bool high = false;
            for (int k = 0; k < text.Length && encodable; k++)
            {
                int b = codec.ByteOf(text[k]);
                encodable = b >= 0;
                bytes[k] = (byte)Math.Max(b, 0);
                high |= b >= 0x80;
            }
            if (!encodable || !high)
            {
                continue;
            }
            var decoded = new StringBuilder();
            int j = 0;
            bool whole = true;
            while (j < bytes.Length && whole)
            {
                if (bytes[j] < 0x80)
                {
                    decoded.Append((char)bytes[j++]);
                    continue;
                }
                int length = Utf8Sequence.Match(bytes, j, out int codePoint);
                whole = length > 0;
                if (whole)
                {
                    decoded.Append(char.ConvertFromUtf32(codePoint));
                    j += length;
                }
            }
            string result = decoded.ToString();
            if (whole && !HasBadCharacter(result) && MojibakeBadness.Of(result, codec) < MojibakeBadness.Of(text, codec))
            {
                return (result, codec);
            }
        }
        return null;
    }

    private static bool HasBadCharacter(string text)
    {
        for (int k = 0; k < text.Length; k++)
        {
            int cp = text[k];
            if (char.IsHighSurrogate(text[k]) && k + 1 < text.Length)
            {
                cp = char.ConvertToUtf32(text[k], text[++k]);
            }
            if (MojibakeBadness.IsBad(cp))
            {
                return true;
            }
        }
        return false;
    }

    private static int CountHigh(string text, int start, int length)
    {
        int count = 0;
        for (int k = start; k < start + length; k++)
        {
            count += text[k] >= 0x80 ? 1 : 0;
        }
        return count;
    }

    /// <summary>Groups clusters by word, keeps the words a repair improves, and makes one change per word.</summary>
    private static Plan Judge(string text, List<Cluster> clusters, int strays, MojibakeCodec codec)
    {
        var changes = new List<TextChange>();
        int gain = 0;
        int sequences = 0;
        bool strong = false;
        bool onlyLatin = true;
        int c = 0;
        while (c < clusters.Count)
        {
            int wordStart = clusters[c].Start;
            while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && (c == 0 || wordStart > clusters[c - 1].Start + clusters[c - 1].Length))
            {
                wordStart--;
            }
            int last = c;
            int wordEnd = clusters[c].Start + clusters[c].Length;
            while (true)
            {
                while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]) && (last + 1 >= clusters.Count || wordEnd < clusters[last + 1].Start))
                {
                    wordEnd++;
                }
                if (last + 1 < clusters.Count && wordEnd == clusters[last + 1].Start && !clusters[last + 1].Special)
                {
                    last++;
                    wordEnd = clusters[last].Start + clusters[last].Length;
                    continue;
                }
                break;
            }
            var repaired = new StringBuilder();
            int cursor = clusters[c].Start;
            bool special = true;
            int wordSequences = 0;
            bool wordStrong = false;
            for (int k = c; k <= last; k++)
            {
                repaired.Append(text, cursor, clusters[k].Start - cursor).Append(clusters[k].After);
                cursor = clusters[k].Start + clusters[k].Length;
                special &= clusters[k].Special;
                wordSequences += clusters[k].Sequences;
                wordStrong |= clusters[k].Strong;
            }
            string before = text[wordStart..wordEnd];
            string after = text[wordStart..clusters[c].Start] + repaired + text[cursor..wordEnd];
            int wordGain = MojibakeBadness.Of(before, codec) - MojibakeBadness.Of(after, codec);
            if (wordGain > 0 || special)
            {
                string span = text[clusters[c].Start..cursor];
                string note = "mojibake: utf-8 read as " + (span.Any(MojibakeCodec.IsLatin1Reading) && clusters[c].Layers.StartsWith("windows-1252", StringComparison.Ordinal)
                    ? "latin-1" + clusters[c].Layers["windows-1252".Length..]
                    : clusters[c].Layers);
                changes.Add(new TextChange(clusters[c].Start, cursor - clusters[c].Start, repaired.ToString(), note));
                gain += Math.Max(wordGain, 0);
                sequences += wordSequences;
                strong |= wordStrong;
                onlyLatin &= repaired.ToString().All(ch => !char.IsLetter(ch) || ch < 0x250);
            }
            c = last + 1;
        }
        return new Plan(changes, gain, sequences, strong, strays, onlyLatin);
    }
}
