using TextPipe.Cleanup.Rules;

namespace TextPipe.Tests.Cleanup.Rules;

/// <summary>
/// Blocks without a decimal digit skip the date, range, clock and count patterns; these pin down that only
/// placeholders are found there, and that a digit outside ASCII still brings the patterns in.
/// </summary>
public class NumberFindingsDigitTests
{
    [Theory]
    [InlineData("Le montant, soit <> euros, reste à confirmer.", "placeholder <>")]
    [InlineData("Ticket price: XX percent off for members.", "number masked as XX")]
    [InlineData("会议共有<数字>位代表出席。", "placeholder <数字>")]
    public void A_block_without_digits_still_has_its_placeholders_found(string text, string note)
    {
        var finding = Assert.Single(NumberFindings.Find(text));

        // "<>" alone is judged by its context: certain or possible, both end with the same words.
        Assert.EndsWith(note, finding.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Oil lIO and lOl are only letters; I saw O.")]
    [InlineData("The Second Harbour Festival opened on a Monday in October.")]
    [InlineData("河畔的茶馆在秋天重新开张，客人很多。")]
    [InlineData("Du lundi au vendredi, l'île reste calme en octobre.")]
    public void Digitless_look_alikes_give_nothing_to_find_or_repair(string text)
    {
        Assert.Empty(NumberFindings.Find(text));
        Assert.Empty(NumberFindings.FindRepairs(text));
    }

    [Theory]
    [InlineData("The \u0667 Lantern Festival drew a crowd.", "bare number where an ordinal is expected: The \u0667 Lantern Festival")]
    [InlineData("La \u0969 Biennale ouvre ses portes.", "bare number where an ordinal is expected: La \u0969 Biennale")]
    public void A_decimal_digit_of_another_script_still_counts_as_a_digit(string text, string note)
    {
        var finding = Assert.Single(NumberFindings.Find(text));

        Assert.Equal(note, finding.Note);
    }
}
