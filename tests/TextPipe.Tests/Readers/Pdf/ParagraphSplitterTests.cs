using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

public sealed class ParagraphSplitterTests
{
    private static PdfLine Line(string text, double left, double right, double baseline, double firstWord = 20) =>
        new(text, left, right, baseline, 10, firstWord);

    private static List<string> Split(params PdfLine[] lines)
    {
        var block = new PdfTextBlock(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            block.Add(line);
        }
        var output = new List<PdfParagraph>();
        ParagraphSplitter.Split(block, 1, output);
        return [.. output.Select(p => p.Text)];
    }

    [Fact]
    public void A_short_line_followed_by_a_word_that_would_have_fitted_ends_a_paragraph()
    {
        var paragraphs = Split(
            Line("full line one", 50, 300, 700),
            Line("short end.", 50, 150, 688),
            Line("Next paragraph", 50, 300, 676));
        Assert.Equal(["full line one\nshort end.", "Next paragraph"], paragraphs);
    }

    [Fact]
    public void A_ragged_line_whose_next_word_is_too_long_to_fit_does_not_end_a_paragraph()
    {
        var paragraphs = Split(
            Line("full line one", 50, 300, 700),
            Line("ragged line", 50, 280, 688, firstWord: 40),
            Line("extraordinarily long word", 50, 300, 676, firstWord: 60));
        Assert.Single(paragraphs);
    }

    [Fact]
    public void An_indented_line_starts_a_paragraph_and_a_hyphen_never_ends_one()
    {
        var paragraphs = Split(
            Line("first paragraph is hyphen-", 50, 200, 700),
            Line("ated.", 50, 80, 688, firstWord: 25),
            Line("Indented start", 65, 300, 676),
            Line("of the second.", 50, 300, 664));
        Assert.Equal(["first paragraph is hyphen-\nated.", "Indented start\nof the second."], paragraphs);
    }
}
