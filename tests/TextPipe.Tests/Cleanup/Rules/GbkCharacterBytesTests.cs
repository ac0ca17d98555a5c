using System.Text;
using TextPipe.Cleanup.Rules;

namespace TextPipe.Tests.Cleanup.Rules;

/// <summary>
/// The table of GBK bytes per character the mojibake rule reads, and the code pages' quick "could this text
/// hold a high byte?" test, agree with the encoders they stand in for.
/// </summary>
public class GbkCharacterBytesTests
{
    [Fact]
    public void Agrees_with_a_strict_gbk_encoder_across_the_basic_plane()
    {
        var strict = global::TextPipe.Text.TextEncodings.StrictGbk;
        Span<byte> expected = stackalloc byte[8];
        Span<byte> actual = stackalloc byte[4];
        // Every 13th unit from U+0080 (a stride that lands on ASCII neighbours, Latin, kana, Han, Hangul and the
        // private-use and compatibility areas), and the edge cases by name.
        var units = Enumerable.Range(0x80, 0x10000 - 0x80).Where(c => c % 13 == 0).Select(c => (char)c)
            .Concat(['€', '中', '鍙', '\uFFFD', '\u00A0', 'Ā', '가']).Where(c => !char.IsSurrogate(c));
        foreach (char c in units)
        {
            int want;
            try
            {
                want = strict.GetBytes([c], expected);
            }
            catch (EncoderFallbackException)
            {
                want = 0;
            }
            int got = GbkCharacterBytes.Get(c, actual);
            Assert.True(want == got, $"U+{(int)c:X4}: GBK length {want}, table {got}");
            Assert.True(actual[..got].SequenceEqual(expected[..want]), $"U+{(int)c:X4}: bytes differ");
            // Asked twice (the second time from the table) it answers the same.
            Assert.Equal(got, GbkCharacterBytes.Get(c, actual));
        }
    }

    [Fact]
    public void Ascii_and_surrogates_have_no_gbk_bytes()
    {
        Span<byte> buffer = stackalloc byte[4];
        Assert.Equal(0, GbkCharacterBytes.Get('A', buffer));
        Assert.Equal(0, GbkCharacterBytes.Get('\uD83D', buffer));
    }

    [Fact]
    public void Only_a_character_whose_gbk_lead_byte_opens_a_three_byte_utf8_sequence_may_start_one()
    {
        // "鍙" is GBK E5 8F, the first half of UTF-8 "参" (E5 8F 82) read as GBK; "中" is D6 D0.
        Assert.True(GbkCharacterBytes.MayStartUtf8('鍙'));
        Assert.False(GbkCharacterBytes.MayStartUtf8('中'));
        Assert.False(GbkCharacterBytes.MayStartUtf8('a'));
    }

    [Theory]
    [InlineData("plain ASCII text, with numbers 1234")]
    [InlineData("中文文本，没有任何乱码。")]
    public void Text_without_a_high_character_of_a_code_page_cannot_have_been_read_with_it(string text) =>
        Assert.All(MojibakeCodec.All, codec => Assert.False(codec.MayHaveReadBytes(text), codec.Name));

    [Theory]
    [InlineData("windows-1252", "Ã©tÃ©")]
    [InlineData("windows-1251", "Рџ")]
    [InlineData("windows-1252", "lost \uFFFD byte")]
    [InlineData("windows-1252", "a \u0093quoted\u0094 word")]
    public void Text_with_a_high_character_of_a_code_page_may_have_been_read_with_it(string codec, string text) =>
        Assert.True(MojibakeCodec.All.Single(c => c.Name == codec).MayHaveReadBytes(text));
}
