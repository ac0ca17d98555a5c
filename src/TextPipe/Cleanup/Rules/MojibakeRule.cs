namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Repairs text that went through the wrong decoder: UTF-8 read as Windows-1252 / Latin-1, MacRoman,
/// Windows-125x, CP437, double layers of it, UTF-8 read as GBK and GBK read as Latin-1, and stray C1 controls
/// that were Windows-1252 punctuation. Each repair covers the smallest damaged span and is made only when it
/// is exact (the damaged characters map back to bytes that decode cleanly) and clearly better
/// (<see cref="MojibakeBadness"/>); text that merely has accents or rare characters is left alone.
/// </summary>
public sealed class MojibakeRule : ICleanupRule
{
    private const int MaxPasses = 3;

    public RuleDescriptor Descriptor { get; } = new(
        "mojibake",
        "Repair text decoded with the wrong encoding (Ã©tÃ© → été, â€™ → ’, 鍙傝€ → 参考)",
        new HashSet<string>(StringComparer.Ordinal) { "default", "strict" });

    public void Apply(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            if (!HasNonAscii(context.Blocks[b].Text))
            {
                continue;
            }
            // A block may mix code pages (one layer read as Windows-1251 over one read as Windows-1252);
            // each pass repairs what the most convincing code page explains.
            for (int pass = 0; pass < MaxPasses; pass++)
            {
                var repairs = SingleByteMojibake.Repairs(context.Blocks[b].Text);
                if (repairs.Count == 0)
                {
                    break;
                }
                context.Rewrite(b, repairs);
            }
            Rewrite(context, b, GbkMojibake.GbkReadAsLatin1(context.Blocks[b].Text));
            Rewrite(context, b, GbkMojibake.Utf8ReadAsGbk(context.Blocks[b].Text));
            Rewrite(context, b, C1Repairs(context.Blocks[b].Text));
        }
    }

    private static void Rewrite(CleanupContext context, int block, List<TextChange> changes)
    {
        if (changes.Count > 0)
        {
            context.Rewrite(block, changes);
        }
    }

    private static bool HasNonAscii(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x80)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// C1 controls left over are Windows-1252 punctuation a Latin-1 decoder turned into controls
    /// (<c>\x93quoted\x94</c>, <c>parlé\x85</c>); no real text contains them.
    /// </summary>
    private static List<TextChange> C1Repairs(string text)
    {
        var changes = new List<TextChange>();
        for (int i = 0; i < text.Length; i++)
        {
            if (!MojibakeCodec.IsLatin1Reading(text[i]))
            {
                continue;
            }
            string replacement = Windows1252Char(text[i]);
            if (changes.Count > 0 && changes[^1].End == i)
            {
                var last = changes[^1];
                changes[^1] = last with { Length = last.Length + 1, Replacement = last.Replacement + replacement };
            }
            else
            {
                changes.Add(new TextChange(i, 1, replacement, "mojibake: windows-1252 read as latin-1"));
            }
        }
        return changes;
    }

    /// <summary>Windows-1252's characters for bytes 0x80–0x9F, built once.</summary>
    private static readonly string Windows1252High = BuildWindows1252High();

    private static string BuildWindows1252High()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var bytes = Enumerable.Range(0x80, 0x20).Select(b => (byte)b).ToArray();
        return System.Text.Encoding.GetEncoding(1252).GetString(bytes);
    }

    private static string Windows1252Char(char c) => Windows1252High[c - 0x80].ToString();
}
