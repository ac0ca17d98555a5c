using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Gives punctuation the width of the sentence it stands in. In a CJK sentence ASCII <c>, ; : ? ! ( )</c> become
/// <c>，；：？！（）</c> and straight double quotes around CJK text become <c>“…”</c>; in Latin text full-width
/// <c>，；：？！（）</c> become ASCII with a following space. A mark belongs to a CJK sentence when CJK text
/// touches it on one side and the text around it is mostly CJK (a Latin word counts as two CJK characters),
/// so <c>使用ChatGPT,效果</c> gets a full-width comma. Marks inside numbers (<c>3,000</c>, <c>10:30</c>), URLs,
/// e-mail addresses, inline code and other <see cref="ProtectedText"/> are left alone, as are Latin quotes and
/// periods other than a full stop between Chinese clauses. Only Chinese is converted: Korean and Japanese blocks
/// and sentences are left as written (<see cref="ChineseScope"/>).
/// </summary>
public sealed class PunctuationRule : ICleanupRule
{
    /// <summary>Visible characters on each side whose script decides which sentence a mark is in.</summary>
    private const int Reach = 16;

    public RuleDescriptor Descriptor { get; } = new(
        "punctuation",
        "Full-width punctuation in Chinese sentences (never Korean, Japanese, code or JSON), ASCII punctuation in Latin ones; curly quotes around CJK text",
        new HashSet<string> { "default", "strict" });

    public void Apply(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (JapaneseOrKoreanDocuments.Is(context.Blocks))
        {
            return;
        }
        bool curlQuotes = !StraightQuotedLiterals.In(context.Blocks);
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            string text = context.Blocks[b].Text;
            if (context.Blocks[b].Kind == Documents.BlockKind.Code || ChineseScope.IsKoreanOrJapanese(text))
            {
                continue;
            }
            var changes = Changes(text, curlQuotes);
            if (changes.Count > 0)
            {
                context.Rewrite(b, changes);
            }
        }
    }

    /// <summary>A mark to replace, with the spaces around it that go too.</summary>
    private readonly record struct MarkChange(int SpaceStart, int Mark, int SpaceEnd, string Replacement, string Note);

    private static List<TextChange> Changes(string text, bool curlQuotes)
    {
        var marks = new List<MarkChange>();
        bool[]? shielded = null;
        var open = new Stack<int>();
        var quotes = new List<int>();
        var quotePairs = new List<(int Open, int Close)>();
        int lineQuotes = 0;
        var codeLines = new CodeShapedLineCursor(text);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                // Brackets and quotes pair within a line: a pair left open on one line is not closed on the next.
                open.Clear();
                PairQuotes(quotes, lineQuotes, quotePairs);
                lineQuotes = 0;
                continue;
            }
            if (c is not (',' or ';' or ':' or '?' or '!' or '(' or ')' or '"' or '.' or '，' or '；' or '：' or '？' or '！' or '（' or '）'))
            {
                continue;
            }
            shielded ??= ProtectedText.Mask(text);
            if (shielded[i] || codeLines.IsCode(i))
            {
                continue;
            }
            switch (c)
            {
                case '(' or '（':
                    open.Push(i);
                    break;
                case ')' or '）':
                    if (open.Count > 0)
                    {
                        AddParentheses(text, open.Pop(), i, marks);
                    }
                    break;
                case '"':
                    quotes.Add(i);
                    lineQuotes++;
                    break;
                case '.':
                    AddFullStop(text, i, marks);
                    break;
                default:
                    AddMark(text, i, shielded, marks);
                    break;
            }
        }
        PairQuotes(quotes, lineQuotes, quotePairs);
        if (curlQuotes)
        {
            AddQuotes(text, quotePairs, marks);
        }
        marks.Sort((x, y) => x.Mark.CompareTo(y.Mark));

        // Spaces between two replaced marks are claimed by the first one only.
        var changes = new List<TextChange>(marks.Count * 2);
        int claimed = 0;
        foreach (var m in marks)
        {
            int spaceStart = Math.Max(m.SpaceStart, claimed);
            changes.Add(new TextChange(spaceStart, m.SpaceEnd - spaceStart, m.Replacement, m.Note));
            claimed = m.SpaceEnd;
        }
        return changes;
    }

    /// <summary>
    /// Pairs the straight quotes of one line in order. A line with an odd number of them has a quote whose partner
    /// is elsewhere (or a stray inch sign); pairing the rest would pair a closing quote with the next opening one,
    /// so the whole line is left alone.
    /// </summary>
    private static void PairQuotes(List<int> quotes, int lineQuotes, List<(int Open, int Close)> pairs)
    {
        if (lineQuotes % 2 == 0)
        {
            for (int q = quotes.Count - lineQuotes; q + 1 < quotes.Count; q += 2)
            {
                pairs.Add((quotes[q], quotes[q + 1]));
            }
        }
        quotes.Clear();
    }

    /// <summary>
    /// Curls the quote pairs of a block when every one of them encloses Chinese. A block that also quotes commands,
    /// paths or symbols with straight quotes (<c>"$unit"</c>, <c>"●"</c>) writes its literals that way, and its
    /// quoted Chinese (<c>"圖形"</c>, the name of a mode) is one of them: the block's quotes are left as written.
    /// A pair with a space on its inner side counts against too: it is a closing quote paired with the next opening one.
    /// </summary>
    private static void AddQuotes(string text, List<(int Open, int Close)> pairs, List<MarkChange> marks)
    {
        foreach (var (open, close) in pairs)
        {
            if (!ChineseContent.Is(text, open + 1, close) || char.IsWhiteSpace(text[open + 1]) || char.IsWhiteSpace(text[close - 1]))
            {
                return;
            }
        }
        foreach (var (open, close) in pairs)
        {
            AddQuotes(text, open, close, marks);
        }
    }

    private static void AddMark(string text, int i, bool[] shielded, List<MarkChange> marks)
    {
        char c = text[i];
        int left = PreviousVisible(text, i);
        int right = NextVisible(text, i);
        if (c is ',' or ';' or ':' or '?' or '!')
        {
            // 3,000 and 10:30 and 1:2 are numbers; ?! after Latin text and "![" (Markdown images) are not sentence marks.
            if (c is ',' or ':' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
            {
                return;
            }
            if (c == '!' && i + 1 < text.Length && text[i + 1] == '[')
            {
                return;
            }
            // "术语, 10" and "术语, 3, 17" are index entries: term and page numbers, a list separator, not a sentence comma.
            if (c == ',' && OnlyPageNumbersFollow(text, i))
            {
                return;
            }
            // A sentence's ? or ! is followed by a space, CJK or the end; "??eq:label" (an unresolved TeX reference) is a token.
            if (c is '?' or '!' && GluedToLatinToken(text, i))
            {
                return;
            }
            if (InCjkSentence(text, i, left, right) && !ChineseScope.InKoreanOrJapaneseSentence(text, i))
            {
                marks.Add(Absorbing(text, i, ToFullWidth(c), "ASCII punctuation in a CJK sentence"));
            }
            return;
        }
        if (InLatinSentence(text, i, left, right) && !SentenceHasCjk(text, i) && !(right >= 0 && shielded[right]))
        {
            // The Latin mark takes the space after it that the full-width one had built in.
            string ascii = ToAscii(c).ToString();
            bool spaceFollows = right >= 0 && right > i + 1;
            int spaceStart = SpaceBefore(text, i);
            marks.Add(new MarkChange(spaceStart, i, i + 1, right < 0 || spaceFollows ? ascii : ascii + " ", "full-width punctuation in a Latin sentence"));
        }
    }

    /// <summary>The rest of the line after <paramref name="i"/> is page numbers: digits, commas, dashes and spaces, with a digit.</summary>
    private static bool OnlyPageNumbersFollow(string text, int i)
    {
        bool digit = false;
        for (int j = i + 1; j < text.Length && text[j] != '\n'; j++)
        {
            char c = text[j];
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (c is not (',' or ' ' or '-' or '–'))
            {
                return false;
            }
        }
        return digit;
    }

    /// <summary>A run of <c>?</c>/<c>!</c> from <paramref name="i"/> that runs straight into a Latin letter or digit.</summary>
    private static bool GluedToLatinToken(string text, int i)
    {
        int j = i + 1;
        while (j < text.Length && text[j] is '?' or '!')
        {
            j++;
        }
        return j < text.Length && char.IsAsciiLetterOrDigit(text[j]);
    }

    /// <summary>
    /// An ASCII full stop between Chinese clauses (<c>有点麻烦.建议下次</c>) or after one at a line end becomes
    /// <c>。</c>, so a sentence whose commas were converted does not keep a Latin period. Only where nothing else can
    /// be meant: Han letters right before it, Han (or the end of the line) after it, no second period (an ellipsis),
    /// and not after an enumerator at the start of a line (<c>一.总则</c>, <c>第一章.概述</c> are numbering).
    /// </summary>
    private static void AddFullStop(string text, int i, List<MarkChange> marks)
    {
        if (i == 0 || !Scripts.IsHan(text[i - 1]) || (i + 1 < text.Length && text[i + 1] == '.') || text[i - 1] == '.')
        {
            return;
        }
        int right = NextVisible(text, i);
        bool lineEnds = right < 0 || text.AsSpan(i + 1, right - i - 1).Contains('\n');
        if (!lineEnds && !Scripts.IsHan(text[right]))
        {
            return;
        }
        if (IsEnumerator(text, i) || ChineseScope.InKoreanOrJapaneseSentence(text, i) || !IsChineseSentence(text, i) || InOpenTitle(text, i))
        {
            return;
        }
        marks.Add(Absorbing(text, i, "。", "ASCII full stop in a CJK sentence"));
    }

    private static readonly System.Buffers.SearchValues<char> EnumeratorChars = System.Buffers.SearchValues.Create("一二三四五六七八九十百零〇第章节条款篇部卷（）()");

    /// <summary>A short numbering before the period at the start of a line: <c>一.</c>, <c>第三章.</c>, <c>（二）.</c>.</summary>
    private static bool IsEnumerator(string text, int period)
    {
        int lineStart = text.LastIndexOf('\n', period - 1) + 1;
        var head = text.AsSpan(lineStart, period - lineStart).Trim();
        return head.Length <= 5 && head.IndexOfAnyExcept(EnumeratorChars) < 0;
    }

    private static void AddParentheses(string text, int open, int close, List<MarkChange> marks)
    {
        if (text[open] == '(' && text[close] == ')')
        {
            int left = PreviousVisible(text, open);
            int right = NextVisible(text, close);
            bool chineseInside = ChineseContent.Is(text, open + 1, close);
            bool cjkOutside = IsCjkSide(text, left) || IsCjkSide(text, right) || Weight(text, open, close) > 0.5;
            if (chineseInside && cjkOutside && !ChineseScope.InKoreanOrJapaneseSentence(text, open) && !ChineseScope.InKoreanOrJapaneseSentence(text, close))
            {
                marks.Add(Absorbing(text, open, "（", "ASCII parenthesis in a CJK sentence"));
                marks.Add(Absorbing(text, close, "）", "ASCII parenthesis in a CJK sentence"));
            }
        }
        else if (text[open] == '（' && text[close] == '）')
        {
            int left = PreviousVisible(text, open);
            int right = NextVisible(text, close);
            bool latinInside = !HasCjk(text, open + 1, close);
            bool latinOutside = !IsCjkSide(text, left) && !IsCjkSide(text, right) && (left < 0 || CjkMarks.IsSpacedWordChar(text[left])) && Weight(text, open, close) < 0.5;
            if (latinInside && latinOutside && (left >= 0 || right >= 0) && !SentenceHasCjk(text, open) && !SentenceHasCjk(text, close))
            {
                bool spaceBefore = left >= 0 && left < open - 1;
                bool spaceAfter = right < 0 || right > close + 1 || !CjkMarks.IsSpacedWordChar(text[right]);
                marks.Add(new MarkChange(open, open, open + 1, left < 0 || spaceBefore ? "(" : " (", "full-width parenthesis in a Latin sentence"));
                marks.Add(new MarkChange(close, close, close + 1, spaceAfter ? ")" : ") ", "full-width parenthesis in a Latin sentence"));
            }
        }
    }

    private static void AddQuotes(string text, int open, int close, List<MarkChange> marks)
    {
        // English quotes stay straight: curling them is a house style, not a repair.
        if (ChineseScope.InKoreanOrJapaneseSentence(text, open) || ChineseScope.InKoreanOrJapaneseSentence(text, close))
        {
            return;
        }
        int left = PreviousVisible(text, open);
        int right = NextVisible(text, close);
        int openStart = left >= 0 && IsCjkSide(text, left) ? SpaceBefore(text, open) : open;
        int closeEnd = right >= 0 && IsCjkSide(text, right) ? SpaceAfter(text, close) : close + 1;
        marks.Add(new MarkChange(openStart, open, SpaceAfter(text, open), "“", "straight quotes around CJK text"));
        marks.Add(new MarkChange(SpaceBefore(text, close), close, closeEnd, "”", "straight quotes around CJK text"));
    }

    private static MarkChange Absorbing(string text, int i, string replacement, string note) =>
        new(SpaceBefore(text, i), i, SpaceAfter(text, i), replacement, note);

    /// <summary>Touched by CJK on at least one side, in a stretch that is mostly CJK.</summary>
    private static bool InCjkSentence(string text, int i, int left, int right) =>
        (IsCjkSide(text, left) || IsCjkSide(text, right)) && Weight(text, i, i) > 0.5;

    /// <summary>Latin words (or nothing) on both sides, no CJK touching, and a stretch that is mostly Latin.</summary>
    private static bool InLatinSentence(string text, int i, int left, int right) =>
        left >= 0 && CjkMarks.IsSpacedWordChar(text[left]) && (right < 0 || CjkMarks.IsSpacedWordChar(text[right]))
        && Weight(text, i, i) < 0.5;

    private static double Weight(string text, int from, int to) => CjkMarks.CjkWeightAround(text, from, to, Reach);

    /// <remarks>
    /// The marks this rule writes (，；：？！（）) do not count as CJK evidence: otherwise a converted mark would
    /// convert its ASCII neighbour on the next run (<c>;;上</c>), and the rule would not be idempotent.
    /// </remarks>
    private static bool IsCjkSide(string text, int index) =>
        index >= 0 && (Scripts.IsCjkLetter(text[index]) || (CjkMarks.IsOwnPunctuation(text[index]) && text[index] is not ('，' or '；' or '：' or '？' or '！' or '（' or '）'))
            || (CjkMarks.IsShared(text[index]) && index > 0 && Scripts.IsCjkLetter(text[index - 1])));

    /// <summary>
    /// The sentence around <paramref name="i"/> has a CJK letter: its full-width marks are the author's, even next
    /// to a Latin word (<c>Linux 下的 gcc，Windows 下的</c>), and turning them to ASCII is no repair.
    /// </summary>
    private static bool SentenceHasCjk(string text, int i)
    {
        var (start, end) = SentenceAround(text, i);
        return HasCjk(text, start, end);
    }

    /// <summary>
    /// The sentence before a full stop is Chinese: mostly Han, counting a Latin word as two letters
    /// (<c>中文 and 中文 Text.</c> ends an English sentence and keeps its period).
    /// </summary>
    private static bool IsChineseSentence(string text, int period)
    {
        var (start, _) = SentenceAround(text, period);
        return CjkMarks.CjkWeight(text, start, period) > 0.5;
    }

    /// <summary>A 《 opened earlier on the line and not yet closed: the period belongs to a title as written.</summary>
    private static bool InOpenTitle(string text, int i)
    {
        int lineStart = text.LastIndexOf('\n', i) + 1;
        int opened = text.LastIndexOf('《', i, i - lineStart + 1);
        return opened >= 0 && text.IndexOf('》', opened, i - opened) < 0;
    }

    /// <summary>The sentence holding <paramref name="i"/>: up to a line break or a sentence end on each side.</summary>
    private static (int Start, int End) SentenceAround(string text, int i)
    {
        int start = i;
        while (start > 0 && !IsSentenceBoundary(text, start - 1))
        {
            start--;
        }
        int end = i + 1;
        while (end < text.Length && !IsSentenceBoundary(text, end))
        {
            end++;
        }
        return (start, end);
    }

    private static bool IsSentenceBoundary(string text, int i) =>
        text[i] is '\n' or '。' or '！' or '？' or '!' or '?'
        || (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))); // not TP.1516 or 3.5

    private static bool HasCjk(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (Scripts.IsCjkLetter(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static int PreviousVisible(string text, int i)
    {
        int j = i - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j]))
        {
            j--;
        }
        return j;
    }

    private static int NextVisible(string text, int i)
    {
        int j = i + 1;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            j++;
        }
        return j < text.Length ? j : -1;
    }

    /// <summary>Start of the horizontal spaces right before <paramref name="i"/> (never crossing a line break).</summary>
    private static int SpaceBefore(string text, int i)
    {
        int j = i;
        while (j > 0 && CjkMarks.IsSpace(text[j - 1]))
        {
            j--;
        }
        return j == 0 || text[j - 1] == '\n' ? i : j; // an indent stays
    }

    /// <summary>End of the horizontal spaces right after <paramref name="i"/>; spaces before a line end are left for others.</summary>
    private static int SpaceAfter(string text, int i)
    {
        int j = i + 1;
        while (j < text.Length && CjkMarks.IsSpace(text[j]))
        {
            j++;
        }
        return j == text.Length || text[j] == '\n' ? i + 1 : j;
    }

    private static string ToFullWidth(char c) => c switch
    {
        ',' => "，",
        ';' => "；",
        ':' => "：",
        '?' => "？",
        _ => "！",
    };

    private static char ToAscii(char c) => c switch
    {
        '，' => ',',
        '；' => ';',
        '：' => ':',
        '？' => '?',
        _ => '!',
    };
}
