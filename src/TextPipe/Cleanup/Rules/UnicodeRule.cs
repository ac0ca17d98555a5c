using System.Text;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Unicode hygiene: NFC; full-width ASCII letters and digits to ASCII (where <see cref="CleanupOptions.FullWidthLatin"/>
/// says: by default in Chinese text only, see <see cref="FullWidthLatinScope"/>); Latin ligatures (ﬁ) to their letters and
/// Kangxi radicals standing in CJK text (⽤) to their ideographs, by their NFKC form (NFKC is not applied
/// wholesale: ², ½, ①, ㎡ keep their meaning); zero-width characters, soft hyphens,
/// BOMs and control characters removed; odd spaces to a plain space (French no-break spacing kept when
/// <see cref="CleanupOptions.KeepFrenchSpacing"/>); U+FFFD and private-use characters flagged, not removed.
/// Tabs are kept (they separate columns in tables and code); U+3000 is left to <c>cjk-spacing</c>.
/// </summary>
public sealed class UnicodeRule : ICleanupRule
{
    public const string Nfc = "nfc";
    public const string StreamSafe = "stream-safe";

    /// <summary>The flag of a block that held a run of more combining marks than real text has (see <see cref="StreamSafe"/>).</summary>
    public const string CombiningRunFlag = "combining-run";
    public const string FullWidth = "fullwidth";
    public const string ZeroWidth = "zero-width";
    public const string SoftHyphen = "soft-hyphen";
    public const string Control = "control";

    public const string TerminalEscape = "terminal-escape";
    public const string Space = "space";
    public const string Ligature = "ligature";
    public const string Radical = "radical";

    public RuleDescriptor Descriptor { get; } = new(
        "unicode",
        "Normalise Unicode: NFC, full-width letters/digits, invisible and control characters, odd spaces",
        new HashSet<string>(StringComparer.Ordinal) { "minimal", "default", "strict" });

    public void Apply(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fullWidth = FullWidthLatinScope.For(context.Options.FullWidthLatin, context.Blocks);
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            var characterChanges = CharacterChanges(context.Blocks[b].Text, context.Options.KeepFrenchSpacing, fullWidth);
            if (characterChanges.Count > 0)
            {
                context.Rewrite(b, characterChanges);
            }
            // NFC after the removals: taking out a zero-width character can put a combining mark next to its
            // base, and the text must be NFC at the end for a second run to find nothing.
            string beforeNfc = context.Blocks[b].Text;
            var nfcChanges = NfcChanges(beforeNfc);
            if (nfcChanges.Count > 0)
            {
                context.Rewrite(b, nfcChanges);
                FlagCombiningRuns(context, b, beforeNfc, nfcChanges);
            }
            FlagSuspects(context, b);
        }
    }

    private static List<TextChange> CharacterChanges(string text, bool keepFrenchSpacing, FullWidthLatinScope fullWidth)
    {
        var changes = new List<TextChange>();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x7F && c >= 0x20 || c == '\n' || c == '\t')
            {
                continue;
            }
            if (TerminalEscapeLength(text, i) is int length and > 0)
            {
                // A colour code is one escape: without its ESC, "[32m" would be left in the text as letters.
                changes.Add(new TextChange(i, length, "", TerminalEscape));
                i += length - 1;
                continue;
            }
            (string replacement, string note)? change = c switch
            {
                _ when UnicodeCharacters.IsZeroWidth(c) => JoinerIsSpelling(text, i) ? null : ("", ZeroWidth),
                '\u00AD' => ("", SoftHyphen),
                _ when UnicodeCharacters.IsControl(c) => ("", Control),
                _ when UnicodeCharacters.IsOddSpace(c) => keepFrenchSpacing && IsFrenchSpace(text, i) ? null : (" ", Space),
                _ when UnicodeCharacters.IsLineSeparator(c) => ("\n", Space),
                _ when UnicodeCharacters.IsFullWidthAlphanumeric(c) => fullWidth.Applies(text, i) ? (UnicodeCharacters.ToHalfWidth(c).ToString(), FullWidth) : null,
                _ when UnicodeCharacters.IsLatinLigature(c) => UnicodeCharacters.CompatibilityForm(c) is { } letters ? (letters, Ligature) : null,
                _ when UnicodeCharacters.IsCjkRadical(c) && UnicodeCharacters.IsRadicalInCjkText(text, i) =>
                    UnicodeCharacters.IdeographFor(c) is { } ideograph ? (ideograph, Radical) : null,
                _ => null,
            };
            if (change is not { } value)
            {
                continue;
            }
            // Adjacent changes of one kind become one edit: a run of zero-width characters is one finding.
            if (changes.Count > 0 && changes[^1].End == i && changes[^1].Note == value.note)
            {
                var last = changes[^1];
                changes[^1] = last with { Length = last.Length + 1, Replacement = last.Replacement + value.replacement };
            }
            else
            {
                changes.Add(new TextChange(i, 1, value.replacement, value.note));
            }
        }
        return changes;
    }

    /// <summary>
    /// Length of an ANSI/ECMA-48 control sequence starting at <paramref name="i"/> (<c>ESC [ 3 2 m</c>: ESC, '[',
    /// parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E), or 0 when there is none.
    /// </summary>
    private static int TerminalEscapeLength(string text, int i)
    {
        if (text[i] != '\u001B' || i + 2 >= text.Length || text[i + 1] != '[')
        {
            return 0;
        }
        int j = i + 2;
        while (j < text.Length && text[j] is >= '\u0030' and <= '\u003F')
        {
            j++;
        }
        while (j < text.Length && text[j] is >= '\u0020' and <= '\u002F')
        {
            j++;
        }
        return j < text.Length && text[j] is >= '\u0040' and <= '\u007E' ? j + 1 - i : 0;
    }

    /// <summary>ZWJ inside an emoji sequence, or ZWJ/ZWNJ between letters of a script they shape, is spelling.</summary>
    private static bool JoinerIsSpelling(string text, int i)
    {
        char c = text[i];
        if (c is not ('\u200D' or '\u200C') || i == 0 || i == text.Length - 1)
        {
            return false;
        }
        int before = char.IsLowSurrogate(text[i - 1]) && i >= 2 ? char.ConvertToUtf32(text[i - 2], text[i - 1]) : text[i - 1];
        int after = char.IsHighSurrogate(text[i + 1]) && i + 2 < text.Length ? char.ConvertToUtf32(text[i + 1], text[i + 2]) : text[i + 1];
        if (c == '\u200D' && UnicodeCharacters.IsEmojiPart(before) && UnicodeCharacters.IsEmojiPart(after))
        {
            return true;
        }
        return UnicodeCharacters.IsJoiningScriptLetter(before) && UnicodeCharacters.IsJoiningScriptLetter(after);
    }

    /// <summary>
    /// French typography puts a (narrow) no-break space before <c>: ; ! ? »</c>, after <c>«</c>, and between
    /// digit groups (<c>53 900</c>); those spaces are kept when the policy says so.
    /// </summary>
    private static bool IsFrenchSpace(string text, int i)
    {
        if (text[i] is not ('\u00A0' or '\u202F'))
        {
            return false;
        }
        char before = i > 0 ? text[i - 1] : '\0';
        char after = i + 1 < text.Length ? text[i + 1] : '\0';
        return after is ':' or ';' or '!' or '?' or '»' || before == '«' || (char.IsAsciiDigit(before) && char.IsAsciiDigit(after));
    }

    private static List<TextChange> NfcChanges(string text)
    {
        var changes = new List<TextChange>();
        // Stream-safe check: the runtime's own IsNormalized is quadratic in a run of marks, like its normaliser.
        if (StreamSafeNormalization.IsNormalized(text, NormalizationForm.FormC))
        {
            return changes;
        }
        int start = 0;
        while (start < text.Length)
        {
            // A cluster: a starter and the marks, jamo and low surrogates that follow it. NFC never composes
            // across a starter, so each cluster normalises on its own and the edit stays as small as possible.
            int end = start + 1;
            while (end < text.Length && (char.IsLowSurrogate(text[end]) || UnicodeCharacters.ContinuesCluster(text[end])))
            {
                end++;
            }
            if (end - start > 1 || text[start] >= 0x80)
            {
                string cluster = text[start..end];
                // Stream-safe: a cluster of thousands of marks normalises in linear time (and a second pass finds nothing).
                if (!StreamSafeNormalization.IsNormalized(cluster, NormalizationForm.FormC))
                {
                    // A joiner put into the text is a change of its own kind: the note says so, and the block is flagged.
                    string note = StreamSafeNormalization.HasLongRun(cluster) ? StreamSafe : Nfc;
                    changes.Add(new TextChange(start, end - start, StreamSafeNormalization.Normalize(cluster, NormalizationForm.FormC), note));
                }
            }
            start = end;
        }
        return changes;
    }

    /// <summary>
    /// One flag per block whose runs of marks got joiners: "Zalgo" text, or a file that is not text. The marks are
    /// kept (nothing is lost; the <see cref="StreamSafe"/> edits restore the input), but the reader should know.
    /// </summary>
    private static void FlagCombiningRuns(CleanupContext context, int block, string before, List<TextChange> changes)
    {
        int runs = 0;
        int joiners = 0;
        foreach (var change in changes)
        {
            if (change.Note == StreamSafe)
            {
                runs++;
                joiners += change.Replacement.AsSpan().Count(StreamSafeNormalization.GraphemeJoiner)
                    - before.AsSpan(change.Start, change.Length).Count(StreamSafeNormalization.GraphemeJoiner);
            }
        }
        if (runs > 0)
        {
            context.AddFlag(CombiningRunFlag,
                $"{runs:N0} run(s) of more than {StreamSafeNormalization.MaxMarksInRun} combining marks: {joiners:N0} combining grapheme joiner(s) (U+034F) put in, one after every {StreamSafeNormalization.MaxMarksInRun} marks (Unicode's stream-safe format, UAX #15)",
                block);
        }
    }

    private static void FlagSuspects(CleanupContext context, int block)
    {
        string text = context.Blocks[block].Text;
        int i = 0;
        while (i < text.Length)
        {
            string? note = SuspectNote(text, i, out int width);
            if (note is null)
            {
                i++;
                continue;
            }
            int start = i;
            i += width;
            while (i < text.Length && SuspectNote(text, i, out int next) == note)
            {
                i += next;
            }
            context.Flag(block, start, i - start, note);
        }
    }

    /// <summary>U+FFFD marks text lost before us; private-use characters mean nothing without their font.</summary>
    private static string? SuspectNote(string text, int i, out int width)
    {
        width = 1;
        char c = text[i];
        if (c == '\uFFFD')
        {
            return "replacement-character";
        }
        int cp = c;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            cp = char.ConvertToUtf32(c, text[i + 1]);
            width = 2;
        }
        return UnicodeCharacters.IsPrivateUse(cp) ? "private-use" : null;
    }
}
