using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

/// <summary>Vertical (tategaki) pages: found by geometry, read column by column from the right.</summary>
public sealed class VerticalTextTests
{
    /// <summary>Columns from x = <paramref name="right"/> leftwards, <paramref name="pitch"/> apart, characters one em apart downwards.</summary>
    private static List<PdfGlyph> Columns(double right, double pitch, params string[] columns)
    {
        var glyphs = new List<PdfGlyph>();
        double x = right;
        foreach (string column in columns)
        {
            double y = 700;
            foreach (char c in column)
            {
                glyphs.Add(new PdfGlyph(c.ToString(), x, x + 10, y, 10));
                y -= 10;
            }
            x -= pitch;
        }
        return glyphs;
    }

    /// <summary>Horizontal lines, glyphs side by side, lines <paramref name="pitch"/> apart: Chinese set on a grid.</summary>
    private static List<PdfGlyph> Rows(double pitch, params string[] rows)
    {
        var glyphs = new List<PdfGlyph>();
        double y = 700;
        foreach (string row in rows)
        {
            double x = 100;
            foreach (char c in row)
            {
                glyphs.Add(new PdfGlyph(c.ToString(), x, x + 10, y, 10));
                x += 10;
            }
            y -= pitch;
        }
        return glyphs;
    }

    [Fact]
    public void Stacked_cjk_columns_are_found_and_read_right_to_left()
    {
        var glyphs = Columns(300, 18, "政府は新しい計画を", "来年から実施する。", "詳細は後日発表。");
        var split = VerticalText.Split(glyphs);
        Assert.NotNull(split);
        Assert.Empty(split.Value.Others);
        var lines = LineBuilder.Build([.. split.Value.Columns.Select(VerticalText.Turn)]);
        Assert.Equal(["政府は新しい計画を", "来年から実施する。", "詳細は後日発表。"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Horizontal_chinese_on_a_tight_grid_is_not_vertical()
    {
        // Every glyph has one right below it (pitch 1.2 em), but also neighbours at its side.
        Assert.Null(VerticalText.Split(Rows(12, "国务院关于推进科技创新的意见", "各省自治区直辖市人民政府国务", "院各部委各直属机构现将意见印")));
        Assert.Null(VerticalText.Split(Rows(10, "一二三四五六七八", "九十百千万亿兆京")));
    }

    [Fact]
    public void A_short_stacked_label_or_latin_columns_do_not_make_a_vertical_page()
    {
        var label = Columns(500, 18, "注意");
        label.AddRange(Rows(14, "这是一段横排的正文文字，内容很长。", "第二行也是横排的正文文字内容。"));
        Assert.Null(VerticalText.Split(label));
        Assert.Null(VerticalText.Split(Columns(300, 18, "ABCDEFGHIJ", "KLMNOPQRST")));
    }

    [Fact]
    public void A_latin_list_with_dash_bullets_stacked_at_the_margin_is_not_vertical()
    {
        // "—" bullets one line apart, each followed by its item after a gap wider than a word space.
        var glyphs = new List<PdfGlyph>();
        string[] items = ["csquotes : guillemets", "hyperref : liens", "memoir : classe", "babel : langues", "biblatex : références", "geometry : marges", "fontspec : polices", "xcolor : couleurs", "tikz : figures", "booktabs : tableaux"];
        double y = 700;
        foreach (string item in items)
        {
            glyphs.Add(new PdfGlyph("\u2014", 72, 82, y, 10));
            double x = 90;
            foreach (char c in item)
            {
                glyphs.Add(new PdfGlyph(c.ToString(), x, x + 5, y, 10));
                x += 5;
            }
            y -= 12;
        }

        Assert.Null(VerticalText.Split(glyphs));
    }

    [Fact]
    public void A_vertical_japanese_pdf_is_flagged_and_read_column_by_column()
    {
        var bytes = File.ReadAllBytes(Path.Combine(ReaderTestKit.RepoRoot(), "tests", "TextPipe.Tests", "Readers", "Pdf", "Files", "vertical-japanese.pdf"));
        var document = new PdfReader(ReaderOptions.Default, ocr: null).Read(bytes, ReaderTestKit.Source("v.pdf"));

        string text = string.Concat(document.ContentBlocks.Select(b => b.Text)).Replace("\n", "", StringComparison.Ordinal);
        Assert.Equal("第一条 この法律は、公布の日から施行する。第二条 前条の規定は、次に掲げる者に適用する。第三条 大臣は、毎年その結果を公表する。", text);
        var flag = Assert.Single(document.Flags);
        Assert.Equal(("pdf-vertical-text", "page 1: vertical text, read in columns from right to left"), (flag.Code, flag.Message));
    }
}
