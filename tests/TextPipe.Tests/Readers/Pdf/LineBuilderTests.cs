using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

public sealed class LineBuilderTests
{
    /// <summary>Glyphs for <paramref name="text"/> from x, each <paramref name="advance"/> wide, <paramref name="gap"/> apart.</summary>
    private static IEnumerable<PdfGlyph> Run(string text, double x, double y, double advance, double gap = 0, double size = 10)
    {
        foreach (char c in text)
        {
            yield return new PdfGlyph(c.ToString(), x, x + advance, y, size);
            x += advance + gap;
        }
    }

    [Fact]
    public void Letter_spaced_cjk_is_joined_when_the_gaps_are_even()
    {
        // A headline set with 0.6 em between characters, and space glyphs in the gaps as some producers draw.
        var glyphs = Run("乡村振兴", 100, 700, 20, gap: 12, size: 20).ToList();
        glyphs.Add(new PdfGlyph(" ", 120, 126, 700, 20));
        var line = Assert.Single(LineBuilder.Build(glyphs));
        Assert.Equal("乡村振兴", line.Text);
    }

    [Fact]
    public void A_gap_wider_than_the_lines_letter_spacing_keeps_a_space_between_cjk_words()
    {
        var glyphs = Run("本报记者", 100, 700, 10).Concat(Run("陈静", 145, 700, 10)).ToList();
        Assert.Equal("本报记者 陈静", Assert.Single(LineBuilder.Build(glyphs)).Text);
    }

    [Fact]
    public void Korean_words_keep_the_spaces_between_them()
    {
        // Hangul spaces its words: a space glyph (0.2 em) or a gap between syllables is a word space, as in Latin.
        var glyphs = Run("서울의", 100, 700, 10).ToList();
        glyphs.Add(new PdfGlyph(" ", 130, 132, 700, 10));
        glyphs.AddRange(Run("봄", 132, 700, 10));
        glyphs.AddRange(Run("날씨", 144, 700, 10));
        Assert.Equal("서울의 봄 날씨", Assert.Single(LineBuilder.Build(glyphs)).Text);
        // The same spacing between Han characters is letter spacing and joins up.
        var han = Run("中文", 100, 700, 10).ToList();
        han.Add(new PdfGlyph(" ", 120, 122, 700, 10));
        han.AddRange(Run("文本", 122, 700, 10));
        Assert.Equal("中文文本", Assert.Single(LineBuilder.Build(han)).Text);
    }

    [Fact]
    public void Latin_words_part_at_gaps_even_without_space_glyphs()
    {
        // pdfLaTeX draws no spaces: words are separated by a 0.33 em gap; kerning is a small negative gap.
        var glyphs = Run("Wave", 100, 700, 5, gap: -0.3).Concat(Run("form", 123.3, 700, 5)).ToList();
        Assert.Equal("Wave form", Assert.Single(LineBuilder.Build(glyphs)).Text);
    }

    [Fact]
    public void A_gutter_splits_one_baseline_into_two_column_lines()
    {
        var glyphs = Run("左栏文字内容", 50, 700, 10).Concat(Run("右栏文字内容", 125, 700, 10)).ToList();
        var lines = LineBuilder.Build(glyphs);
        Assert.Equal(["左栏文字内容", "右栏文字内容"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Glyphs_drawn_in_any_order_come_out_top_to_bottom_left_to_right()
    {
        var glyphs = Run("second", 100, 680, 5).Concat(Run("first", 100, 700, 5)).Reverse().ToList();
        Assert.Equal(["first", "second"], LineBuilder.Build(glyphs).Select(l => l.Text));
    }

    [Fact]
    public void The_katakana_middle_dot_between_han_becomes_the_interpunct()
    {
        var line = Assert.Single(LineBuilder.Build(Run("乡村・科技", 100, 700, 10).ToList()));
        Assert.Equal("乡村·科技", line.Text);
    }

    [Fact]
    public void First_word_width_is_measured_for_the_paragraph_test()
    {
        var glyphs = Run("ab", 100, 700, 5).Concat(Run("cdef", 115, 700, 5)).ToList();
        var line = Assert.Single(LineBuilder.Build(glyphs));
        Assert.Equal(10, line.FirstWordWidth, precision: 6);
    }
}
