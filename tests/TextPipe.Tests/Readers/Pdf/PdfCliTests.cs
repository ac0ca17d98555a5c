using TextPipe.Tests.Cli;

namespace TextPipe.Tests.Readers.Pdf;

public sealed class PdfCliTests
{
    private static byte[] OnePage(string text)
    {
        using var pdf = new TestPdf();
        pdf.NewPage().Text(text, 60, 700);
        return pdf.Build();
    }

    [Fact]
    public void Bad_pdfs_are_reported_one_line_each_and_the_batch_goes_on()
    {
        using var temp = new TempFolder();
        string good = temp.File("good.pdf", OnePage("Le port a rouvert lundi."));
        string text = temp.File("notes.pdf", "This is a plain note, not a PDF.\n"u8.ToArray());
        var whole = OnePage("Cut in half.");
        string truncated = temp.File("cut.pdf", whole[..(whole.Length / 2)]);
        string empty = temp.File("empty.pdf", []);

        var run = CliRun.Invoke(["convert", text, good, truncated, empty]);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.OutputLines);
        Assert.Contains("Le port a rouvert lundi.", run.Output, StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"textpipe: {truncated}: truncated PDF", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"textpipe: {empty}: ", StringComparison.Ordinal) && l.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"textpipe: {text}: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pdf_is_detected_by_its_magic_bytes_without_its_extension()
    {
        using var temp = new TempFolder();
        string renamed = temp.File("scan.bin", OnePage("Detected by magic bytes."));

        var run = CliRun.Invoke(["convert", renamed]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"format\":\"pdf\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("Detected by magic bytes.", run.Output, StringComparison.Ordinal);
    }
}
