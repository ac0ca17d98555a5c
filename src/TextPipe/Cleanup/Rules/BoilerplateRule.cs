using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Removes page furniture judged line by line: comment forms, view/like/share counters, source and credit
/// lines, end markers, bylines and photo captions (zh, en, fr; see <see cref="BoilerplatePatterns"/>).
/// Captions and bylines move to the document's metadata. A line is furniture only when a pattern matches the
/// whole line AND its features agree: short enough, its free part (a source, a name) not a sentence, a
/// caption one sentence, bare button words only near the document's edges. A furniture line must stand
/// alone: a line that carries on a sentence of the lines around it is prose (<see cref="ProseContinuation"/>). A credit at the end of a
/// one-sentence line (<c>… le 21 novembre 2024 /CFP</c>) makes it a caption; an end marker closing the last
/// paragraph (<c>… transformation. (End)</c>) is cut from it.
/// </summary>
public sealed partial class BoilerplateRule : ICleanupRule
{
    /// <summary>Lines this close to the start or end of the document count as its edges.</summary>
    private const int HeadLines = 5;
    private const int TailLines = 15;

    private const int MaxCaptionLines = 6;
    private const int MaxCaptionChars = 300;

    /// <summary>A line under a photo with no caption marker is a caption only when it is short.</summary>
    private const int MaxUnderPhotoChars = 160;

    public RuleDescriptor Descriptor { get; } = new(
        "boilerplate",
        "Removes comment forms, counters, credits, end markers; moves bylines and photo captions to metadata",
        ImmutableHashSet.Create(StringComparer.Ordinal, "default", "strict"));

    private sealed record Verdict(int FirstLine, int LastLine, BoilerplateKind Kind, string Id, string Metadata);

    public void Apply(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Lines are found again where they are needed rather than held for every block: a document of a million
        // one-line blocks would otherwise hold a million lists through the rule. Verdicts are null where there are none.
        int totalLines = 0;
        foreach (var block in context.Blocks)
        {
            totalLines += block.Text.AsSpan().Count('\n') + 1;
        }
        var verdicts = new List<Verdict>?[context.Blocks.Count];
        int lineNumber = 0;
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            var lines = BlockLines.Split(context.Blocks[b].Text);
            verdicts[b] = context.Blocks[b].Kind == BlockKind.Code
                ? null
                : Judge(context.Blocks[b], lines, lineNumber, totalLines);
            lineNumber += lines.Count;
        }
        DropRecurringBylines(verdicts);
        var (endBlock, endLine) = LastKeptLine(context, verdicts);

        for (int b = 0; b < context.Blocks.Count; b++)
        {
            if (verdicts[b] is null && b != endBlock)
            {
                continue;
            }
            string text = context.Blocks[b].Text;
            var lines = BlockLines.Split(text);
            var partial = new List<TextChange>();
            var removed = new List<(int, int, string)>();
            foreach (var v in verdicts[b] ?? [])
            {
                if (v.LastLine < 0)
                {
                    // A credit cut from the end of a line that stays.
                    var (start, end) = lines[v.FirstLine];
                    var m = BoilerplatePatterns.CreditSuffix.Match(text, start, end - start);
                    partial.Add(TextChange.Remove(m.Index, m.Length, $"credit removed ({v.Id})"));
                    continue;
                }
                removed.Add((v.FirstLine, v.LastLine, Note(v)));
                if (v.Kind == BoilerplateKind.Caption)
                {
                    context.AddCaption(v.Metadata);
                }
                else if (v.Kind == BoilerplateKind.Byline)
                {
                    context.SetByline(context.Metadata.Byline is { Length: > 0 } earlier ? earlier + "; " + v.Metadata : v.Metadata);
                }
            }
            if (b == endBlock && endLine >= 0)
            {
                var (start, end) = lines[endLine];
                var m = BoilerplatePatterns.EndSuffix.Match(text, start, end - start);
                if (m.Success && m.Index > start && !partial.Any(p => p.End > m.Index && BlockLines.LineOf(lines, p.Start) == endLine))
                {
                    partial.Add(TextChange.Remove(m.Index, m.Length, "end marker removed (end-marker-suffix)"));
                }
            }
            if (partial.Count > 0 || removed.Count > 0)
            {
                context.Rewrite(b, BlockLines.Compose(text, lines, removed, partial));
            }
        }
    }

    /// <summary>Most bylines a document has: an article names its writer and perhaps a photographer.</summary>
    private const int MaxBylines = 2;

    /// <summary>
    /// A document has a byline or two; "作者：杜甫" over every one of three hundred poems is the collection's
    /// structure, not furniture, so when byline shapes recur beyond that none of them is moved.
    /// </summary>
    private static void DropRecurringBylines(List<Verdict>?[] verdicts)
    {
        if (verdicts.Sum(list => list?.Count(v => v.Kind == BoilerplateKind.Byline) ?? 0) <= MaxBylines)
        {
            return;
        }
        for (int b = 0; b < verdicts.Length; b++)
        {
            if (verdicts[b] is { } list && list.RemoveAll(v => v.Kind == BoilerplateKind.Byline) > 0 && list.Count == 0)
            {
                verdicts[b] = null;
            }
        }
    }

    private static string Note(Verdict v) => v.Kind switch
    {
        BoilerplateKind.Caption => $"photo caption moved to metadata ({v.Id})",
        BoilerplateKind.Byline => $"byline moved to metadata ({v.Id})",
        BoilerplateKind.Counter => $"counter or share bar removed ({v.Id})",
        BoilerplateKind.Comment => $"comment form removed ({v.Id})",
        BoilerplateKind.Credit => $"source or credit line removed ({v.Id})",
        _ => $"end marker removed ({v.Id})",
    };

    /// <summary>The last line of the document that stays: where a trailing end marker would be.</summary>
    private static (int Block, int Line) LastKeptLine(CleanupContext context, List<Verdict>?[] verdicts)
    {
        for (int b = context.Blocks.Count - 1; b >= 0; b--)
        {
            if (context.Blocks[b].Kind == BlockKind.Code)
            {
                return (-1, -1);
            }
            // From the last line back, in place: splitting the block into a list of every line's span just to read
            // its last few cost a list as long as the block (80 MB for ten million lines).
            string text = context.Blocks[b].Text;
            int line = text.AsSpan().Count('\n');
            int end = text.Length;
            while (line >= 0)
            {
                int start = line == 0 ? 0 : text.LastIndexOf('\n', end - 1) + 1;
                bool removed = verdicts[b]?.Any(v => v.LastLine >= 0 && v.FirstLine <= line && line <= v.LastLine) ?? false;
                if (!removed && !BlockLines.IsBlank(text, start, end))
                {
                    return (b, line);
                }
                end = start - 1;
                line--;
            }
        }
        return (-1, -1);
    }

    private static List<Verdict>? Judge(CleanBlock block, List<(int Start, int End)> lines, int firstLineNumber, int totalLines)
    {
        string text = block.Text;
        var underPhotos = ImageCaptions.LinesUnderPhotos(block);
        var verdicts = new List<Verdict>();
        for (int i = 0; i < lines.Count; i++)
        {
            var (start, end) = lines[i];
            string line = text[start..end].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            int number = firstLineNumber + i;
            bool edge = number < HeadLines || number >= totalLines - TailLines;
            var verdict = JudgeLine(text, lines, i, line, edge) ?? JudgeUnderPhoto(line, i, lines.Count, underPhotos);
            if (verdict is { LastLine: >= 0 } && ProseContinuation.Continues(text, lines, i, alone: verdict.LastLine == i))
            {
                // A wrapped line of prose that happens to start like a caption, byline or credit: it stays.
                continue;
            }
            if (verdict is not null)
            {
                verdicts.Add(verdict);
                i = Math.Max(i, verdict.LastLine);
            }
        }
        return verdicts.Count == 0 ? null : verdicts;
    }

    private static Verdict? JudgeLine(string text, List<(int Start, int End)> lines, int index, string line, bool edge)
    {
        string bare = BoilerplatePatterns.Decoration.Replace(line, "");
        foreach (var row in BoilerplatePatterns.All)
        {
            if (row.EdgeOnly && !edge)
            {
                continue;
            }
            string candidate = line;
            var m = row.Pattern.Match(candidate);
            if (!m.Success && bare.Length > 0 && bare.Length != line.Length)
            {
                candidate = bare;
                m = row.Pattern.Match(candidate);
            }
            if (!m.Success)
            {
                continue;
            }
            var verdict = Accept(row, m, candidate, text, lines, index);
            if (verdict is not null)
            {
                return verdict;
            }
        }
        return JudgeCreditSuffix(line, index);
    }

    private static Verdict? Accept(BoilerplatePattern row, Match m, string line, string text, List<(int Start, int End)> lines, int index)
    {
        var value = m.Groups["v"];
        string v = value.Success ? value.Value.Trim() : "";
        switch (row.Kind)
        {
            case BoilerplateKind.Caption:
                return AcceptCaption(row, line, v, text, lines, index);
            case BoilerplateKind.Credit when row.CaptionIfDescriptive && !IsShortValue(v):
                return line.Length <= row.MaxChars && IsOneSentence(v) ? new Verdict(index, index, BoilerplateKind.Caption, row.Id, v) : null;
            case BoilerplateKind.Credit or BoilerplateKind.Byline when value.Success:
                if (row.Kind == BoilerplateKind.Byline ? v.Length > 60 : !IsShortValue(v) && !IsUrlOnly(v))
                {
                    return null;
                }
                if (!IsUrlOnly(v) && line.Length > row.MaxChars)
                {
                    return null;
                }
                return new Verdict(index, index, row.Kind, row.Id, row.Kind == BoilerplateKind.Byline ? line : v);
            default:
                return line.Length <= row.MaxChars ? new Verdict(index, index, row.Kind, row.Id, line) : null;
        }
    }

    /// <summary>A caption runs from its marker over wrapped lines until one ends a sentence, and is one sentence.</summary>
    private static Verdict? AcceptCaption(BoilerplatePattern row, string line, string value, string text, List<(int Start, int End)> lines, int index)
    {
        int last = index;
        var caption = new System.Text.StringBuilder(value);
        if (row.Continues)
        {
            while (!EndsSentence(text[lines[last].Start..lines[last].End]) && last + 1 < lines.Count && last - index < MaxCaptionLines)
            {
                last++;
                string next = text[lines[last].Start..lines[last].End].Trim();
                if (next.Length == 0)
                {
                    break;
                }
                AppendWrapped(caption, next);
            }
            if (!EndsSentence(text[lines[last].Start..lines[last].End]) && last + 1 < lines.Count)
            {
                last = index; // ran on too long: only the marker line is the caption
                caption.Clear().Append(value);
            }
        }
        string full = caption.ToString();
        if (full.Length == 0 || full.Length > Math.Min(row.MaxChars, MaxCaptionChars) || line.Length > MaxCaptionChars || !IsOneSentence(full))
        {
            return null;
        }
        return new Verdict(index, last, BoilerplateKind.Caption, row.Id, full);
    }

    /// <summary>The block's last line written directly under a photo, when it is one short sentence: the photo's caption.</summary>
    private static Verdict? JudgeUnderPhoto(string line, int index, int lineCount, List<string> underPhotos)
    {
        bool last = index == lineCount - 1;
        if (!last || !underPhotos.Contains(line) || line.Length > MaxUnderPhotoChars || !IsOneSentence(line) || !line.Any(char.IsLetter))
        {
            return null;
        }
        return new Verdict(index, index, BoilerplateKind.Caption, "under-photo", line);
    }

    /// <summary>
    /// A line ending in a photo credit: a caption when the rest is one sentence (the usual layout under a
    /// picture), a credit line when nothing else is there, else only the credit goes (a verdict with no lines).
    /// </summary>
    private static Verdict? JudgeCreditSuffix(string line, int index)
    {
        var m = BoilerplatePatterns.CreditSuffix.Match(line);
        if (!m.Success)
        {
            return null;
        }
        string rest = line[..m.Index].Trim();
        if (rest.Length == 0)
        {
            return new Verdict(index, index, BoilerplateKind.Credit, "credit-suffix", line);
        }
        if (rest.Length <= MaxCaptionChars && IsOneSentence(rest) && rest.Any(char.IsLetter))
        {
            return new Verdict(index, index, BoilerplateKind.Caption, "credit-suffix-caption", line);
        }
        return new Verdict(index, -1, BoilerplateKind.Credit, "credit-suffix", m.Value.Trim());
    }

    private static void AppendWrapped(System.Text.StringBuilder caption, string next)
    {
        bool cjkJoin = caption.Length > 0 && (Scripts.IsCjk(caption[^1]) || Scripts.IsCjk(next[0]));
        if (!cjkJoin && caption.Length > 0)
        {
            caption.Append(' ');
        }
        caption.Append(next);
    }

    private static bool EndsSentence(string line) => ProseContinuation.EndsSentence(line);

    /// <summary>A source or name, not a sentence: short, no clause or sentence break inside, few words.</summary>
    private static bool IsShortValue(string v)
    {
        if (v.Length == 0 || v.Length > 40)
        {
            return false;
        }
        string inner = v.TrimEnd('。', '.', ' ');
        if (inner.IndexOfAny(['，', '。', '！', '？', '；', '!', '?', ';']) >= 0 || SentenceBreak().IsMatch(inner))
        {
            return false;
        }
        return inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;
    }

    private static bool IsUrlOnly(string v)
    {
        var urls = UrlFinder.Find(v);
        return urls.Count == 1 && urls[0].Start == 0 && urls[0].Length >= v.TrimEnd('。', '.').Length;
    }

    /// <summary>No sentence break before the last character: one caption, not a paragraph.</summary>
    private static bool IsOneSentence(string v)
    {
        string inner = v.TrimEnd().TrimEnd('。', '.', '！', '!', '？', '?', '”', '」', '）', ')');
        return inner.IndexOfAny(['。', '！', '？']) < 0 && !SentenceBreak().IsMatch(inner);
    }

    // ". Next" / "! Next": a full stop followed by a capitalised word (not "U.S. Army" style initials: two letters before the dot).
    [GeneratedRegex(@"\p{L}{2}[.!?]\s+\p{Lu}")]
    private static partial Regex SentenceBreak();
}
