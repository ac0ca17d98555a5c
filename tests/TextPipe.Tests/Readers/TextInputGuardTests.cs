using System.Diagnostics;
using TextPipe.Readers;

namespace TextPipe.Tests.Readers;

public class TextInputGuardTests
{
    private static ReaderOptions MaxLine(int chars) => new() { MaxLineChars = chars };

    [Fact]
    public void Zero_bytes_are_an_empty_file()
    {
        var e = Assert.Throws<InputException>(() => TextInputGuard.CheckBytes([]));
        Assert.Equal("empty file", e.Message);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n\n\r\n")]
    [InlineData("\t \u3000\u00A0\n")] // ideographic and no-break spaces are whitespace too
    public void Whitespace_only_text_is_rejected(string text)
    {
        var e = Assert.Throws<InputException>(() => TextInputGuard.CheckText(text, ReaderOptions.Default));
        Assert.Equal("only whitespace, no text", e.Message);
    }

    [Fact]
    public void Empty_text_is_an_empty_file()
    {
        var e = Assert.Throws<InputException>(() => TextInputGuard.CheckText("", ReaderOptions.Default));
        Assert.Equal("empty file", e.Message);
    }

    [Fact]
    public void Two_million_character_line_is_rejected_with_its_number()
    {
        string text = "第一行\r\nsecond line\n" + new string('x', 2_000_000) + "\nlast";
        var e = Assert.Throws<InputException>(() => TextInputGuard.CheckText(text, ReaderOptions.Default));
        Assert.Equal("line 3 is 2,000,000 characters long, over the limit of 1,000,000 (--max-line-chars)", e.Message);
    }

    [Fact]
    public void A_line_exactly_at_the_limit_passes_and_one_more_fails()
    {
        TextInputGuard.CheckText("ab\n" + new string('é', 10) + "\ncd", MaxLine(10));
        var e = Assert.Throws<InputException>(() => TextInputGuard.CheckText("ab\n" + new string('é', 11) + "\ncd", MaxLine(10)));
        Assert.StartsWith("line 2 is 11 characters long, over the limit of 10", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_CR_ends_a_line()
    {
        // Old Mac line ends: three short lines, not one long one.
        TextInputGuard.CheckText("aaaa\rbbbb\rcccc", MaxLine(4));
        var e = Assert.Throws<InputException>(() => TextInputGuard.CheckText("aaaa\rbbbbb\rcccc", MaxLine(4)));
        Assert.StartsWith("line 2 ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_outside_the_BMP_count_once()
    {
        // Ten CJK Extension B characters: 20 UTF-16 units, 10 characters.
        string line = string.Concat(Enumerable.Repeat("\U00020000", 10));
        TextInputGuard.CheckText(line, MaxLine(10));
        Assert.Throws<InputException>(() => TextInputGuard.CheckText(line + "\U00020000", MaxLine(10)));
    }

    [Fact]
    public void Fifty_megabyte_single_line_is_rejected_quickly()
    {
        string text = new('a', 50_000_000);
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<InputException>(() => TextInputGuard.CheckText(text, ReaderOptions.Default));
        watch.Stop();
        Assert.StartsWith("line 1 is 50,000,000 characters long", e.Message, StringComparison.Ordinal);
        Assert.True(watch.ElapsedMilliseconds < 2_000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Many_short_lines_pass()
    {
        string text = string.Concat(Enumerable.Repeat("Une ligne courte.\n", 200_000));
        TextInputGuard.CheckText(text, MaxLine(100));
    }
}
