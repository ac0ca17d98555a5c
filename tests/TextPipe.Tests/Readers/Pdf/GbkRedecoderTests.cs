using System.Text;
using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

public sealed class GbkRedecoderTests
{
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    [Fact]
    public void Gbk_bytes_decode_to_chinese_with_their_byte_spans()
    {
        var decoded = GbkRedecoder.TryDecode(Gbk.GetBytes("中国 A"));
        Assert.NotNull(decoded);
        Assert.Equal([("中", 0, 2), ("国", 2, 2), (" ", 4, 1), ("A", 5, 1)], decoded);
    }

    [Fact]
    public void A_trail_byte_0xAD_read_back_as_hyphen_is_restored()
    {
        // 原 is D4 AD; WinAnsi names 0xAD "hyphen", so the raw code can come back as 0x2D.
        var decoded = GbkRedecoder.TryDecode([0xD4, 0x2D, 0xD4, 0xF2, 0xD4, 0x2D, 0xD4, 0xF2]);
        Assert.Equal("原则原则", string.Concat(decoded!.Select(d => d.Text)));
    }

    [Fact]
    public void French_in_latin1_is_not_taken_for_gbk()
    {
        // "él" happens to be a valid GBK pair, so decoding alone cannot tell; the guard is that accented letters
        // stand alone between ASCII ones, where GBK's lead and trail bytes come in pairs.
        Assert.Null(GbkRedecoder.TryDecode(Encoding.Latin1.GetBytes("Ça été très, très élégant")));
        Assert.False(GbkRedecoder.LooksLikeLatin1Garbage("élève évêque crème brûlée"));
    }

    [Fact]
    public void Latin1_garbage_is_recognised_by_its_paired_high_letters()
    {
        Assert.True(GbkRedecoder.LooksLikeLatin1Garbage("ÖÐ¹úÈËÃñ"));
        Assert.False(GbkRedecoder.LooksLikeLatin1Garbage("中国人民"));
    }
}
