using System.Text.RegularExpressions;
using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Rejoins hard-wrapped lines (PDF columns, OCR, e-mail) into paragraphs. Every line break — a <c>\n</c> in a
/// block, or the gap between two blocks when the reader made each line a block — is judged from the two lines
/// around it: is the first line as wide as the column (then the break is the layout's, not the author's), how
/// does it end, how does the next one start, which script meets at the join. Short lines, lines ending a
/// sentence where nothing shows a wrapped column, headings, list items, captions and indented lines stay.
/// </summary>
public sealed partial class LineWrapRule : ICleanupRule
{
    /// <summary>Lines wider than this (in half-width columns) were never wrapped by a page layout.</summary>
    private const int MaxColumn = 180;

    /// <summary>
    /// Narrower columns are not trusted: verse, addresses, lists and stacked headings are short lines of similar
    /// width. Twelve CJK letters or 24 Latin letters (widths count letters and digits only) is about the narrowest
    /// newspaper column seen in practice.
    /// </summary>
    private const int MinColumn = 24;

    /// <summary>Lines on each side that give the local column width.</summary>
    private const int Window = 4;

    public RuleDescriptor Descriptor { get; } = new(
        "line-wrap",
        "Rejoin hard-wrapped lines and line-per-block text into paragraphs; undo end-of-line hyphenation",
        new HashSet<string> { "minimal", "default", "strict" });

    private enum Join : byte
    {
        Keep,
        Join,
        Hyphen,
        Dehyphenate,
    }

    /// <summary>
    /// Joining lines changes the neighbourhood later breaks are judged in (a joined line is wider), so the rule
    /// repeats until nothing changes: a second run on its output must find nothing to do. Almost every document
    /// settles after one pass that changes something; the bound only guards against pathological input.
    /// </summary>
    private const int MaxPasses = 6;

    public void Apply(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            int before = context.Edits.Count;
            ApplyOnce(context);
            if (context.Edits.Count == before)
            {
                return;
            }
        }
    }

    private static void ApplyOnce(CleanupContext context)
    {
        var blocks = context.Blocks;
        // Made at its final size: grown by doubling, it left as much again in abandoned arrays (240 MB for ten million lines).
        int lineCount = 0;
        for (int b = 0; b < blocks.Count; b++)
        {
            lineCount += blocks[b].Text.AsSpan().Count('\n') + 1;
        }
        var lines = new List<WrappedLine>(lineCount);
        for (int b = 0; b < blocks.Count; b++)
        {
            string text = blocks[b].Text;
            int start = 0;
            bool sole = !text.Contains('\n', StringComparison.Ordinal);
            while (true)
            {
                int end = text.IndexOf('\n', start);
                lines.Add(WrappedLine.Create(text, b, start, end < 0 ? text.Length : end, sole));
                if (end < 0)
                {
                    break;
                }
                start = end + 1;
            }
        }
        if (lines.Count < 2)
        {
            return;
        }

        var full = new bool[lines.Count];
        var columns = new int[lines.Count];
        for (int k = 0; k < lines.Count; k++)
        {
            columns[k] = ColumnWidth(lines, k);
            full[k] = IsFull(lines[k], columns[k]);
        }

        Hyphenation? hyphenation = null;
        var document = new DocumentEvidence(
            BlockBreaksOfFormat.Of(context.Metadata.Format),
            RecurringLines.Find(lines.Count, index => Span(blocks, lines[index])),
            new CodeLines(blocks, lines));
        var decisions = new Join[lines.Count - 1];
        for (int k = 0; k + 1 < lines.Count; k++)
        {
            decisions[k] = Decide(blocks, lines, full, columns[k], k, document);
            if (decisions[k] == Join.Hyphen)
            {
                hyphenation ??= Hyphenation.FromTexts(blocks.Select(b => b.Text));
                decisions[k] = KeepsHyphen(blocks, lines, k, hyphenation) ? Join.Hyphen : Join.Dehyphenate;
            }
        }

        var joiner = new LineJoiner(blocks);
        ApplyInBlock(context, lines, decisions, joiner);
        ApplyAcrossBlocks(context, lines, decisions, joiner);
    }

    /// <summary>What the whole document tells about its breaks, worked out once per pass.</summary>
    private sealed record DocumentEvidence(BlockBreaks BlockBreaks, RecurringLines Recurring, CodeLines Code);

    /// <summary>
    /// Whether each line is code, asked of <see cref="CodeLine"/> at most once a pass: every line is the second
    /// line of one pair and the first of the next, and the code test (one long pattern) is the dearest shape test.
    /// </summary>
    private sealed class CodeLines(IReadOnlyList<CleanBlock> blocks, List<WrappedLine> lines)
    {
        private readonly sbyte[] known = new sbyte[lines.Count]; // 0 not asked yet, 1 code, -1 not code

        public bool Is(int line)
        {
            if (known[line] == 0)
            {
                known[line] = CodeLine.Is(Span(blocks, lines[line])) ? (sbyte)1 : (sbyte)-1;
            }
            return known[line] > 0;
        }
    }

    private static Join Decide(IReadOnlyList<CleanBlock> blocks, List<WrappedLine> lines, bool[] full, int column, int k, DocumentEvidence document)
    {
        var a = lines[k];
        var b = lines[k + 1];
        bool inBlock = a.Block == b.Block;
        var kind = blocks[a.Block].Kind;
        if (a.IsEmpty || b.IsEmpty || kind == BlockKind.Code)
        {
            return Join.Keep;
        }
        if (!inBlock && (kind != BlockKind.Paragraph || blocks[b.Block].Kind != BlockKind.Paragraph || !MayJoinBlocks(document.BlockBreaks, lines, k)))
        {
            return Join.Keep;
        }
        // Rows of a table (or the break before its first row), a page's running header or
        // footer, a switch of script: the break is the author's or
        // the page's, whatever the widths say.
        if (ParallelLines.Are(Span(blocks, a), Span(blocks, b)) || StartsRows(blocks, lines, k) || document.Recurring.Contains(Span(blocks, a))
            || document.Recurring.Contains(Span(blocks, b)) || ScriptSwitch.Between(Span(blocks, a), Span(blocks, b))
            || NextToVerse(blocks, lines, k))
        {
            return Join.Keep;
        }
        if ((inBlock && b.Indented) || StartsLikeNewItem(blocks[b.Block].Text, b) || IsMarkup(blocks[a.Block].Text, a))
        {
            return Join.Keep;
        }
        // Code and TeX listings in a PDF come out as paragraphs of even lines: only the lines' shape tells.
        if (document.Code.Is(k) || document.Code.Is(k + 1))
        {
            return Join.Keep;
        }
        // A lone letter or a number after a hyphenated word is a logo's lowered "E" or a footnote mark the reader
        // moved, not the rest of the word ("consid-" + "E" is not "considE").
        // (A number split at its hyphen, an ISBN or a telephone number, goes on with digits and still joins.)
        if (a.Last is '-' && LetterBeforeLast(blocks[a.Block].Text, a) && (StandaloneLine.IsFragments(Span(blocks, b)) || StandaloneLine.IsNumbersOnly(Span(blocks, b))))
        {
            return Join.Keep;
        }
        // Across blocks a capital after the hyphen starts a new paragraph or item more often than it goes on with
        // a name (Vi- / Que l'info-bulle…).
        if (!inBlock && a.Last is '-' && char.IsUpper(b.First))
        {
            return Join.Keep;
        }
        if (a.Last is '-' or '\u00AD' && char.IsLetterOrDigit(b.First) && EndsWithWordAndHyphen(blocks[a.Block].Text, a))
        {
            return Join.Hyphen;
        }
        // Inside a heading block only what the next line starts counts: a reader may put a chapter title and its
        // first section (G 数学公式 / G.1 编号) in one heading, while a numbered title wrapped over two lines
        // still joins.
        bool inHeading = inBlock && kind == BlockKind.Heading;
        // Neither line is code (see above), so only the other shapes are asked.
        if (StandaloneLine.StartsUnitUnlessCode(Span(blocks, b)) || (!inHeading && StandaloneLine.EndsUnitUnlessCode(Span(blocks, a))))
        {
            return Join.Keep;
        }
        if (inHeading)
        {
            // A heading is one line of the document's outline: a break inside it is the layout's (a PDF title
            // wrapped over two lines, 港口简 / 报), never the author's.
            return Join.Join;
        }
        bool cjk = Scripts.IsCjk(a.Last) || Scripts.IsCjk(b.First);
        // Both sides of a wrap belong to the column: a line followed by a much wider one (a name line before a
        // paragraph already joined into one line) is not wrapped, whatever its own width.
        if (!full[k] || a.Width > column + Tolerance(column, a) || b.Width > column + Tolerance(column, b))
        {
            return Join.Keep;
        }
        if (!EndsSentence(blocks[a.Block].Text, a))
        {
            // A full line cut mid-clause. CJK has no case to tell more; a Latin line followed by a capital may be a
            // list of names or a recipe, so it joins only where the neighbourhood is visibly wrapped prose.
            return cjk || !char.IsUpper(b.First) || WrappedNeighbourhood(blocks, lines, full, k) ? Join.Join : Join.Keep;
        }
        // A full line ending a sentence: within a paragraph of a wrapped column that is still a wrap. Across
        // blocks, only where the reader made each line a block (a one-line block among one-line blocks).
        if (!ReachesEdge(a, column) || !WrappedNeighbourhood(blocks, lines, full, k))
        {
            return Join.Keep;
        }
        // After a sentence end, a short line that ends on a letter is no paragraph's last line but a heading
        // or a label (References, その他), and a line opening with "Word:" is a labelled field (Requis: author…).
        if ((!full[k + 1] && char.IsLetterOrDigit(b.Last) && !StartsLowerCase(b)) || LabelStart().IsMatch(Span(blocks, b)))
        {
            return Join.Keep;
        }
        return inBlock || (a.SoleLineOfBlock && b.SoleLineOfBlock && LinePerBlock(lines, k)) ? Join.Join : Join.Keep;
    }

    /// <summary>
    /// The column width around line <paramref name="k"/>: the widest width that at least three nearby lines
    /// share (within the tolerance), or 0 when none do — then nothing shows a column.
    /// </summary>
    private static int ColumnWidth(List<WrappedLine> lines, int k)
    {
        // The lines that follow describe the paragraph this line belongs to best (a first line is indented, a
        // heading is followed by its text); when they show no column, look on both sides.
        int forward = ColumnWidth(lines, k, k, k + Window);
        return forward > 0 ? forward : ColumnWidth(lines, k, k - Window, k + Window);
    }

    private static int ColumnWidth(List<WrappedLine> lines, int k, int from, int to)
    {
        Span<int> widths = stackalloc int[2 * Window + 1];
        int n = 0;
        for (int j = Math.Max(0, from); j <= Math.Min(lines.Count - 1, to); j++)
        {
            int w = lines[j].Width;
            if (w > 0 && w <= MaxColumn)
            {
                widths[n++] = w;
            }
        }
        var sorted = widths[..n];
        sorted.Sort();
        // Three lines must agree: two short lines side by side (a heading and a name, left over once the text
        // around them is joined) are not a column.
        for (int i = n - 1; i > 1; i--)
        {
            if (sorted[i] - sorted[i - 2] <= Tolerance(sorted[i], lines[k]))
            {
                return sorted[i] >= MinColumn ? sorted[i] : 0;
            }
        }
        return 0;
    }

    /// <summary>Justified CJK columns end within a character or two; ragged Latin lines vary by up to a long word.</summary>
    /// <remarks>CJK allows a fifth of the column: a paragraph's first line is indented by two characters.</remarks>
    private static int Tolerance(int column, WrappedLine line) =>
        IsCjkLine(line) ? Math.Max(5, column / 5) : Math.Max(8, column * 3 / 10);

    /// <summary>Mostly CJK letters: decided on letters, not on the marks at the ends, which later rules may change.</summary>
    private static bool IsCjkLine(WrappedLine line) => line.Cjk;

    private static bool IsFull(WrappedLine line, int column) =>
        column > 0 && line.Width <= MaxColumn && line.Width >= column - Tolerance(column, line);

    /// <summary>
    /// A CJK line that ends a sentence continues the paragraph only if it reaches the column edge (within a
    /// character): a paragraph's last line, even a long one, stops short of it.
    /// </summary>
    private static bool ReachesEdge(WrappedLine line, int column) =>
        !IsCjkLine(line) || line.Width >= column - Math.Max(2, column * 7 / 100);

    /// <summary>
    /// True when the nearby breaks look like a wrapped column: at least two full lines there end mid-clause
    /// (on a letter or digit, or before a lower-case continuation) and they are at least two in five of the
    /// full lines. Verse and lists end their lines on punctuation or start the next with a capital.
    /// </summary>
    private static bool WrappedNeighbourhood(IReadOnlyList<CleanBlock> blocks, List<WrappedLine> lines, bool[] full, int k)
    {
        int fullLines = 0;
        int midClause = 0;
        for (int j = Math.Max(0, k - Window); j <= Math.Min(lines.Count - 2, k + Window); j++)
        {
            if (!full[j])
            {
                continue;
            }
            fullLines++;
            var next = lines[j + 1];
            // CJK shows a wrap by where lines end (anywhere, mostly on a character); Latin verse ends lines on
            // words too, so there only a lower-case continuation counts.
            bool wrapped = IsCjkLine(lines[j]) || IsCjkLine(next)
                ? char.IsLetterOrDigit(lines[j].Last) || lines[j].Last is '，' or '、' or ','
                : char.IsLower(next.First) && !EndsSentence(blocks[lines[j].Block].Text, lines[j]);
            if (wrapped)
            {
                midClause++;
            }
        }
        return midClause >= 2 && midClause * 5 >= fullLines * 2;
    }

    /// <summary>Most nearby lines are blocks of one line: the reader split every line at a blank line.</summary>
    private static bool LinePerBlock(List<WrappedLine> lines, int k)
    {
        int total = 0;
        int sole = 0;
        for (int j = Math.Max(0, k - Window); j <= Math.Min(lines.Count - 1, k + Window); j++)
        {
            total++;
            if (lines[j].SoleLineOfBlock)
            {
                sole++;
            }
        }
        return sole * 5 >= total * 3;
    }

    /// <summary>Ends with sentence-final punctuation, looking through closing quotes and brackets after it.</summary>
    private static bool EndsSentence(string text, WrappedLine line)
    {
        int i = line.End - 1;
        while (i >= line.Start && char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        if (i < line.Start)
        {
            return false;
        }
        // A closing quote after CJK text closes a unit (a quotation, a quoted title: 科普与创新“比翼齐飞”); it still
        // joins when the line reaches the column edge in wrapped text. Brackets and Latin quotes are looked
        // through. ASCII and full-width forms are treated alike: the punctuation rule may turn one into the other.
        if (text[i] is '”' or '"' or '」' or '』' && i > line.Start && (Scripts.IsCjk(text[i - 1]) || text[i - 1] is '.' or '!' or '?'))
        {
            return true;
        }
        while (i > line.Start && text[i] is '"' or '\'' or '’' or '”' or '»' or ')' or ']' or '）' or '」' or '』' or '】' or '》')
        {
            i--;
        }
        // The full-width full stop (．, U+FF0E) ends sentences in Japanese technical writing; ｡ is the half-width 。.
        return text[i] is '.' or '!' or '?' or ':' or ';' or '。' or '！' or '？' or '…' or '；' or '：' or '．' or '｡';
    }

    /// <summary>
    /// Whether the break between two blocks may be a wrap at all. Where the blocks are the author's (markup
    /// elements, subtitle cues) it never is. Elsewhere but in page layouts (PDF, where a page or column break
    /// splits a paragraph into two blocks) a blank line is the author's paragraph break, unless the text puts
    /// every line in a block of its own or the blank line cuts a Chinese or Japanese clause between two
    /// characters or after a comma or dash (并向 / 游客, 亮点—— / 促进, a page break a text dump kept): no author
    /// ends a paragraph there.
    /// </summary>
    private static bool MayJoinBlocks(BlockBreaks breaks, List<WrappedLine> lines, int k) => breaks switch
    {
        BlockBreaks.Authored => false,
        BlockBreaks.Layout => true,
        _ => (lines[k].SoleLineOfBlock && lines[k + 1].SoleLineOfBlock && LinePerBlock(lines, k))
            || ((IsHanOrKana(lines[k].Last) || lines[k].Last is '，' or '、' or '—') && IsHanOrKana(lines[k + 1].First)),
    };

    private static bool IsHanOrKana(char c) => Scripts.IsHan(c) || Scripts.IsKana(c);

    /// <summary>
    /// The line after the break is the first row of a table: it is parallel with the line after it. (The line
    /// before a break may be parallel with the one above it and still wrap: a contents entry over two lines.)
    /// </summary>
    private static bool StartsRows(IReadOnlyList<CleanBlock> blocks, List<WrappedLine> lines, int k) =>
        k + 2 < lines.Count && !lines[k + 2].IsEmpty && ParallelLines.Are(Span(blocks, lines[k + 1]), Span(blocks, lines[k + 2]));

    /// <summary>A line of classical verse just before or after the break: the lines between are verse too (五花马，千金裘，…).</summary>
    private static bool NextToVerse(IReadOnlyList<CleanBlock> blocks, List<WrappedLine> lines, int k) =>
        (k > 0 && !lines[k - 1].IsEmpty && StandaloneLine.IsVerse(Span(blocks, lines[k - 1])))
        || (k + 2 < lines.Count && !lines[k + 2].IsEmpty && StandaloneLine.IsVerse(Span(blocks, lines[k + 2])));

    private static bool LetterBeforeLast(string text, WrappedLine line)
    {
        int last = LastVisible(text, line);
        return last > line.Start && char.IsLetter(text[last - 1]);
    }

    private static bool StartsLowerCase(WrappedLine line) => char.IsLower(line.First);

    private static ReadOnlySpan<char> Span(IReadOnlyList<CleanBlock> blocks, WrappedLine line) =>
        blocks[line.Block].Text.AsSpan(line.Start, line.End - line.Start);

    private static bool EndsWithWordAndHyphen(string text, WrappedLine line)
    {
        int i = line.End - 1;
        while (char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        return i > line.Start && char.IsLetterOrDigit(text[i - 1]);
    }

    private static bool StartsLikeNewItem(string text, WrappedLine line)
    {
        int first = line.Start;
        while (first < line.End && char.IsWhiteSpace(text[first]))
        {
            first++;
        }
        return ItemStart().IsMatch(text.AsSpan(first, line.End - first));
    }

    /// <summary>A Markdown image or link, an HTML tag or a bare URL on its own line: not prose, never wrapped into it.</summary>
    private static bool IsMarkup(string text, WrappedLine line) => line.First is '!' or '<' or '[' && ItemStart().IsMatch(text.AsSpan(FirstVisible(text, line), line.End - FirstVisible(text, line)))
        || text.AsSpan(FirstVisible(text, line), line.End - FirstVisible(text, line)).StartsWith("http", StringComparison.OrdinalIgnoreCase);

    private static bool KeepsHyphen(IReadOnlyList<CleanBlock> blocks, List<WrappedLine> lines, int k, Hyphenation hyphenation)
    {
        string left = blocks[lines[k].Block].Text;
        int hyphen = LastVisible(left, lines[k]);
        if (left[hyphen] == '\u00AD')
        {
            return false; // a soft hyphen is hyphenation by definition
        }
        int start = hyphen;
        while (start > lines[k].Start && (char.IsLetterOrDigit(left[start - 1]) || left[start - 1] is '-' or '\'' or '’'))
        {
            start--;
        }
        string right = blocks[lines[k + 1].Block].Text;
        int first = FirstVisible(right, lines[k + 1]);
        int end = first;
        while (end < lines[k + 1].End && char.IsLetterOrDigit(right[end]))
        {
            end++;
        }
        return hyphenation.KeepsHyphen(left[start..hyphen].TrimStart('-'), right[first..end]);
    }

    private static int LastVisible(string text, WrappedLine line)
    {
        int i = line.End - 1;
        while (char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        return i;
    }

    private static int FirstVisible(string text, WrappedLine line)
    {
        int i = line.Start;
        while (char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static void ApplyInBlock(CleanupContext context, List<WrappedLine> lines, Join[] decisions, LineJoiner joiner)
    {
        int k = 0;
        while (k < lines.Count)
        {
            int block = lines[k].Block;
            string text = context.Blocks[block].Text;
            var changes = new List<TextChange>();
            for (; k + 1 < lines.Count && lines[k + 1].Block == block; k++)
            {
                if (decisions[k] == Join.Keep)
                {
                    continue;
                }
                var (a, b) = (lines[k], lines[k + 1]);
                int last = LastVisible(text, a);
                int first = FirstVisible(text, b);
                changes.Add(decisions[k] switch
                {
                    Join.Hyphen => new TextChange(last + 1, first - last - 1, "", "line break after a hyphen that belongs to the word"),
                    Join.Dehyphenate => new TextChange(last, first - last, "", "end-of-line hyphenation undone"),
                    _ => new TextChange(last + 1, first - last - 1, joiner.Between(a, b), "hard line wrap joined"),
                });
            }
            k++;
            if (changes.Count > 0)
            {
                context.Rewrite(block, changes);
            }
        }
    }

    /// <summary>Merges from the end so that block indexes of merges still to come stay valid.</summary>
    private static void ApplyAcrossBlocks(CleanupContext context, List<WrappedLine> lines, Join[] decisions, LineJoiner joiner)
    {
        for (int k = decisions.Length - 1; k >= 0; k--)
        {
            var (a, b) = (lines[k], lines[k + 1]);
            if (a.Block == b.Block || decisions[k] == Join.Keep)
            {
                continue;
            }
            string text = context.Blocks[a.Block].Text;
            if (decisions[k] == Join.Dehyphenate)
            {
                int hyphen = text.Length - 1;
                while (char.IsWhiteSpace(text[hyphen]))
                {
                    hyphen--;
                }
                context.Replace(a.Block, TextChange.Remove(hyphen, text.Length - hyphen, "end-of-line hyphenation undone"));
                context.MergeWithNext(a.Block, "", "line split into blocks joined");
            }
            else
            {
                context.MergeWithNext(a.Block, decisions[k] == Join.Hyphen ? "" : joiner.Between(a, b), "line split into blocks joined");
            }
        }
    }

    /// <summary>
    /// Starts of lines that begin something new: Markdown images, links and HTML tags, Markdown and typographic bullets, numbered items, CJK list
    /// numbering, photo and table captions (图 1, 表 2, 図 3, 표 1, 그림 2, Table, Tableau, Abbildung) and their arrows, labelled lines (作者：, 题目：, 来源：), dialogue dashes, quotations (&gt;) and headings (#).
    /// </summary>
    [GeneratedRegex(@"^(?:!\[|\[[^\]\n]*\]\(|<[A-Za-z/!]|[▲▼△▽■□●○◆◇★☆•※►▶◀→#>*+]|[-–—]\s|\d{1,3}[.)、）]\s|\d{1,3}、|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、|(?:图|表|図|표|그림)\s*\d|(?:Photo|Figure|Fig\.|Table|Tableau|Tabelle|Abbildung|Source|Photo credit)\b|(?:来源|图片来源|摄影|编辑|责任编辑|作者|译者|题目|标题|出处)[:：])")]
    private static partial Regex ItemStart();

    /// <summary>A capitalised word and a colon open the line: a labelled field (<c>Requis: author</c>, <c>Note : …</c>).</summary>
    [GeneratedRegex(@"^\s*\p{Lu}\p{Ll}+ ?: ")]
    private static partial Regex LabelStart();
}
