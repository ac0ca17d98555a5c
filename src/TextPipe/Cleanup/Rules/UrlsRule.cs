using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// URLs and e-mail addresses, by <see cref="CleanupOptions.Urls"/>: keep (no edit), mask (<c>&lt;URL&gt;</c>,
/// <c>&lt;EMAIL&gt;</c>) or remove. Removal takes what the address leaves meaningless with it: the space
/// before it, brackets with nothing else inside (<c>（https://…）</c>), and a line that held only addresses
/// and a short label (<c>【来源】https://…</c>, <c>Source : https://…</c>, <c>链接：…</c>). Text around an
/// address in a sentence stays (<c>see https://a.org/x.</c> becomes <c>see.</c>).
/// </summary>
public sealed partial class UrlsRule : ICleanupRule
{
    public const string UrlMask = "<URL>";
    public const string EmailMask = "<EMAIL>";

    public RuleDescriptor Descriptor { get; } = new(
        "urls",
        "Masks or removes URLs and e-mail addresses (policy --urls: keep, mask, remove)",
        ImmutableHashSet.Create(StringComparer.Ordinal, "strict"));

    public void Apply(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var policy = context.Options.Urls;
        if (policy == UrlPolicy.Keep)
        {
            return;
        }
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            var block = context.Blocks[b];
            if (block.Kind == BlockKind.Code)
            {
                continue;
            }
            string text = block.Text;
            var urls = UrlFinder.Find(text);
            if (urls.Count == 0)
            {
                continue;
            }
            var changes = policy == UrlPolicy.Mask
                ? urls.Select(u => new TextChange(u.Start, u.Length, u.IsEmail ? EmailMask : UrlMask, u.IsEmail ? "e-mail address masked" : "URL masked")).ToList()
                : Removals(text, urls);
            context.Rewrite(b, changes);
        }
    }

    private static List<TextChange> Removals(string text, List<UrlMatch> urls)
    {
        var lines = BlockLines.Split(text);
        var removedLines = new List<(int, int, string)>();
        var partial = new List<TextChange>();
        int next = 0;
        for (int line = 0; line < lines.Count && next < urls.Count; line++)
        {
            var (lineStart, lineEnd) = lines[line];
            var onLine = new List<UrlMatch>();
            while (next < urls.Count && urls[next].Start < lineEnd)
            {
                onLine.Add(urls[next++]);
            }
            if (onLine.Count == 0)
            {
                continue;
            }
            if (OnlyLabelLeft(text, lineStart, lineEnd, onLine))
            {
                removedLines.Add((line, line, string.Join("; ", onLine.Select(Describe)) + " removed with its line"));
                continue;
            }
            int floor = lineStart;
            foreach (var url in onLine)
            {
                var (start, end) = Widen(text, url.Start, url.End, floor, lineEnd);
                partial.Add(TextChange.Remove(start, end - start, Describe(url) + " removed"));
                floor = end;
            }
        }
        return BlockLines.Compose(text, lines, removedLines, partial);
    }

    private static string Describe(UrlMatch url) => url.IsEmail ? "e-mail address" : "URL";

    /// <summary>True when the line, without its addresses, is blank, separators, or a short label such as <c>【来源】</c> or <c>Lien :</c>.</summary>
    private static bool OnlyLabelLeft(string text, int lineStart, int lineEnd, List<UrlMatch> urls)
    {
        var rest = new System.Text.StringBuilder();
        int cursor = lineStart;
        foreach (var url in urls)
        {
            rest.Append(text, cursor, url.Start - cursor).Append(' ');
            cursor = url.End;
        }
        rest.Append(text, cursor, lineEnd - cursor);
        return LabelOnly().IsMatch(rest.ToString());
    }

    /// <summary>
    /// The span to delete for one address: brackets that would be left empty around it, then the whitespace
    /// before it (or after it at the start of a line), never reaching before <paramref name="floor"/>.
    /// </summary>
    private static (int Start, int End) Widen(string text, int start, int end, int floor, int lineEnd)
    {
        int before = start;
        while (before > floor && text[before - 1] is ' ' or '\t' or '\u3000')
        {
            before--;
        }
        int after = end;
        while (after < lineEnd && text[after] is ' ' or '\t' or '\u3000')
        {
            after++;
        }
        if (before > floor && after < lineEnd && Closes(text[before - 1], text[after]))
        {
            (start, end) = (before - 1, after + 1);
        }
        int s = start;
        while (s > floor && text[s - 1] is ' ' or '\t' or '\u3000')
        {
            s--;
        }
        if (s < start)
        {
            return (s, end);
        }
        int e = end;
        if (start == floor || BlockLines.IsBlank(text, floor, start))
        {
            while (e < lineEnd && text[e] is ' ' or '\t' or '\u3000')
            {
                e++;
            }
        }
        return (start, e);
    }

    private static bool Closes(char open, char close) =>
        (open, close) is ('(', ')') or ('（', '）') or ('[', ']') or ('【', '】') or ('<', '>') or ('〈', '〉') or ('「', '」');

    // A label is a few words ending in a colon (any script, French spacing allowed) or a 【…】 tag, optionally after a bullet.
    [GeneratedRegex(@"^[\s\p{P}\p{S}-[【】]]*(?:(?:【[^】\n]{1,12}】|\[[^\]\n]{1,12}\])\s*[:：]?|\p{L}[\p{L}\p{M}\p{N}'’ \-]{0,28}\s*[:：])?[\s,，、;；|/()（）\[\]<>\-–—·]*$")]
    private static partial Regex LabelOnly();
}
