using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Docx;
using static TextPipe.Tests.Readers.Docx.TestDocx;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Docx;

/// <summary>Footnotes and endnotes are the author's text and are kept; review comments stay out but leave a flag.</summary>
public class DocxNotesAndCommentsTests
{
    private static TextPipe.Documents.Document Read(byte[] bytes) => new DocxReader().Read(bytes, Source("docs/notes.docx"));

    [Fact]
    public void Footnotes_and_endnotes_follow_the_body_and_separators_are_left_out()
    {
        var doc = Read(Create((body, main) =>
        {
            body.Append(Paragraph("Le port a traité plus de marchandises cette année."), Paragraph("港口今年的吞吐量创新高。"));
            var footnotes = main.AddNewPart<FootnotesPart>();
            var separator = new Footnote { Id = -1, Type = FootnoteEndnoteValues.Separator };
            separator.Append(Paragraph("----"));
            var first = new Footnote { Id = 1 };
            first.Append(Paragraph(" Chiffres provisoires de la capitainerie."));
            footnotes.Footnotes = new Footnotes(separator, first);
            var endnotes = main.AddNewPart<EndnotesPart>();
            var end = new Endnote { Id = 1 };
            end.Append(Paragraph("数据来源：港务局。"));
            endnotes.Endnotes = new Endnotes(end);
        }));

        Assert.Equal(
            ["Le port a traité plus de marchandises cette année.", "港口今年的吞吐量创新高。", "Chiffres provisoires de la capitainerie.", "数据来源：港务局。"],
            doc.Blocks.Select(b => b.Text));
        Assert.DoesNotContain(doc.Flags, f => f.Code == ReaderFlagCodes.DroppedText);
    }

    [Fact]
    public void Review_comments_stay_out_of_the_text_with_a_flag_saying_how_much()
    {
        var doc = Read(Create((body, main) =>
        {
            body.Append(Paragraph("The committee approved the budget."));
            var comments = main.AddNewPart<WordprocessingCommentsPart>();
            comments.Comments = new Comments(
                new Comment(Paragraph("Check the figure with finance.")) { Id = "0", Author = "A" },
                new Comment(Paragraph("À vérifier.")) { Id = "1", Author = "B" });
        }));

        Assert.Equal(["The committee approved the budget."], doc.Blocks.Select(b => b.Text));
        var flag = Assert.Single(doc.Flags, f => f.Code == ReaderFlagCodes.DroppedText);
        Assert.Contains("2 review comments with 41 characters", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_notes_or_comments_has_no_such_blocks_or_flags()
    {
        var doc = Read(Create((body, _) => body.Append(Paragraph("Only the body."))));

        Assert.Equal(["Only the body."], doc.Blocks.Select(b => b.Text));
        Assert.Empty(doc.Flags);
    }
}
