using TextPipe.Cleanup.Rules;

namespace TextPipe.Tests.Cleanup.Rules;

/// <summary>
/// The code-sign test skips its long alternation on lines without the characters that alternation needs; it must
/// answer exactly as the full pattern does on any line.
/// </summary>
public class CodeLineSignTests
{
    // Pieces the pattern's alternatives are made of, and prose around them in several scripts.
    private static readonly string[] Pieces =
    [
        "end", "else", "elseif", "fi", "done", "if", "while", "for", "then", "do", "function", "local", "var", "const",
        "x", "p.penalty", "node.insert_after", "a_b", "false", "head", "foo", "mot", "été", "港口", "会议", "Ärger",
        "12", "1995", "7", " ", " ", "  ", "\t", ",", ", ", ":", "::", ":=", "-", "--", "->", "=", "==", "=>", "= ",
        "{", "}", "\\", "\\def", "#", "##1", "{#1}", "$", "$ ", "%", "%%", "(", ")", "&&", "||", "|", "\"", "\"..", "..\"",
        "@Book", ".", "，", "。", "l'île", "well-known", "-s", "--quiet", "\u00A0", "\u3000",
        "5%", "coll.%", "été%", "}%", "name(", " (", "f (", "x_y(", "a.b(", "\"", "..", "...",
    ];

    [Fact]
    public void Random_lines_get_the_answer_of_the_whole_pattern()
    {
        var random = new Random(11);
        int signs = 0;
        for (int n = 0; n < 60_000; n++)
        {
            int count = random.Next(1, 9);
            var line = string.Concat(Enumerable.Range(0, count).Select(_ => Pieces[random.Next(Pieces.Length)]));

            bool expected = CodeLine.CodeSign().IsMatch(line);

            Assert.True(expected == CodeLine.HasSign(line), $"'{line}': expected {expected}");
            signs += expected ? 1 : 0;
        }
        // Both answers must be common, or the comparison proves little.
        Assert.InRange(signs, 6_000, 54_000);
    }

    [Theory]
    [InlineData("end", true)]
    [InlineData("12 if x then", true)]
    [InlineData("elseif ready", true)]
    [InlineData("run make --quiet -s", true)]
    [InlineData("values false,head", true)]
    [InlineData("The end of the pier, then the harbour.", false)]
    [InlineData("Le port de l'île a rouvert mardi, après deux ans de travaux.", false)]
    [InlineData("港口在周二重新开放，游客很多。", false)]
    [InlineData("A well-known ferry - and a slow one: it runs daily.", false)]
    [InlineData("Fares rose by 5% (see the table) in \"peak\" months.", false)]
    [InlineData("Les tarifs ont augmenté de 5 % (voir le tableau).", false)]
    [InlineData("local t = node.insert_after(head, n)", true)]
    [InlineData("see coll.% for the rest", true)]
    public void Keyword_lines_and_prose_look_alikes(string line, bool sign)
    {
        Assert.Equal(sign, CodeLine.HasSign(line));
        Assert.Equal(CodeLine.CodeSign().IsMatch(line), CodeLine.HasSign(line));
    }
}
