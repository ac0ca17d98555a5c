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

            if (counts.IsMarkdown)
            {
                break;
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

        public readonly bool IsMarkdown =>
            MarkdownSignals.Decide(
                (Heading > 0 ? 1 : 0) + (Image > 0 ? 1 : 0) + (Link > 0 ? 1 : 0) + (Bold > 0 ? 1 : 0)
                    + (FencedCode > 0 ? 1 : 0) + (ListItem > 0 ? 1 : 0) + (TableSeparator > 0 ? 1 : 0),
                Image + Link + Bold + FencedCode + TableSeparator);

        public readonly MarkdownSignals ToSignals() =>
            new(Heading, Image, Link, Bold, FencedCode, ListItem, TableSeparator);
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

    public bool IsMarkdown => Decide(Kinds, StrongLines);

    /// <summary>The rule: two different kinds of signal, or three lines of the strong kinds.</summary>
    internal static bool Decide(int kinds, int strongLines) => kinds >= 2 || strongLines >= 3;

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
