using TextPipe.Text;

namespace TextPipe.Tests.Text;

/// <summary>Decimal digits of any script read as their value, as a regex's \d matches them.</summary>
public class DecimalDigitsTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("2024", 2024)]
    [InlineData("๓๒", 32)]        // Thai
    [InlineData("٢٥", 25)]        // Arabic-Indic
    [InlineData("１２", 12)]       // full-width
    [InlineData("1٢๓", 123)]      // mixed scripts, one digit each
    [InlineData("99999999999999", int.MaxValue)]
    public void Digits_of_any_script_give_their_value(string digits, int expected)
    {
        Assert.Equal(expected, DecimalDigits.Parse(digits));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12a")]
    [InlineData("一二")]          // numerals, not decimal digits
    [InlineData("½")]
    public void Anything_else_is_a_format_error(string text)
    {
        Assert.Throws<FormatException>(() => DecimalDigits.Parse(text));
    }
}
