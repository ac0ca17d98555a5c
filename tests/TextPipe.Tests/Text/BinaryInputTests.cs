using System.Text;
using TextPipe.Readers;
using TextPipe.Text;

namespace TextPipe.Tests.Text;

public class BinaryInputTests
{
    [Fact]
    public void Random_bytes_with_nuls_are_binary()
    {
        var random = new Random(20240531);
        byte[] bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[17] = 0;
        bytes[1000] = 0;

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes));

        Assert.Equal("binary file (contains NUL bytes), not text", error.Message);
    }

    [Fact]
    public void Many_random_binary_blocks_are_all_rejected()
    {
        var random = new Random(7);
        for (int i = 0; i < 200; i++)
        {
            byte[] bytes = new byte[random.Next(1024, 8192)];
            random.NextBytes(bytes);
            Assert.Throws<InputException>(() => TextDecoder.Decode(bytes));
        }
    }

    [Fact]
    public void Valid_utf8_with_a_nul_byte_is_binary()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("header\0\u0001\u0002payload, café");

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes));

        Assert.Contains("NUL", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(1001)]
    public void Ascii_text_with_a_stray_nul_is_binary_not_utf16(int nulAt)
    {
        string text = string.Concat(Enumerable.Repeat("The quick brown fox jumps over the lazy dog. ", 40));
        byte[] bytes = Encoding.ASCII.GetBytes(text);
        bytes[nulAt] = 0;

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes));

        Assert.Equal("binary file (contains NUL bytes), not text", error.Message);
    }

    [Fact]
    public void A_few_bytes_that_happen_to_fit_utf32_are_binary()
    {
        // U+20001 and U+10FF are valid code points, but two of them are no evidence of UTF-32 text.
        byte[] bytes = [0x01, 0x00, 0x02, 0x00, 0xFF, 0x10, 0x00, 0x00];

        Assert.Throws<InputException>(() => TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Control_bytes_without_nuls_are_binary_with_their_share_in_the_message()
    {
        byte[] bytes = [.. Enumerable.Range(0, 100).Select(i => (byte)(i % 4 == 0 ? 0x01 : 'a'))];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes));

        Assert.Equal("binary data: 25% control bytes, not text", error.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52 }, "a PNG image")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00 }, "a ZIP archive")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46 }, "a JPEG image")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00 }, "a GIF image")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00 }, "gzip-compressed data")]
    [InlineData(new byte[] { 0x28, 0xB5, 0x2F, 0xFD, 0x24, 0x05 }, "zstd-compressed data")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00 }, "an ELF executable")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "a PDF document")]
    public void Known_binary_formats_are_named(byte[] header, string what)
    {
        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(header));

        Assert.StartsWith($"binary file (looks like {what}", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("), not text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_is_named_as_a_zip_archive_and_docx_is_mentioned()
    {
        byte[] docx = [0x50, 0x4B, 0x03, 0x04, .. "[Content_Types].xml"u8];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(docx));

        Assert.Contains("DOCX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_merely_mentions_a_format_is_not_binary()
    {
        const string text = "PNG and PK are just letters here; so is GIF.";

        Assert.Equal(text, TextDecoder.Decode(Encoding.UTF8.GetBytes(text)).Text);
    }
}
