using TextPipe.Text;

namespace TextPipe.Tests.Text;

public class InvariantLowerTests
{
    [Fact]
    public void Every_utf16_unit_lower_cases_as_the_runtime_does_first_and_second_time()
    {
        // The second pass reads what the first one stored in the table.
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i <= char.MaxValue; i++)
            {
                char c = (char)i;
                Assert.Equal(char.ToLowerInvariant(c), InvariantLower.Of(c));
            }
        }
    }

    [Theory]
    [InlineData("Élève À L'ÉCOLE Ça Œuvre", "élève à l'école ça œuvre")]
    [InlineData("The QUICK Brown Fox", "the quick brown fox")]
    [InlineData("中文ＡＢＣ文本", "中文ａｂｃ文本")]
    [InlineData("ΣΟΦΙΑ Ирина Ørsted", "σοφια ирина ørsted")]
    public void Words_lower_case_character_by_character_like_the_string_does(string text, string expected)
    {
        var lowered = new string(text.Select(InvariantLower.Of).ToArray());

        Assert.Equal(expected, lowered);
        Assert.Equal(text.ToLowerInvariant(), lowered);
    }
}
