using System.Text;
using TextPipe.Text;

namespace TextPipe.Tests.Text;

public class DetectionPartsTests
{
    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41 }, "utf-8", 3)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00 }, "utf-16le", 2)]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x41 }, "utf-16be", 2)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00 }, "utf-32le", 4)]
    [InlineData(new byte[] { 0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x41 }, "utf-32be", 4)]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00 }, "utf-16le", 2)]
    public void Bom_sniffer_names_the_encoding_and_bom_length(byte[] bytes, string encoding, int length)
    {
        Assert.True(BomSniffer.TryDetect(bytes, out string found, out int bomLength));
        Assert.Equal(encoding, found);
        Assert.Equal(length, bomLength);
    }

    [Fact]
    public void Bom_sniffer_finds_nothing_in_plain_text()
    {
        Assert.False(BomSniffer.TryDetect("plain"u8, out _, out int length));
        Assert.Equal(0, length);
    }

    [Fact]
    public void Utf8_assessment_counts_valid_multibyte_and_invalid_sequences()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("été 中文"), 0xFF, (byte)'x', 0xE4, 0xB8];

        var assessment = Utf8Validator.Assess(bytes);

        Assert.Equal(4, assessment.MultiByte);
        Assert.Equal(2, assessment.Invalid);
        Assert.True(assessment.TruncatedAtEnd);
        Assert.False(assessment.IsUtf8WithErrors);
    }

    [Theory]
    [InlineData(20, 2, false, true)]
    [InlineData(19, 2, false, false)]
    [InlineData(1, 1, true, true)]
    [InlineData(0, 1, true, false)]
    [InlineData(5, 0, false, false)]
    public void Utf8_with_errors_needs_ten_valid_sequences_per_error(int multiByte, int invalid, bool truncated, bool expected)
    {
        Assert.Equal(expected, new Utf8Assessment(multiByte, invalid, truncated).IsUtf8WithErrors);
    }

    [Fact]
    public void Common_character_tables_know_frequent_characters_and_not_rare_ones()
    {
        Assert.True(CommonCharacters.IsCommonHan('的'));
        Assert.True(CommonCharacters.IsCommonHan('們'));
        Assert.False(CommonCharacters.IsCommonHan('饕'));
        Assert.True(CommonCharacters.IsCommonHangul('습'));
        Assert.False(CommonCharacters.IsCommonHangul('뷁'));
        Assert.False(CommonCharacters.IsCommonHan('a'));
    }

    [Fact]
    public void The_right_decoding_of_gbk_bytes_scores_higher_than_the_big5_reading()
    {
        byte[] gbk = TextFixtures.Bytes("gb18030", TextFixtures.SimplifiedShort);
        string asGb = TextFixtures.Get("gb18030").GetString(gbk);
        string asBig5 = Encoding.GetEncoding(950).GetString(gbk);

        double right = TextPlausibility.CjkTally(asGb, ScriptProfile.Chinese).Score;
        double wrong = TextPlausibility.CjkTally(asBig5, ScriptProfile.Chinese).Score;

        Assert.True(right >= 0.5, $"right reading scored {right}");
        Assert.True(right - wrong >= 0.3, $"right {right}, wrong {wrong}");
    }

    [Theory]
    [InlineData("windows-1252", "Le garçon a mangé une crème brûlée.", true)]
    [InlineData("iso-8859-2", "Przyszła wiosna. Zażółć gęślą jaźń.", false)]
    [InlineData("windows-1251", "Весна пришла, в парке цветы.", false)]
    [InlineData("windows-1254", "Bahar geldi, çocuklar çimenlerde koşuyor; ağaçlar yeşil.", false)]
    public void Latin_check_accepts_western_text_and_rejects_other_code_pages_read_as_1252(string encoding, string text, bool latin)
    {
        string as1252 = Encoding.GetEncoding(1252).GetString(TextFixtures.Bytes(encoding, text));

        Assert.Equal(latin, TextPlausibility.LooksLikeLatinText(as1252));
    }

    [Theory]
    [InlineData("windows-1251", "Весна пришла. В парке расцвели цветы, дети бегают по траве, а старики сидят на скамейках.")]
    [InlineData("koi8-r", "Весна пришла. В парке расцвели цветы, дети бегают по траве, а старики сидят на скамейках.")]
    [InlineData("iso-8859-7", "Ήρθε η άνοιξη. Στο πάρκο άνθισαν τα λουλούδια και τα παιδιά τρέχουν στο γρασίδι.")]
    [InlineData("iso-8859-2", "Przyszła wiosna. W parku zakwitły kwiaty, a dzieci biegają po trawie.")]
    public void Other_single_byte_encodings_reported_by_utf_unknown_decode_correctly(string encoding, string text)
    {
        var decoded = TextDecoder.Decode(TextFixtures.Bytes(encoding, text));

        Assert.Equal(text, decoded.Text);
        Assert.Equal(encoding, decoded.Encoding);
    }

    [Theory]
    [InlineData("GBK", "gb18030")]
    [InlineData("GB2312", "gb18030")]
    [InlineData("Shift-JIS", "shift_jis")]
    [InlineData("ISO-8859-1", "windows-1252")]
    [InlineData("KOI8-R", "koi8-r")]
    [InlineData("no-such-encoding", null)]
    [InlineData(null, null)]
    public void Detector_names_are_canonicalised(string? name, string? expected)
    {
        Assert.Equal(expected, TextEncodings.Canonicalize(name));
    }

    [Fact]
    public void Counting_fallback_counts_sequences_and_remembers_the_first()
    {
        var fallback = new CountingDecoderFallback();
        var decoder = TextEncodings.Get("utf-8", fallback).GetDecoder();

        int chars = decoder.GetCharCount([0x61, 0xFF, 0x62, 0xFE], flush: true);

        Assert.Equal(4, chars);
        Assert.Equal(2, fallback.Count);
        Assert.Equal(1, fallback.FirstIndex);
        fallback.Reset();
        Assert.Equal(0, fallback.Count);
        Assert.Equal(-1, fallback.FirstIndex);
    }
}
