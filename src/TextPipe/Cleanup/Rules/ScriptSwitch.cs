using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// A break where the writing changes script: a line without a single CJK letter next to a line written mostly in
/// CJK letters (a displayed command such as <c>texhash</c> between two Chinese sentences, an English copyright line
/// above its Chinese translation, a row of Latin font names above a Korean paragraph). A wrapped CJK paragraph
/// mixes Latin words into its lines, but a whole line of it without one CJK letter is something set apart.
/// A line holding only a web address is the exception: a sentence names an address it wraps onto a line of its own.
/// </summary>
internal static class ScriptSwitch
{
    public static bool Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        (HasNoCjkLetter(a) && IsMostlyCjk(b)) || (IsMostlyCjk(a) && HasNoCjkLetter(b));

    private static bool HasNoCjkLetter(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.StartsWith("http", StringComparison.OrdinalIgnoreCase) || line.StartsWith("ftp", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        int letters = 0;
        foreach (char c in line)
        {
            if (Scripts.IsCjkLetter(c))
            {
                return false;
            }
            if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return letters >= 2;
    }

    private static bool IsMostlyCjk(ReadOnlySpan<char> line)
    {
        int letters = 0;
        int cjk = 0;
        foreach (char c in line)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (Scripts.IsCjkLetter(c))
                {
                    cjk++;
                }
            }
        }
        return letters > 0 && cjk * 2 >= letters;
    }
}
