using System.IO.Compression;
using System.Text;
using TextPipe.Readers;
using TextPipe.Readers.Docx;
using TextPipe.Tests.Readers.Docx;

namespace TextPipe.Tests.Readers.Hostile;

/// <summary>
/// Inputs the fuzzer found crashing a reader (fuzz/findings/), kept as regression tests, and look-alikes built here:
/// each must now be read or refused with an <see cref="InputException"/>, never escape as another exception.
/// </summary>
public class FuzzFindingTests
{
    public static TheoryData<string> Findings()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(Path.Combine(RepoPaths.Root, "fuzz", "findings"), "*.bin").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_kept_finding_is_read_or_refused_cleanly(string name)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "fuzz", "findings", name));
        string target = name[..name.IndexOf('-', StringComparison.Ordinal)];
        var loader = new DocumentLoader(ReaderOptions.Default);

        var escaped = Record.Exception(() =>
        {
            try
            {
                if (target is "jsonl" or "csv")
                {
                    foreach (var row in loader.ReadRows(new MemoryStream(bytes), SourceInfo.FromPath("finding." + target)))
                    {
                        try { row.Read(); } catch (InputException) { }
                    }
                }
                else
                {
                    loader.Load(bytes, SourceInfo.FromPath("finding." + target));
                }
            }
            catch (InputException)
            {
                // a clean refusal
            }
        });

        Assert.Null(escaped);
    }

    [Fact]
    public void A_jsonl_row_with_bytes_that_are_not_utf8_fails_alone_with_its_reason()
    {
        // Far enough into a UTF-8 file that the encoding was settled on what came before, as in the fuzz finding.
        var rows = new MemoryStream();
        for (int i = 0; i < 2000; i++)
        {
            rows.Write(Encoding.UTF8.GetBytes($"{{\"text\":\"Ligne {i} : le marché ouvre à huit heures, près du quai.\"}}\n"));
        }
        rows.Write([.. "{\"text\":\"caf"u8, 0xC3, 0x28, .. "\"}\n{\"text\":\"troisième\"}\n"u8]);
        var loader = new DocumentLoader(ReaderOptions.Default);

        var outcomes = loader.ReadRows(new MemoryStream(rows.ToArray()), SourceInfo.FromPath("rows.jsonl"))
            .Select(row => { try { return row.Read().Text; } catch (InputException e) { return "error: " + e.Message; } })
            .ToArray();

        Assert.Equal(2002, outcomes.Length);
        Assert.StartsWith("Ligne 0 : le marché", outcomes[0], StringComparison.Ordinal);
        Assert.StartsWith("error: invalid UTF-8 at byte 12 of the row", outcomes[2000], StringComparison.Ordinal);
        Assert.Equal("troisième", outcomes[2001]);
    }

    [Fact]
    public void A_docx_whose_core_properties_are_malformed_xml_is_refused_as_damaged_not_crashed()
    {
        // The fuzz finding's shape: an element of docProps/core.xml whose end tag does not match its start tag.
        byte[] good = TestDocx.Create((body, _) => body.Append(TestDocx.Paragraph("Le port a rouvert ses quais.")), title: "Rapport", author: "Jeanne");
        byte[] damaged = ReplaceEntry(good, "docProps/core.xml",
            "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Rapport</dc:title><dc:eescription>Encore</dc:description></cp:coreProperties>");

        var error = Assert.Throws<InputException>(() => new DocxReader().Read(damaged, SourceInfo.FromPath("rapport.docx")));

        Assert.Contains("malformed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_whose_core_properties_the_packaging_library_rejects_keeps_its_text_and_says_so()
    {
        // The afl finding: System.IO.Packaging threw an ArgumentOutOfRangeException from its own tables on reading its
        // docProps/core.xml, which failed the whole document as an internal error.
        byte[] bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "fuzz", "findings", "docx-crash-990136e807f7ba72.bin"));

        var document = new DocxReader().Read(bytes, SourceInfo.FromPath("finding.docx"));

        Assert.False(string.IsNullOrWhiteSpace(document.Text));
        var flag = Assert.Single(document.Flags, f => f.Code == DocxCoreProperties.UnreadableFlag);
        Assert.Contains("docProps/core.xml", flag.Message, StringComparison.Ordinal);
        Assert.Null(document.Metadata.Author);
    }

    [Fact]
    public void A_docx_with_sound_core_properties_is_read_with_them()
    {
        byte[] good = TestDocx.Create((body, _) => body.Append(TestDocx.Paragraph("Le port a rouvert ses quais.")), title: "Rapport", author: "Jeanne");

        var document = new DocxReader().Read(good, SourceInfo.FromPath("rapport.docx"));

        Assert.Equal("Jeanne", document.Metadata.Author);
        Assert.Contains("Le port a rouvert ses quais.", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Flags, f => f.Code == DocxCoreProperties.UnreadableFlag);
    }

    private static byte[] ReplaceEntry(byte[] zip, string entryName, string content)
    {
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry(entryName) ?? archive.CreateEntry(entryName);
            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(entryName).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }
        return stream.ToArray();
    }
}
