using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

public sealed class TexLigatureSlotsTests
{
    [Theory]
    [InlineData("\u000C", "fi")]
    [InlineData("\u001C", "fi")]
    [InlineData("\u001E", "ffi")]
    [InlineData("\u000B", "ff")]
    public void Ligature_slots_of_ot1_and_t1_give_their_letters(string code, string expected) =>
        Assert.Equal(expected, TexLigatureSlots.TextFor(code));

    [Theory]
    [InlineData("\u0001")]
    [InlineData("\u0010")]
    [InlineData("fi")]
    public void Other_codes_have_no_guess(string code) => Assert.Null(TexLigatureSlots.TextFor(code));
}
