using System.Text;
using TextPipe.Readers;
using TextPipe.Text;

namespace TextPipe.Tests.Text;

public class TextDecoderTests
{
    [Theory]
    [MemberData(nameof(TextFixtures.LegacyTexts), MemberType = typeof(TextFixtures))]
    public void Legacy_encodings_are_detected_and_decoded_to_the_original_text(string encoding, string text)
    {
        var decoded = TextDecoder.Decode(TextFixtures.Bytes(encoding, text));

        Assert.Equal(encoding, decoded.Encoding);
        Assert.Equal(text, decoded.Text);
        Assert.Empty(decoded.Flags);
    }

    [Theory]
    [MemberData(nameof(TextFixtures.UnicodeTexts), MemberType = typeof(TextFixtures))]
    public void Unicode_with_a_bom_decodes_without_the_bom(string encoding, string text)
    {
        var decoded = TextDecoder.Decode(TextFixtures.BytesWithBom(encoding, text));

        Assert.Equal(encoding, decoded.Encoding);
        Assert.Equal(text, decoded.Text);
        Assert.Empty(decoded.Flags);
    }

    [Theory]
    [MemberData(nameof(TextFixtures.UnicodeTexts), MemberType = typeof(TextFixtures))]
    public void Unicode_without_a_bom_is_recognised(string encoding, string text)
    {
        var decoded = TextDecoder.Decode(TextFixtures.Bytes(encoding, text));

        Assert.Equal(encoding, decoded.Encoding);
        Assert.Equal(text, decoded.Text);
        Assert.Empty(decoded.Flags);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_cjk_whose_only_zero_bytes_come_from_yi_is_recognised(string encoding)
    {
        // 一 is U+4E00: its low byte is the only zero, on the "wrong" side for ASCII-based detection.
        const string text = "一个人在家里看书，一直看到晚上。";

        var decoded = TextDecoder.Decode(TextFixtures.Bytes(encoding, text));

        Assert.Equal(encoding, decoded.Encoding);
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Gbk_text_with_a_traditional_character_still_decodes_as_gb18030()
    {
        // GBK encodes traditional characters too; GB18030 is its superset, so that is the name reported.
        const string text = "这本書很有意思，我已经读了两遍。";

        var decoded = TextDecoder.Decode(Encoding.GetEncoding(936).GetBytes(text));

        Assert.Equal("gb18030", decoded.Encoding);
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Pure_ascii_reports_utf8()
    {
        var decoded = TextDecoder.Decode(Encoding.ASCII.GetBytes(TextFixtures.Ascii));

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal(TextFixtures.Ascii, decoded.Text);
        Assert.Empty(decoded.Flags);
    }

    [Fact]
    public void Empty_input_gives_empty_text()
    {
        var decoded = TextDecoder.Decode([]);

        Assert.Equal(string.Empty, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Empty(decoded.Flags);
    }

    [Fact]
    public void A_bom_alone_gives_empty_text()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF]);

        Assert.Equal(string.Empty, decoded.Text);
        Assert.Equal("utf-8", decoded.Encoding);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    [InlineData("gb18030")]
    public void Line_endings_are_kept_as_they_are(string encoding)
    {
        const string text = "第一行\r\n第二行\r第三行\n\n第四行";

        var decoded = TextDecoder.Decode(TextFixtures.Bytes(encoding, text));

        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Utf8_with_a_truncated_last_character_is_utf8_with_a_flag()
    {
        byte[] whole = Encoding.UTF8.GetBytes(TextFixtures.FrenchParagraph + "中");
        byte[] truncated = whole[..^1];

        var decoded = TextDecoder.Decode(truncated);

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal(TextFixtures.FrenchParagraph + "\uFFFD", decoded.Text);
        var flag = Assert.Single(decoded.Flags);
        Assert.Equal("undecodable-bytes", flag.Code);
        Assert.Equal(whole.Length - 3, flag.Offset);
        Assert.Equal($"1 undecodable byte sequence (at byte {whole.Length - 3}) replaced with U+FFFD", flag.Message);
    }

    [Fact]
    public void Utf8_with_a_few_stray_bytes_is_utf8_and_counts_them()
    {
        byte[] text = Encoding.UTF8.GetBytes(TextFixtures.SimplifiedParagraph);
        int first = Encoding.UTF8.GetByteCount("春天来了");
        byte[] damaged = [.. text[..first], 0xFF, .. text[first..^3], 0xC3, 0x28, .. text[^3..], 0x80];

        var decoded = TextDecoder.Decode(damaged);

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal(3, decoded.Text.Count(c => c == '\uFFFD'));
        Assert.StartsWith("春天来了\uFFFD，公园", decoded.Text, StringComparison.Ordinal);
        var flag = Assert.Single(decoded.Flags);
        Assert.Equal(first, flag.Offset);
        Assert.Equal($"3 undecodable byte sequences (first at byte {first}) replaced with U+FFFD", flag.Message);
    }

    [Fact]
    public void Utf8_bom_then_invalid_bytes_gives_offsets_in_the_whole_input()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', 0xFF, (byte)'c'];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("ab\uFFFDc", decoded.Text);
        Assert.Equal(5, Assert.Single(decoded.Flags).Offset);
    }

    [Fact]
    public void Latin1_text_with_many_accents_is_not_mistaken_for_broken_utf8()
    {
        // Each é (0xE9) is an invalid UTF-8 sequence; there are no valid multi-byte ones, so this is Windows-1252.
        var decoded = TextDecoder.Decode(TextFixtures.Bytes("windows-1252", "Été, forêt, élève, café, à bientôt."));

        Assert.Equal("windows-1252", decoded.Encoding);
        Assert.Equal("Été, forêt, élève, café, à bientôt.", decoded.Text);
    }

    [Fact]
    public void Undecodable_bytes_in_a_legacy_encoding_are_flagged()
    {
        byte[] gbk = TextFixtures.Bytes("gb18030", TextFixtures.SimplifiedParagraph + TextFixtures.SimplifiedMeeting);
        int at = TextFixtures.Bytes("gb18030", TextFixtures.SimplifiedParagraph).Length;
        byte[] damaged = [.. gbk[..at], 0xFF, .. gbk[at..]];

        var decoded = TextDecoder.Decode(damaged);

        Assert.Equal("gb18030", decoded.Encoding);
        Assert.Equal(TextFixtures.SimplifiedParagraph + "\uFFFD" + TextFixtures.SimplifiedMeeting, decoded.Text);
        var flag = Assert.Single(decoded.Flags);
        Assert.Equal("undecodable-bytes", flag.Code);
        Assert.Equal(at, flag.Offset);
    }

    [Fact]
    public void Utf16_with_a_dangling_last_byte_is_flagged()
    {
        byte[] bytes = [.. TextFixtures.BytesWithBom("utf-16le", "Bonjour"), (byte)'!'];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("utf-16le", decoded.Encoding);
        Assert.Equal("Bonjour\uFFFD", decoded.Text);
        Assert.Equal(bytes.Length - 1, Assert.Single(decoded.Flags).Offset);
    }

    [Fact]
    public void Unpaired_surrogates_in_utf16_are_flagged_not_passed_through()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, 0x00, 0xD8, (byte)'b', 0];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("a\uFFFDb", decoded.Text);
        Assert.Equal(4, Assert.Single(decoded.Flags).Offset);
    }

    [Fact]
    public void Valid_utf8_with_an_odd_control_character_is_still_text()
    {
        const string text = "Colonne A\vColonne B\u001AFin du fichier : déjà.";

        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(text));

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Escape_sequences_of_coloured_logs_are_text()
    {
        const string text = "\u001b[31mERROR\u001b[0m disk full\n\u001b[32mOK\u001b[0m retried\n";

        Assert.Equal(text, TextDecoder.Decode(Encoding.UTF8.GetBytes(text)).Text);
    }

    [Fact]
    public void Large_legacy_input_whose_first_64KiB_are_ascii_is_still_detected()
    {
        string text = new string('x', 100_000) + "\n" + TextFixtures.TraditionalParagraph;

        var decoded = TextDecoder.Decode(TextFixtures.Bytes("big5", text));

        Assert.Equal("big5", decoded.Encoding);
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Large_utf16_input_without_bom_is_detected()
    {
        string text = string.Concat(Enumerable.Repeat(TextFixtures.KoreanParagraph + "\n", 2_000));

        var decoded = TextDecoder.Decode(TextFixtures.Bytes("utf-16be", text));

        Assert.Equal("utf-16be", decoded.Encoding);
        Assert.Equal(text, decoded.Text);
    }

    [Fact]
    public void Large_utf8_input_with_a_cut_off_end_is_utf8()
    {
        byte[] whole = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(TextFixtures.JapaneseParagraph, 3_000)));

        var decoded = TextDecoder.Decode(whole.AsSpan(0, whole.Length - 1));

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal(whole.Length - 3, Assert.Single(decoded.Flags).Offset);
    }
}
