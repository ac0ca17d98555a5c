using System.Globalization;
using System.Text;
using TextPipe.Cleanup.Rules;
using TextPipe.Text;

namespace TextPipe.Tests.Cleanup.Rules;

/// <summary>
/// The Gopher measures as computed in one pass over spans and hashes equal the measures computed the plain way,
/// with a string per line, paragraph and token, on generated text of every shape the rule meets.
/// </summary>
public class RepetitionSignalsTests
{
    private static readonly string[] Words = ["the", "The", "ÉTÉ", "été", "Σοφία", "σοφία", "river", "42", "x1", "İstanbul", "straße"];

    private static List<string> Paragraphs(int seed)
    {
        var random = new Random(seed);
        var paragraphs = new List<string>();
        var lines = new List<string>();
        int paragraphCount = random.Next(20, 40);
        for (int p = 0; p < paragraphCount; p++)
        {
            var paragraph = new StringBuilder();
            int lineCount = random.Next(1, 8);
            for (int l = 0; l < lineCount; l++)
            {
                if (lines.Count > 0 && random.Next(4) == 0)
                {
                    paragraph.Append(lines[random.Next(lines.Count)]); // a repeated line
                }
                else
                {
                    var line = new StringBuilder(random.Next(3) == 0 ? "  " : "");
                    int wordCount = random.Next(0, 9);
                    for (int w = 0; w < wordCount; w++)
                    {
                        line.Append(random.Next(5) == 0 ? "人工智能"[..random.Next(1, 5)] : Words[random.Next(Words.Length)]).Append(random.Next(6) == 0 ? ", " : " ");
                    }
                    lines.Add(line.ToString());
                    paragraph.Append(line);
                }
                paragraph.Append(random.Next(8) == 0 ? "\n \t\n" : "\n");
            }
            paragraphs.Add(paragraphs.Count > 0 && random.Next(5) == 0 ? paragraphs[random.Next(paragraphs.Count)] : paragraph.ToString());
        }
        return paragraphs;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Measures_equal_the_plain_computation(int seed)
    {
        var paragraphs = Paragraphs(seed);

        var measured = RepetitionSignals.Measure(paragraphs).ToDictionary(s => s.Code, s => s.Value);

        var expected = Plain(paragraphs);
        Assert.Equal(expected.Count, measured.Count);
        Assert.NotEmpty(expected);
        foreach (var (code, value) in expected)
        {
            Assert.Equal(value, measured[code]);
        }
    }

    [Fact]
    public void Few_tokens_give_no_measures()
    {
        Assert.Empty(RepetitionSignals.Measure(["one two three", "one two three"]));
    }

    /// <summary>The measures with a string per unit, as Gopher and datatrove describe them.</summary>
    private static Dictionary<string, double> Plain(List<string> paragraphs)
    {
        var result = new Dictionary<string, double>();
        var lines = paragraphs.SelectMany(p => p.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var paras = paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var tokens = new List<string>();
        foreach (string text in paragraphs)
        {
            int i = 0;
            while (i < text.Length)
            {
                if (Scripts.IsCjkLetter(text[i]))
                {
                    tokens.Add(text[i++].ToString());
                }
                else if (char.IsLetterOrDigit(text[i]))
                {
                    int start = i;
                    while (i < text.Length && char.IsLetterOrDigit(text[i]) && !Scripts.IsCjkLetter(text[i]))
                    {
                        i++;
                    }
                    tokens.Add(text[start..i].ToLower(CultureInfo.InvariantCulture));
                }
                else
                {
                    i++;
                }
            }
        }
        if (tokens.Count < RepetitionSignals.MinTokens)
        {
            return result;
        }
        int totalChars = paras.Sum(p => p.Length);
        (int Count, int Chars) Dups(List<string> items)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var dups = items.Where(item => !seen.Add(item)).ToList();
            return (dups.Count, dups.Sum(d => d.Length));
        }
        var (dupLines, dupLineChars) = Dups(lines);
        var (dupParas, dupParaChars) = Dups(paras);
        result["repetition-dup-line-frac"] = (double)dupLines / lines.Count;
        result["repetition-dup-para-frac"] = (double)dupParas / paras.Count;
        result["repetition-dup-line-char-frac"] = (double)dupLineChars / totalChars;
        result["repetition-dup-para-char-frac"] = (double)dupParaChars / totalChars;
        int tokenChars = tokens.Sum(t => t.Length);
        string Gram(int i, int n) => string.Join("\u0001", tokens.Skip(i).Take(n));
        int Chars(int i, int n) => tokens.Skip(i).Take(n).Sum(t => t.Length);
        for (int n = 2; n <= 4; n++)
        {
            var counts = new Dictionary<string, (int Count, int Chars)>();
            for (int i = 0; i + n <= tokens.Count; i++)
            {
                string g = Gram(i, n);
                counts[g] = counts.TryGetValue(g, out var c) ? (c.Count + 1, c.Chars) : (1, Chars(i, n));
            }
            result[$"repetition-top-{n}gram"] = counts.Values.Max(v => (double)v.Count * v.Chars) / tokenChars;
        }
        for (int n = 5; n <= 10; n++)
        {
            var seen = new HashSet<string>();
            long repeated = 0;
            int i = 0;
            while (i + n <= tokens.Count)
            {
                if (seen.Add(Gram(i, n)))
                {
                    i++;
                }
                else
                {
                    repeated += Chars(i, n);
                    i += n;
                }
            }
            result[$"repetition-dup-{n}gram"] = (double)repeated / tokenChars;
        }
        return result;
    }
}
