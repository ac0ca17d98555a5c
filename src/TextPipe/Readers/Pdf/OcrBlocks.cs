using System.Text;
using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// Turns OCR output into paragraph blocks: blank lines part paragraphs, and the spaces Tesseract puts between
/// CJK characters (it segments Chinese into single-character "words") are removed.
/// </summary>
internal static class OcrBlocks
{
    public static IEnumerable<Block> FromText(string text, int page)
    {
        foreach (string paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n"))
        {
            string joined = JoinCjkSpaces(paragraph.Trim());
            if (joined.Length > 0)
            {
                yield return new Block(BlockKind.Paragraph, joined) { Page = page };
            }
        }
    }

    internal static string JoinCjkSpaces(string text)
    {
        var result = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ' && result.Length > 0 && Scripts.IsCjk(result[^1]))
            {
                int next = i;
                while (next < text.Length && text[next] == ' ')
                {
                    next++;
                }
                if (next < text.Length && Scripts.IsCjk(text[next]))
                {
                    i = next - 1;
                    continue;
                }
            }
            result.Append(c);
        }
        return result.ToString();
    }
}
