using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Whether what stands between a bracket pair or a quote pair is Chinese, so the pair may take the full-width
/// form: Han letters, and no Latin letters, no path, file or command characters. <c>(SSH)</c>, <c>passwd(1)</c>,
/// <c>"graphical.target"</c> and <c>"●"</c> are names, references and symbols whose ASCII marks are the author's
/// choice; <c>(第三次会议)</c> and <c>"新质生产力"</c> are Chinese written with ASCII marks.
/// </summary>
internal static class ChineseContent
{
    /// <summary>Characters of paths, file names, commands and markup; none of them occurs in a Chinese phrase.</summary>
    private static readonly System.Buffers.SearchValues<char> SyntaxChars = System.Buffers.SearchValues.Create("/\\_$|<>{}[]=~#@*&%^`\"");

    /// <summary>True when <paramref name="start"/>..<paramref name="end"/> holds Han and nothing of Latin text or syntax.</summary>
    public static bool Is(string text, int start, int end)
    {
        bool han = false;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (Scripts.IsHan(c))
            {
                han = true;
            }
            else if ((char.IsLetter(c) && !Scripts.IsCjkLetter(c)) || SyntaxChars.Contains(c) || c == '\n')
            {
                return false;
            }
        }
        return han;
    }
}
