using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using TextPipe.Documents;
using TextPipe.Language;
using TextPipe.Readers;
using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

/// <summary>OCR languages chosen from the scripts a document shows, and a flag naming the package when one is missing.</summary>
public sealed class OcrLanguageTests
{
    private static readonly HashSet<string> ChineseEnglishFrench = ["chi_sim", "eng", "fra", "osd"];

    [Fact]
    public void Korean_without_korean_data_is_reported_with_its_package_and_read_with_what_is_installed()
    {
        var (languages, missing) = TesseractLanguages.Choose(ChineseEnglishFrench, [WritingSystem.Hangul]);
        Assert.Equal(new MissingOcrScript(WritingSystem.Hangul, "tesseract-ocr-kor"), Assert.Single(missing));
        Assert.Equal("chi_sim+eng+fra", languages);
    }

    [Fact]
    public void Languages_follow_the_scripts_at_most_two_per_script()
    {
        HashSet<string> installed = ["chi_sim", "chi_tra", "eng", "fra", "deu", "kor", "rus", "osd"];
        Assert.Equal(("kor", 0), Summary(TesseractLanguages.Choose(installed, [WritingSystem.Hangul])));
        Assert.Equal(("chi_sim+chi_tra+eng+fra", 0), Summary(TesseractLanguages.Choose(installed, [WritingSystem.Han, WritingSystem.Latin])));
        Assert.Equal(("rus", 0), Summary(TesseractLanguages.Choose(installed, [WritingSystem.Cyrillic])));
        // Nothing known about the page (a scan): every installed language we know, never osd.
        Assert.Equal(("chi_sim+chi_tra+kor+eng+fra+deu+rus", 0), Summary(TesseractLanguages.Choose(installed, [])));
    }

    [Fact]
    public void Japanese_kana_need_japanese_data_even_when_chinese_reads_the_han()
    {
        var (languages, missing) = TesseractLanguages.Choose(ChineseEnglishFrench, [WritingSystem.Han, WritingSystem.Kana]);
        Assert.Equal("chi_sim", languages);
        Assert.Equal("tesseract-ocr-jpn", Assert.Single(missing).Package);
        Assert.Equal("tesseract-ocr-ell", Assert.Single(TesseractLanguages.Choose(ChineseEnglishFrench, [WritingSystem.Greek]).Missing).Package);
    }

    [Fact]
    public void Script_evidence_needs_a_few_letters_not_a_stray_symbol()
    {
        Assert.Equal([WritingSystem.Hangul], DocumentScripts.Of(["서울 안내", "2024 — 12 %"]));
        Assert.Equal([WritingSystem.Latin, WritingSystem.Han], DocumentScripts.Of(["Rapport annuel 2023", "年度报告"]));
        string english = string.Concat(Enumerable.Repeat("The report covers the year. ", 10));
        Assert.Equal([WritingSystem.Latin], DocumentScripts.Of([english + "한 中"]));
        Assert.Empty(DocumentScripts.Of(["12 345", ""]));
    }

    [Fact]
    public void The_reader_asks_ocr_for_the_documents_scripts_and_flags_the_missing_language()
    {
        var ocr = new ScriptRecordingOcr();
        var document = new PdfReader(ReaderOptions.Default, ocr).Read(KoreanWithoutTextLayer(), ReaderTestKit.Source("ko.pdf"));

        // The page has no usable text layer; the Korean title is the evidence.
        Assert.Equal([WritingSystem.Hangul], ocr.Scripts);
        var flag = Assert.Single(document.Flags);
        Assert.Equal("ocr-language-missing", flag.Code);
        Assert.Equal("page 1: the document has Hangul text but no OCR language data for it is installed: install tesseract-ocr-kor (read with eng instead)", flag.Message);
        Assert.Equal("recognised", Assert.Single(document.ContentBlocks).Text);
    }

    [Fact]
    public void With_tesseract_and_korean_data_a_korean_page_without_text_layer_is_read_in_korean()
    {
        var installed = InstalledLanguages();
        Assert.SkipUnless(installed is not null && HasTool("pdftoppm"), "needs tesseract and pdftoppm (Debian tesseract-ocr, poppler-utils)");
        Assert.SkipUnless(installed!.Contains("kor"), "needs Korean OCR data (Debian tesseract-ocr-kor)");
        var document = new PdfReader(ReaderOptions.Default with { Ocr = true }).Read(KoreanWithoutTextLayer(), ReaderTestKit.Source("ko.pdf"));

        Assert.DoesNotContain(document.Flags, f => f.Code is "ocr-language-missing" or "needs-ocr" or "ocr-unavailable");
        string text = string.Concat(document.ContentBlocks.Select(b => b.Text));
        Assert.True(text.Count(c => c is >= '\uAC00' and <= '\uD7A3') >= 20, $"expected Korean text, got: {text} flags: {string.Join("; ", document.Flags.Select(f => f.Message))} blocks: {document.Blocks.Length}");
    }

    [Fact]
    public void With_tesseract_but_no_korean_data_the_korean_page_is_flagged()
    {
        var installed = InstalledLanguages();
        Assert.SkipUnless(installed is not null && HasTool("pdftoppm"), "needs tesseract and pdftoppm (Debian tesseract-ocr, poppler-utils)");
        Assert.SkipWhen(installed!.Contains("kor"), "Korean OCR data is installed (Debian tesseract-ocr-kor): the flag cannot be seen");
        var document = new PdfReader(ReaderOptions.Default with { Ocr = true }).Read(KoreanWithoutTextLayer(), ReaderTestKit.Source("ko.pdf"));

        Assert.Contains(document.Flags, f => f.Code == "ocr-language-missing" && f.Message.Contains("tesseract-ocr-kor", StringComparison.Ordinal));
    }

    /// <summary>korean-lines.pdf with its ToUnicode map hidden (renamed, the length kept): glyph numbers only, a Korean title.</summary>
    private static byte[] KoreanWithoutTextLayer()
    {
        var bytes = File.ReadAllBytes(Path.Combine(ReaderTestKit.RepoRoot(), "tests", "TextPipe.Tests", "Readers", "Pdf", "Files", "korean-lines.pdf"));
        byte[] key = Encoding.ASCII.GetBytes("/ToUnicode");
        int at = bytes.AsSpan().IndexOf(key);
        Assert.True(at >= 0);
        bytes[at + key.Length - 1] = (byte)'X';
        return bytes;
    }

    private static (string, int) Summary((string Languages, IReadOnlyList<MissingOcrScript> Missing) choice) => (choice.Languages, choice.Missing.Count);

    private static HashSet<string>? InstalledLanguages()
    {
        string? listed = RunTool("tesseract", "--list-langs");
        return listed?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
    }

    private static bool HasTool(string tool) => RunTool(tool, "-v") is not null;

    private static string? RunTool(string tool, string argument)
    {
        try
        {
            var start = new ProcessStartInfo(tool, argument) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Records the scripts it is asked for and reports every one as missing, as an engine with only English would.</summary>
    private sealed class ScriptRecordingOcr : IPageOcr
    {
        public List<WritingSystem> Scripts { get; } = [];

        public string Recognize(ReadOnlyMemory<byte> pdf, int page) => throw new InvalidOperationException("the reader must say which scripts it expects");

        public OcrResult Recognize(ReadOnlyMemory<byte> pdf, int page, IReadOnlyCollection<WritingSystem> scripts)
        {
            Scripts.AddRange(scripts);
            return new OcrResult("recognised", "eng", [.. scripts.Select(s => new MissingOcrScript(s, TesseractLanguages.PackageFor(s) ?? "?"))]);
        }
    }
}
