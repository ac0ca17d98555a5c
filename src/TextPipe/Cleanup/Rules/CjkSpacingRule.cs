using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Removes the spaces PDF justification and careless typing put into CJK text: between letter-spaced CJK
/// characters (<c>百 年 变 局</c>), and next to full-width punctuation, which carries its own spacing
/// (<c>《白皮书》 认为</c>). Spaces where CJK meets Latin letters or digits follow
/// <see cref="CleanupOptions.CjkLatinSpacing"/>. Spaces between Latin words, indents at the start of a block
/// or line, spaces at line ends, Korean and Japanese text (<see cref="ChineseScope"/>) and
/// <see cref="ProtectedText"/> are never touched.
/// </summary>
public sealed class CjkSpacingRule : ICleanupRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "cjk-spacing",
        "Remove justification spaces inside Chinese text (never Korean or Japanese) and around full-width punctuation; CJK–Latin spacing per policy",
        new HashSet<string> { "default", "strict" });

    public void Apply(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var policy = context.Options.CjkLatinSpacing;
        if (JapaneseOrKoreanDocuments.Is(context.Blocks))
        {
            return;
        }
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            string text = context.Blocks[b].Text;
            if (context.Blocks[b].Kind == Documents.BlockKind.Code || ChineseScope.IsKoreanOrJapanese(text))
            {
                continue;
            }
            // Removing one space can make its neighbour a candidate ("8\u00A0么 》": once 么 meets 》 the space before
            // 么 is between Latin and CJK), so a block is done when a pass changes nothing; a second run of the rule
            // must find nothing to do.
            for (int pass = 0; pass < MaxPasses; pass++)
            {
                var changes = Changes(context.Blocks[b].Text, policy);
                if (changes.Count == 0)
                {
                    break;
                }
                context.Rewrite(b, changes);
            }
        }
    }

    /// <summary>Passes over one block; each removes at least one character, and one or two settle almost every block.</summary>
    private const int MaxPasses = 4;

    private enum Side
    {
        Other,
        CjkLetter,
        CjkMark,
        Word,
    }

    private static List<TextChange> Changes(string text, CjkLatinSpacingPolicy policy)
    {
        var changes = new List<TextChange>();
        bool[]? mask = null;
        var codeLines = new CodeShapedLineCursor(text);
        int i = 0;
        while (i < text.Length)
        {
            if (!CjkMarks.IsSpace(text[i]))
            {
                // Add policy: a boundary written without a space gets one.
                if (policy == CjkLatinSpacingPolicy.Add && i + 1 < text.Length && IsCjkLatinBoundary(Classify(text, i, -1), Classify(text, i + 1, +1))
                    && !Leaves(text, i, i + 1, ref mask, codeLines))
                {
                    changes.Add(new TextChange(i + 1, 0, " ", "space added between CJK and Latin (policy Add)"));
                }
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && CjkMarks.IsSpace(text[i]))
            {
                i++;
            }
            // An indent (block or line start) and trailing spaces are layout this rule does not judge.
            if (start == 0 || text[start - 1] == '\n' || i == text.Length || text[i] == '\n')
            {
                continue;
            }
            var left = Classify(text, start - 1, -1);
            var right = Classify(text, i, +1);
            string? note = null;
            string replacement = "";
            if (left == Side.CjkMark || right == Side.CjkMark)
            {
                if (IsCjkMarkSpace(text, start, i, left, right) && !(left == Side.CjkLetter && IsNumberedUnit(text, start - 1)))
                {
                    note = "space next to full-width punctuation";
                }
            }
            else if (left == Side.CjkLetter && right == Side.CjkLetter)
            {
                // Letter-spaced (justified) text puts a space after every character; a space between two words
                // of two or more characters separates parts (a name, a heading's two halves) and stays.
                if (IsLetterSpaced(text, start, i))
                {
                    note = "justification space between CJK characters";
                }
            }
            else if (IsCjkLatinBoundary(left, right))
            {
                if (policy == CjkLatinSpacingPolicy.Remove)
                {
                    note = "space between CJK and Latin removed (policy Remove)";
                }
                else if (policy == CjkLatinSpacingPolicy.Add && text.AsSpan(start, i - start) is not " ")
                {
                    note = "space between CJK and Latin normalised (policy Add)";
                    replacement = " ";
                }
            }
            // Protection and script are checked last: most spaces (between Latin words) never get this far.
            if (note is not null && !Leaves(text, start, i, ref mask, codeLines))
            {
                changes.Add(new TextChange(start, i - start, replacement, note));
            }
        }
        return changes;
    }

    /// <summary>
    /// Spaces this rule must not judge: in protected text (JSON lines, annotated corpora, URLs, code), and in a
    /// Korean or Japanese sentence, where spaces separate words (<c>그건 이 사안을</c>), and on a code-shaped line
    /// (<see cref="CodeShapedLines"/>). <paramref name="mask"/> is
    /// computed on first need: most blocks have no space next to CJK at all.
    /// </summary>
    private static bool Leaves(string text, int start, int end, ref bool[]? mask, CodeShapedLineCursor codeLines)
    {
        mask ??= ProtectedText.Mask(text);
        return mask[start] || mask[end - 1] || (end < text.Length && mask[end]) || (start > 0 && mask[start - 1])
            || ChineseScope.InKoreanOrJapaneseSentence(text, start) || codeLines.IsCode(start);
    }

    /// <summary>
    /// A space next to a CJK mark goes when CJK text is on both sides of it (<c>《白皮书》 认为</c>), or when it pads
    /// the inside of a full-width bracket (<c>（ 2024年 ）</c>). Next to a Latin word, a command or leader dots
    /// (<c>MiKTeX、 fpTeX</c>, <c>\cmd 、</c>, <c>简介。 . . . 5</c>) the space may be the author's or the layout's,
    /// and it stays: the rule removes only what it is sure of.
    /// </summary>
    private static bool IsCjkMarkSpace(string text, int start, int end, Side left, Side right)
    {
        if (left is (Side.CjkMark or Side.CjkLetter) && right is (Side.CjkMark or Side.CjkLetter))
        {
            return true;
        }
        bool padsOpening = left == Side.CjkMark && text[start - 1] is '（' or '【' && CjkMarks.IsSpacedWordChar(text[end]);
        bool padsClosing = right == Side.CjkMark && text[end] is '）' or '】' && (left == Side.Word || left == Side.CjkLetter);
        return padsOpening || padsClosing;
    }

    /// <summary>
    /// Letter-spaced (justified) text puts a space after every character: a space between two CJK letters goes
    /// when both words beside it are single characters, or one is and the spacing goes on past it
    /// (<c>市长 王 刚 主持</c>). A single character after a number (<c>第 3 章 选择</c>, <c>第 1 节 简介</c>) is a
    /// heading's number and unit, and the space before the title stays; so does a space between two words of two
    /// or more characters, which separates parts (a name, a heading's two halves).
    /// </summary>
    private static bool IsLetterSpaced(string text, int start, int end)
    {
        int leftLength = TokenLength(text, start - 1, -1);
        int rightLength = TokenLength(text, end, +1);
        if (leftLength == 1 && rightLength == 1)
        {
            return true;
        }
        return (leftLength == 1 && SpacedCjkBeyond(text, start - 2, -1)) || (rightLength == 1 && SpacedCjkBeyond(text, end + 1, +1));
    }

    /// <summary>
    /// The single CJK letter at <paramref name="index"/> is the unit after a spaced number (<c>第 6.1 节</c>, <c>第 3 章</c>):
    /// the space after it leads to the heading's title, quoted or not, and stays.
    /// </summary>
    private static bool IsNumberedUnit(string text, int index)
    {
        if (TokenLength(text, index, -1) != 1 || index < 2 || !CjkMarks.IsSpace(text[index - 1]))
        {
            return false;
        }
        int j = index - 1;
        while (j >= 0 && CjkMarks.IsSpace(text[j]))
        {
            j--;
        }
        return j >= 0 && char.IsDigit(text[j]);
    }

    /// <summary>At <paramref name="index"/> spaces start that lead (in <paramref name="direction"/>) to a CJK letter.</summary>
    private static bool SpacedCjkBeyond(string text, int index, int direction)
    {
        int j = index;
        if (j < 0 || j >= text.Length || !CjkMarks.IsSpace(text[j]))
        {
            return false;
        }
        while (j >= 0 && j < text.Length && CjkMarks.IsSpace(text[j]))
        {
            j += direction;
        }
        return j >= 0 && j < text.Length && Scripts.IsCjkLetter(text[j]);
    }

    private static bool IsCjkLatinBoundary(Side left, Side right) =>
        (left == Side.CjkLetter && right == Side.Word) || (left == Side.Word && right == Side.CjkLetter);

    /// <summary>
    /// The role of the character at <paramref name="index"/>; <paramref name="away"/> points away from the
    /// space (−1 on the left side). A shared mark (curly quote, ellipsis) counts as CJK when CJK text is on its far side.
    /// </summary>
    private static Side Classify(string text, int index, int away)
    {
        char c = text[index];
        if (Scripts.IsCjkLetter(c))
        {
            return Side.CjkLetter;
        }
        if (CjkMarks.IsOwnPunctuation(c))
        {
            return Side.CjkMark;
        }
        if (CjkMarks.IsShared(c))
        {
            // Look past spaces: whether this rule has already removed them must not change the answer.
            int far = index + away;
            while (far >= 0 && far < text.Length && CjkMarks.IsSpace(text[far]))
            {
                far += away;
            }
            return far >= 0 && far < text.Length && (Scripts.IsCjkLetter(text[far]) || CjkMarks.IsOwnPunctuation(text[far])) ? Side.CjkMark : Side.Other;
        }
        return CjkMarks.IsSpacedWordChar(c) ? Side.Word : Side.Other;
    }

    /// <summary>
    /// Length of the CJK word (run of non-space characters, Latin letters and digits excluded) that ends or
    /// starts at <paramref name="index"/>: <c>文/摄</c> is one word. Latin is left out so that the answer does not
    /// depend on whether the CJK–Latin policy has put a space there.
    /// </summary>
    private static int TokenLength(string text, int index, int direction)
    {
        int length = 0;
        for (int j = index; j >= 0 && j < text.Length && !char.IsWhiteSpace(text[j]) && !CjkMarks.IsSpacedWordChar(text[j]); j += direction)
        {
            length++;
        }
        return length;
    }
}
