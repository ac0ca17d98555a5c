using System.Text;
using System.Text.RegularExpressions;

namespace TextPipe.Readers.Html;

/// <summary>
/// Finds the charset a page declares in its first bytes, as a browser's prescan does:
/// <c>&lt;meta charset="gbk"&gt;</c> or <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=gbk"&gt;</c>.
/// The bytes are read as Latin-1, which every ASCII-compatible encoding agrees with on markup.
/// </summary>
internal static partial class HtmlCharsetSniffer
{
    /// <summary>Browsers look at the first 1024 bytes; pages with a long head comment put it a little later, so look a little further.</summary>
    private const int PrescanBytes = 4096;

    /// <summary>The charset label declared in the first bytes, or null.</summary>
    public static string? FindDeclared(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        string text = Encoding.Latin1.GetString(head);
        foreach (Match meta in MetaTag().Matches(text))
        {
            var charset = Charset().Match(meta.Value);
            if (charset.Success)
            {
                return charset.Groups["label"].Value;
            }
        }
        return null;
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*(?<label>[A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charset();
}
