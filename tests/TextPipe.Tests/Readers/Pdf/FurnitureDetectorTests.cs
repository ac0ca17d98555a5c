using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

public sealed class FurnitureDetectorTests
{
    private static PdfParagraph Paragraph(string text, double baseline, int page) =>
        new([new PdfLine(text, 60, 60 + text.Length * 5, baseline, 10, 20)], page);

    private static PdfPageLayout Page(int number, params PdfParagraph[] paragraphs) => new(number, 0, 842, [.. paragraphs]);

    [Fact]
    public void A_footer_with_changing_page_numbers_is_furniture_on_every_page()
    {
        var footers = Enumerable.Range(1, 3).Select(n => Paragraph($"— 第 {n} 页 · Page {n} —", 30, n)).ToList();
        var pages = Enumerable.Range(1, 3).Select(n => Page(n, Paragraph($"正文第{n}段。", 500, n), footers[n - 1])).ToList();
        var furniture = FurnitureDetector.Find(pages);
        Assert.Equal(3, furniture.Count);
        Assert.All(footers, f => Assert.Contains(f, furniture));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("- 12 -")]
    [InlineData("Page 3 of 9")]
    [InlineData("第 3 页")]
    [InlineData("iv")]
    [InlineData("１")]
    public void A_lone_page_number_at_an_edge_is_furniture_even_on_one_page(string folio)
    {
        var number = Paragraph(folio, 800, 1);
        var furniture = FurnitureDetector.Find([Page(1, number, Paragraph("Body text of the page.", 500, 1))]);
        Assert.Contains(number, furniture);
    }

    [Fact]
    public void A_number_in_the_middle_of_the_page_is_not_furniture()
    {
        var number = Paragraph("42", 420, 1);
        var furniture = FurnitureDetector.Find([Page(1, Paragraph("Top line.", 800, 1), number, Paragraph("Bottom line.", 40, 1))]);
        Assert.DoesNotContain(number, furniture);
    }

    [Fact]
    public void A_heading_at_the_top_of_one_page_only_is_not_furniture()
    {
        var heading = Paragraph("Chapter One: The Harbour", 800, 1);
        var furniture = FurnitureDetector.Find([Page(1, heading, Paragraph("Body.", 500, 1)), Page(2, Paragraph("Other body.", 500, 2))]);
        Assert.Empty(furniture);
    }
}
