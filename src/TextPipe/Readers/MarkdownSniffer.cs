using System.Globalization;
using System.Text.RegularExpressions;

namespace TextPipe.Readers;

/// <summary>
/// Decides, conservatively and from line-level signals, whether text that claims to be plain text is really
/// Markdown (a transcript exported as <c># Title</c>, paragraphs and <c>![](img/1.png)</c> lines; an LLM
/// answer with <c>**Keywords:**</c> labels). Signals: ATX headings (<c>#</c> to <c>######</c>, a space, text),
/// images, inline links, <c>**bold**</c>, closed fenced code blocks, list markers at line start, and pipe-table
/// separator rows under a row with a pipe. Markdown when at least two different kinds are present, or at least
/// three lines of the strong kinds (image, link, bold, fenced code, table). A <c>#hashtag</c>, <c>C#</c>,
/// <c>a * b</c> or a single bulleted list alone is not enough.
/// <para>
/// Indentation is evidence the other way: plain text indents paragraphs, quotations and licence terms, while
/// Markdown would make each indented line a code block. When the only signals are the ones plain text has by
/// habit too (<c>**banner**</c> lines, dashed or numbered lists) and indented lines outnumber them (a Project
/// Gutenberg header and licence), the text stays plain; a heading, link, image, fence or table still decides.
/// </para>
/// </summary>
public sealed partial class MarkdownSniffer : ITextFormatSniffer
{
    /// <summary>Characters examined at most (whole lines); the scan also stops as soon as the answer is yes.</summary>
    public int MaxCharsScanned { get; init; } = 1_000_000;

    public string Format => MarkdownReader.FormatId;

    public bool Matches(string text, out string evidence)
    {
        var signals = Analyze(text);
        evidence = "Markdown signals: " + signals;
        return signals.IsMarkdown;
    }

    /// <summary>Counts the signals in <paramref name="text"/>, stopping early once the text is plainly Markdown.</summary>
    public MarkdownSignals Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Counts();
        bool inFence = false;
        char fenceChar = '\0';
        int fenceLength = 0;
        bool previousHasPipe = false;
        int lineStart = 0;
        while (lineStart < text.Length && lineStart < MaxCharsScanned)
        {
            int end = text.AsSpan(lineStart).IndexOfAny('\n', '\r');
            int lineEnd = end < 0 ? text.Length : lineStart + end;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);

            if (TryFence(line, out char c, out int n))
            {
                if (!inFence)
                {
                    (inFence, fenceChar, fenceLength) = (true, c, n);
                }
                else if (c == fenceChar && n >= fenceLength && line.TrimStart().TrimStart(c).IsWhiteSpace())
                {
                    inFence = false;
                    counts.FencedCode++;
                }
            }
            else if (!inFence)
            {
                Classify(line, previousHasPipe, ref counts);
            }
            previousHasPipe = line.Contains('|');

            if (counts.IsMarkdown && counts.HasStructure)
            {
                break; // indentation cannot overrule structure, so the rest of the text cannot change the answer
            }
            lineStart = lineEnd + 1;
            if (lineEnd < text.Length && text[lineEnd] == '\r' && lineStart < text.Length && text[lineStart] == '\n')
            {
                lineStart++;
            }
        }
        return counts.ToSignals();
    }

    private static void Classify(ReadOnlySpan<char> line, bool previousHasPipe, ref Counts counts)
    {
        var trimmed = line.TrimStart(' ');
        int indent = line.Length - trimmed.Length;
        if ((indent >= 4 || (!trimmed.IsEmpty && trimmed[0] == '\t')) && !trimmed.Trim().IsEmpty && !ListLine().IsMatch(trimmed.TrimStart('\t')))
        {
            counts.Indented++; // would be an indented code block (or a list continuation, which this cannot tell apart)
        }
        if (indent <= 3 && !trimmed.IsEmpty)
        {
            char first = trimmed[0];
            if (first == '#' && HeadingLine().IsMatch(trimmed))
            {
                counts.Heading++;
            }
            else if ((first is '-' or '*' or '+' || char.IsAsciiDigit(first)) && ListLine().IsMatch(trimmed))
            {
                counts.ListItem++;
            }
            if (previousHasPipe && trimmed.Contains('|') && TableSeparatorLine().IsMatch(trimmed))
            {
                counts.TableSeparator++;
            }
        }
        if (line.Contains("](", StringComparison.Ordinal))
        {
            bool image = ImageSyntax().IsMatch(line);
            if (image)
            {
                counts.Image++;
            }
            // A link other than the images: look for a '[' not preceded by '!'.
            foreach (var match in LinkSyntax().EnumerateMatches(line))
            {
                if (match.Index == 0 || line[match.Index - 1] != '!')
                {
                    counts.Link++;
                    break;
                }
            }
        }
        if (line.Contains("**", StringComparison.Ordinal) && BoldSyntax().IsMatch(line))
        {
            counts.Bold++;
        }
    }

    private static bool TryFence(ReadOnlySpan<char> line, out char fenceChar, out int length)
    {
        var trimmed = line.TrimStart(' ');
        fenceChar = '\0';
        length = 0;
        if (line.Length - trimmed.Length > 3 || trimmed.Length < 3 || trimmed[0] is not ('`' or '~'))
        {
            return false;
        }
        fenceChar = trimmed[0];
        length = trimmed.Length - trimmed.TrimStart(fenceChar).Length;
        // A backtick fence's info string cannot contain backticks (CommonMark).
        return length >= 3 && (fenceChar == '~' || !trimmed[length..].Contains('`'));
    }

    [GeneratedRegex(@"^#{1,6}[ \t]+\S")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^(?:[-*+]|[0-9]{1,9}[.)])[ \t]+\S")]
    private static partial Regex ListLine();

    [GeneratedRegex(@"^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")]
    private static partial Regex TableSeparatorLine();

    [GeneratedRegex(@"!\[[^\[\]\n]*\]\([^()\s]+(?:[ \t]+""[^""\n]*"")?\)")]
    private static partial Regex ImageSyntax();

    [GeneratedRegex(@"\[[^\[\]\n]+\]\([^()\s]+(?:[ \t]+""[^""\n]*"")?\)")]
    private static partial Regex LinkSyntax();

    [GeneratedRegex(@"\*\*[^\s*](?:[^*\n]*[^\s*])?\*\*")]
    private static partial Regex BoldSyntax();

    private struct Counts
    {
        public int Heading;
        public int Image;
        public int Link;
        public int Bold;
        public int FencedCode;
        public int ListItem;
        public int TableSeparator;
        public int Indented;

        public readonly bool HasStructure => Heading + Image + Link + FencedCode + TableSeparator > 0;

        public readonly bool IsMarkdown => ToSignals().IsMarkdown;

        public readonly MarkdownSignals ToSignals() =>
            new(Heading, Image, Link, Bold, FencedCode, ListItem, TableSeparator) { IndentedLines = Indented };
    }
}

/// <summary>What <see cref="MarkdownSniffer"/> found: lines per kind of signal (closed blocks for fenced code).</summary>
public sealed record MarkdownSignals(
    int HeadingLines,
    int ImageLines,
    int LinkLines,
    int BoldLines,
    int FencedCodeBlocks,
    int ListItemLines,
    int TableSeparatorLines)
{
    /// <summary>How many different kinds of signal were seen.</summary>
    public int Kinds =>
        new[] { HeadingLines, ImageLines, LinkLines, BoldLines, FencedCodeBlocks, ListItemLines, TableSeparatorLines }.Count(n => n > 0);

    /// <summary>Lines of the kinds plain text almost never has by accident.</summary>
    public int StrongLines => ImageLines + LinkLines + BoldLines + FencedCodeBlocks + TableSeparatorLines;

    /// <summary>Lines indented as plain text indents (four spaces or a tab, not a list item): counter-evidence.</summary>
    public int IndentedLines { get; init; }

    /// <summary>Signals only Markdown has: headings, links, images, fences, tables (not bold or lists, which plain text uses too).</summary>
    public bool HasStructure => HeadingLines + ImageLines + LinkLines + FencedCodeBlocks + TableSeparatorLines > 0;

    /// <summary>
    /// The rule: two different kinds of signal, or three lines of the strong kinds; but without a structural
    /// signal, more indented lines than signal lines say plain text.
    /// </summary>
    public bool IsMarkdown =>
        (Kinds >= 2 || StrongLines >= 3) && (HasStructure || IndentedLines <= BoldLines + ListItemLines);

    /// <summary>A short account for <c>inspect</c>, e.g. <c>heading 1, image 12</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        Add("heading", HeadingLines);
        Add("image", ImageLines);
        Add("link", LinkLines);
        Add("bold", BoldLines);
        Add("fenced code", FencedCodeBlocks);
        Add("list item", ListItemLines);
        Add("table", TableSeparatorLines);
        Add("indented (against)", IndentedLines);
        return parts.Count == 0 ? "no Markdown signals" : string.Join(", ", parts);

        void Add(string name, int count)
        {
            if (count > 0)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {count}"));
            }
        }
    }
}
