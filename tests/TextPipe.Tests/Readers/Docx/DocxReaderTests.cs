using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Docx;
using TextPipe.Tests.Cli;
using static TextPipe.Tests.Readers.Docx.TestDocx;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Docx;

public class DocxReaderTests
{
    private static TextPipe.Documents.Document Read(byte[] bytes) => new DocxReader().Read(bytes, Source("docs/report.docx"));

    private static (BlockKind, int, string) KLT(Block b) => (b.Kind, b.Level, b.Text);

    [Fact]
    public void Paragraphs_and_headings_in_body_order_with_levels()
    {
        var doc = Read(Create((body, _) => body.Append(
            Paragraph("Annual report", "Title"),
            Paragraph("Introduction", "Heading1"),
            Paragraph("The harbour handled more cargo."),
            Paragraph("Details", "Heading2"),
            Paragraph("Einzelheiten", "berschrift3"),
            Paragraph("Chapter by outline level", "MyChapter"),
            Paragraph("Inherited outline level", "MySubChapter"),
            Paragraph("Direct outline level", outlineLevel: 1),
            Paragraph("   "))));

        Assert.Equal(
            [
                (BlockKind.Heading, 1, "Annual report"),
                (BlockKind.Heading, 1, "Introduction"),
                (BlockKind.Paragraph, 0, "The harbour handled more cargo."),
                (BlockKind.Heading, 2, "Details"),
                (BlockKind.Heading, 3, "Einzelheiten"),
                (BlockKind.Heading, 1, "Chapter by outline level"),
                (BlockKind.Heading, 1, "Inherited outline level"),
                (BlockKind.Heading, 2, "Direct outline level"),
            ],
            doc.Blocks.Select(KLT));
    }

    [Fact]
    public void The_body_read_element_by_element_keeps_every_kind_in_order_with_the_section_properties_skipped()
    {
        // The body is streamed one top-level element at a time: paragraphs, tables and content controls must come out
        // in body order, the last element too, and what is not content (section properties) must not stop the read.
        var doc = Read(Create((body, _) => body.Append(
            Paragraph("First paragraph of the body."),
            Table(["a1", "b1"]),
            new SdtBlock(new SdtContentBlock(Paragraph("Inside a content control."))),
            new SectionProperties(),
            Paragraph("Last paragraph, after the section properties."))));

        Assert.Equal(
            ["First paragraph of the body.", "a1", "b1", "Inside a content control.", "Last paragraph, after the section properties."],
            doc.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void An_empty_body_is_read_as_no_blocks_not_as_a_missing_body()
    {
        // The reader gives no blocks; the pipeline reports the document empty (tested with the CLI's exit codes).
        Assert.Empty(Read(Create((_, _) => { })).Blocks);
    }

    [Fact]
    public void Numbered_paragraphs_and_list_styles_are_list_items_but_numbered_headings_stay_headings()
    {
        var doc = Read(Create((body, _) => body.Append(
            Paragraph("First point", numId: 3),
            Paragraph("Bullet by style", "ListBullet"),
            Paragraph("Numbering switched off", "ListBullet", numId: 0),
            Paragraph("1. Numbered heading", "Heading1", numId: 2),
            Paragraph("Plain"))));

        Assert.Equal(
            [BlockKind.ListItem, BlockKind.ListItem, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph],
            doc.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void A_numbering_id_or_outline_level_that_is_not_a_number_counts_as_not_given()
    {
        // The afl finding's shape: w:numId w:val="f001"; the SDK's typed value threw on reading it.
        var numbered = Paragraph("Damaged numbering", numId: 3);
        var outlined = Paragraph("Damaged outline level", outlineLevel: 1);
        SetVal(numbered.Descendants<NumberingId>().Single(), "f001");
        SetVal(outlined.Descendants<OutlineLevel>().Single(), "one");

        var doc = Read(Create((body, _) => body.Append(numbered, outlined, Paragraph("First point", numId: 3))));

        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.ListItem], doc.Blocks.Select(b => b.Kind));
        Assert.Equal("Damaged numbering", doc.Blocks[0].Text);
    }

    private static void SetVal(DocumentFormat.OpenXml.OpenXmlElement element, string text) =>
        element.SetAttribute(new DocumentFormat.OpenXml.OpenXmlAttribute("w", "val", "http://schemas.openxmlformats.org/wordprocessingml/2006/main", text));

    [Fact]
    public void Tables_give_one_cell_block_per_cell_row_by_row()
    {
        var doc = Read(Create((body, _) => body.Append(
            Paragraph("Before"),
            Table(["Year", "Tonnes"], ["2023", "1 200"]),
            Paragraph("Table 1: cargo", "Caption"))));

        Assert.Equal(
            [(BlockKind.Paragraph, "Before"), (BlockKind.TableCell, "Year"), (BlockKind.TableCell, "Tonnes"),
             (BlockKind.TableCell, "2023"), (BlockKind.TableCell, "1 200"), (BlockKind.Caption, "Table 1: cargo")],
            doc.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void A_cell_with_several_paragraphs_is_one_block_and_a_nested_table_follows_it()
    {
        var cell = new TableCell(Paragraph("line one"), Paragraph("line two"), Table(["inner"]), new Paragraph());
        var doc = Read(Create((body, _) => body.Append(new Table(new TableRow(cell)))));

        Assert.Equal([(BlockKind.TableCell, "line one\nline two"), (BlockKind.TableCell, "inner")], doc.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Headers_and_footers_are_furniture_around_the_body()
    {
        var doc = Read(Create(
            (body, _) => body.Append(Paragraph("Body text.")),
            header: "Coastal Authority — Internal",
            footer: "Page 1"));

        Assert.Equal(
            [(BlockKind.PageFurniture, "Coastal Authority — Internal"), (BlockKind.Paragraph, "Body text."), (BlockKind.PageFurniture, "Page 1")],
            doc.Blocks.Select(b => (b.Kind, b.Text)));
        Assert.Equal("Body text.", doc.Text);
    }

    [Fact]
    public void A_table_of_contents_is_furniture()
    {
        var doc = Read(Create((body, _) => body.Append(Paragraph("Introduction\t1", "TOC1"), Paragraph("Introduction", "Heading1"))));

        Assert.Equal([BlockKind.PageFurniture, BlockKind.Heading], doc.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Metadata_comes_from_the_core_properties()
    {
        var doc = Read(Create((body, _) => body.Append(Paragraph("Heading in text", "Heading1")), title: "Harbour report 2024", author: "Jane Rivers"));

        Assert.Equal("docx", doc.Metadata.Format);
        Assert.Equal("Harbour report 2024", doc.Metadata.Title);
        Assert.Equal("Jane Rivers", doc.Metadata.Author);
        Assert.Null(doc.Metadata.Encoding);
    }

    [Fact]
    public void Without_a_core_title_the_first_level_one_heading_is_the_title()
    {
        var doc = Read(Create((body, _) => body.Append(Paragraph("Intro"), Paragraph("港口年度报告", "Heading1"))));

        Assert.Equal("港口年度报告", doc.Metadata.Title);
        Assert.Null(doc.Metadata.Author);
    }

    [Fact]
    public void Runs_tabs_breaks_and_tracked_changes_read_as_word_shows_them()
    {
        var paragraph = new Paragraph(
            Run("Deux "),
            new Run(new WordText("mots")),
            new Run(new TabChar(), new WordText("tab")),
            new Run(new Break(), new WordText("ligne")),
            new DeletedRun(new Run(new DeletedText("supprimé"))),
            new InsertedRun(Run(" inséré")),
            new Run(new FieldCode(" PAGE ")),
            new Run(new WordText(" fin")));
        var doc = Read(Create((body, _) => body.Append(paragraph)));

        Assert.Equal("Deux mots\ttab\nligne inséré fin", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void Hyperlinks_keep_their_text_and_are_located_with_their_target()
    {
        var doc = Read(Create((body, main) =>
        {
            var relationship = main.AddHyperlinkRelationship(new Uri("https://example.org/report"), isExternal: true);
            body.Append(new Paragraph(Run("See "), new Hyperlink(Run("the report")) { Id = relationship.Id }, Run(" online.")));
        }));
        var block = Assert.Single(doc.Blocks);

        Assert.Equal("See the report online.", block.Text);
        var link = Assert.Single(block.Inlines);
        Assert.Equal((InlineKind.Link, "the report", "https://example.org/report"), (link.Kind, block.Text.Substring(link.Start, link.Length), link.Target));
    }

    [Fact]
    public void Content_controls_are_read_through()
    {
        var doc = Read(Create((body, _) => body.Append(new SdtBlock(new SdtContentBlock(Paragraph("Inside a control"))))));

        Assert.Equal("Inside a control", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void Same_document_same_id()
    {
        byte[] bytes = Create((body, _) => body.Append(Paragraph("Stable.")));

        Assert.Equal(Read(bytes).Id, Read(bytes).Id);
    }

    [Fact]
    public void Empty_input_is_refused() =>
        Assert.Contains("empty", Assert.Throws<InputException>(() => Read([])).Message, StringComparison.Ordinal);

    [Fact]
    public void A_docx_that_is_really_text_says_so() =>
        Assert.Contains("the file is text", Assert.Throws<InputException>(() => Read(Encoding.UTF8.GetBytes("Just a note.\n"))).Message, StringComparison.Ordinal);

    [Fact]
    public void A_png_named_docx_says_what_it_looks_like() =>
        Assert.Contains("PNG", Assert.Throws<InputException>(() => Read([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])).Message, StringComparison.Ordinal);

    [Fact]
    public void An_encrypted_docx_is_named_as_such()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        Assert.Contains("encrypted", Assert.Throws<InputException>(() => Read(ole)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_docx_is_damaged_or_truncated()
    {
        byte[] full = Create((body, _) => body.Append(Paragraph("Some text that will be cut off.")));

        var e = Assert.Throws<InputException>(() => Read(full[..(full.Length / 2)]));

        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_without_a_word_document_is_not_a_docx()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        var e = Assert.Throws<InputException>(() => Read(stream.ToArray()));

        Assert.Contains("DOCX", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_docx_files_are_reported_and_the_batch_goes_on()
    {
        using var temp = new TempFolder();
        string good = temp.File("good.docx", Create((body, _) => body.Append(Paragraph("Le port a rouvert lundi."))));
        string text = temp.File("notes.docx", "This is a plain note, not a Word file.\n");
        string truncated = temp.File("cut.docx", Create((body, _) => body.Append(Paragraph("Cut.")))[..200]);
        string empty = temp.File("empty.docx", []);

        var run = CliRun.Invoke(["convert", text, good, truncated, empty]);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.OutputLines);
        Assert.Contains("Le port a rouvert lundi.", run.Output, StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"textpipe: {text}: ", StringComparison.Ordinal) && l.Contains("text", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"textpipe: {truncated}: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"textpipe: {empty}: ", StringComparison.Ordinal) && l.Contains("empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_real_docx_is_detected_by_its_content_even_without_its_extension()
    {
        using var temp = new TempFolder();
        string renamed = temp.File("report.bin", Create((body, _) => body.Append(Paragraph("Detected by magic bytes."))));

        var run = CliRun.Invoke(["convert", renamed]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"format\":\"docx\"", run.Output, StringComparison.Ordinal);
    }
}
