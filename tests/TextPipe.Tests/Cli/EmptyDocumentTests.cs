using System.Text.Json;
using DocumentFormat.OpenXml.Wordprocessing;
using TextPipe.Tests.Readers.Docx;
using TextPipe.Tests.Readers.Pdf;
using TextPipe.Tests.Schema;

namespace TextPipe.Tests.Cli;

public class EmptyDocumentTests
{
    private static byte[] ImageOnlyPdf()
    {
        using var pdf = new TestPdf();
        pdf.NewPage().Image();
        return pdf.Build();
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_an_error_naming_the_reason_and_allow_empty_writes_it()
    {
        using var temp = new TempFolder();
        string scan = temp.File("scan.pdf", ImageOnlyPdf());

        var strict = CliRun.Invoke(["convert", scan]);
        var allowed = CliRun.Invoke(["convert", scan, "--allow-empty"]);

        Assert.Equal(1, strict.ExitCode);
        Assert.Equal("", strict.Output);
        Assert.StartsWith($"textpipe: {scan}: empty document (needs-ocr: page 1: ", strict.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Equal("", allowed.Error);
        SchemaAssert.ValidJsonLines(allowed.Output, "document");
        var record = JsonDocument.Parse(allowed.Output).RootElement;
        Assert.Equal("", record.GetProperty("text").GetString());
        Assert.Equal("needs-ocr", record.GetProperty("flags")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void A_docx_of_empty_table_cells_is_an_error_and_a_docx_with_text_is_not()
    {
        using var temp = new TempFolder();
        string empty = temp.File("empty.docx", TestDocx.Create((body, _) => body.Append(TestDocx.Table(["", " "], ["", ""]))));
        string full = temp.File("full.docx", TestDocx.Create((body, _) => body.Append(TestDocx.Table(["Preis", "Menge"], ["4,20 €", "3"]))));

        var run = CliRun.Invoke(["convert", empty, full]);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.OutputLines);
        Assert.Contains("Preis", run.Output, StringComparison.Ordinal);
        Assert.Contains($"textpipe: {empty}: empty document (the docx reader found no text; --allow-empty writes it anyway)", run.ErrorLines);
    }

    [Fact]
    public void A_frameset_page_is_an_error_naming_the_file_and_its_frames_and_the_batch_goes_on()
    {
        using var temp = new TempFolder();
        string frames = temp.File("archiv.html", "<html><head><title>Archiv</title></head><frameset cols=\"30%,70%\"><frame src=\"nav.htm\"><frame src=\"text.htm\"></frameset></html>");
        string page = temp.File("seite.html", "<html><body><p>Der Hafen öffnet um sechs Uhr.</p></body></html>");

        var run = CliRun.Invoke(["convert", frames, page]);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.OutputLines);
        Assert.Contains("Der Hafen", run.Output, StringComparison.Ordinal);
        Assert.StartsWith($"textpipe: {frames}: empty document (html-frameset: frameset page without text of its own; its text is in 2 frame documents: nav.htm, text.htm", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_dataset_row_is_an_error_naming_file_and_line_unless_allowed()
    {
        using var temp = new TempFolder();
        string csv = temp.File("avis.csv", "id,text\n1,Très bon hôtel.\n2,\"  \"\n3,服务很好。\n");

        var strict = CliRun.Invoke(["convert", csv, "--format", "txt"]);
        var allowed = CliRun.Invoke(["convert", csv, "--allow-empty"]);

        Assert.Equal(1, strict.ExitCode);
        Assert.Equal($"textpipe: {csv}: line 3: empty document (field \"text\" is empty; --allow-empty writes it anyway)", strict.ErrorLines[0]);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Equal(3, allowed.OutputLines.Length);
        SchemaAssert.ValidJsonLines(allowed.Output, "document");
        Assert.Equal("", JsonDocument.Parse(allowed.OutputLines[1]).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Cleanup_that_leaves_little_text_is_not_an_empty_document()
    {
        // Only reading decides: a short text is still a document.
        var run = CliRun.Invoke(["convert", "-"], "Ok.\n"u8.ToArray());

        Assert.Equal(0, run.ExitCode);
        Assert.Single(run.OutputLines);
    }

    [Fact]
    public void Inspect_reports_an_empty_document_the_same_way()
    {
        using var temp = new TempFolder();
        string scan = temp.File("scan.pdf", ImageOnlyPdf());

        var run = CliRun.Invoke(["inspect", scan]);
        var allowed = CliRun.Invoke(["inspect", scan, "--allow-empty"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty document (needs-ocr", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("needs-ocr", allowed.Output, StringComparison.Ordinal);
    }
}
