using System.Text.Json;
using TextPipe.Tests.Schema;

namespace TextPipe.Tests.Cli;

/// <summary>Output file names, folders, --langs codes, and the choice of fields (--fields, --lean).</summary>
public class OutputOptionsTests
{
    private static readonly byte[] Mixed = "Le conseil municipal a voté le budget.\n\n市议会通过了新的预算方案。\n"u8.ToArray();

    [Theory]
    [InlineData("out.json", ".json")]
    [InlineData("out.xlsx.gz", ".xlsx")]
    public void An_output_extension_we_do_not_write_is_a_usage_error_listing_the_supported_ones(string name, string extension)
    {
        using var temp = new TempFolder();
        string output = Path.Combine(temp.Path, name);

        var run = CliRun.Invoke(["convert", "-", "-o", output], Mixed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"unknown output extension '{extension}'", run.Error, StringComparison.Ordinal);
        Assert.Contains(".jsonl, .ndjson, .csv, .txt", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("out.jsonl.gz")]
    [InlineData("out.csv.zst")]
    [InlineData("out.ndjson")]
    [InlineData("out")]
    public void Supported_extensions_with_or_without_compression_are_written(string name)
    {
        using var temp = new TempFolder();
        string output = Path.Combine(temp.Path, name);

        var run = CliRun.Invoke(["convert", "-", "-o", output], Mixed);

        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(output).Length > 0);
    }

    [Fact]
    public void An_explicit_format_overrides_the_extension()
    {
        using var temp = new TempFolder();
        string output = Path.Combine(temp.Path, "records.dat");

        var run = CliRun.Invoke(["convert", "-", "-o", output, "--format", "jsonl"], Mixed);

        Assert.Equal(0, run.ExitCode);
        SchemaAssert.ValidJsonLines(File.ReadAllText(output), "document");
    }

    [Fact]
    public void Missing_output_folders_are_created_and_a_file_in_the_way_is_a_clear_error()
    {
        using var temp = new TempFolder();
        string nested = Path.Combine(temp.Path, "new", "sub", "out.jsonl");
        string blocker = temp.File("plain-file", "x");
        string blocked = Path.Combine(blocker, "sub", "out.jsonl");

        var created = CliRun.Invoke(["convert", "-", "-o", nested], Mixed);
        var failed = CliRun.Invoke(["convert", "-", "-o", blocked], Mixed);

        Assert.Equal(0, created.ExitCode);
        SchemaAssert.ValidJsonLines(File.ReadAllText(nested), "document");
        Assert.Equal(2, failed.ExitCode);
        Assert.StartsWith($"textpipe: -o {blocked}: cannot create the folder", failed.ErrorLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find a part of the path", failed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xx,yy", "'xx', 'yy'")]
    [InlineData("zh,en,fe", "'fe'")]
    public void Unknown_language_codes_are_a_usage_error_listing_the_valid_codes(string list, string named)
    {
        var run = CliRun.Invoke(["convert", "-", "--langs", list], Mixed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.Contains("valid codes: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(",fr,", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-Hant,en")]
    [InlineData("FR,de")]
    public void Known_codes_in_any_case_or_with_a_script_are_accepted(string list)
    {
        var run = CliRun.Invoke(["convert", "-", "--langs", list], Mixed);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Lean_records_hold_the_text_once_validate_and_are_smaller()
    {
        var full = CliRun.Invoke(["convert", RepoPaths.Seeds]);
        var lean = CliRun.Invoke(["convert", RepoPaths.Seeds, "--lean"]);

        Assert.Equal(0, lean.ExitCode);
        SchemaAssert.ValidJsonLines(lean.Output, "document");
        Assert.Equal(full.OutputLines.Length, lean.OutputLines.Length);
        for (int i = 0; i < full.OutputLines.Length; i++)
        {
            var f = JsonDocument.Parse(full.OutputLines[i]).RootElement;
            var l = JsonDocument.Parse(lean.OutputLines[i]).RootElement;
            Assert.Equal(f.GetProperty("text").GetString(), l.GetProperty("text").GetString());
            Assert.Equal(f.GetProperty("id").GetString(), l.GetProperty("id").GetString());
            Assert.False(l.TryGetProperty("paragraphs", out _));
            Assert.False(l.TryGetProperty("edits", out _));
        }
        Assert.True(lean.Output.Length * 2 < full.Output.Length, $"lean {lean.Output.Length} vs full {full.Output.Length}");
    }

    [Fact]
    public void Fields_chooses_top_level_fields_in_record_order_and_always_keeps_the_id()
    {
        var run = CliRun.Invoke(["convert", "-", "--fields", "text,lang"], Mixed);

        Assert.Equal(0, run.ExitCode);
        SchemaAssert.ValidJsonLines(run.Output, "document");
        var names = JsonDocument.Parse(run.Output).RootElement.EnumerateObject().Select(p => p.Name);
        Assert.Equal(["id", "lang", "text"], names);
    }

    [Fact]
    public void Fields_chooses_csv_columns()
    {
        var run = CliRun.Invoke(["convert", "-", "--format", "csv", "--fields", "lang,chars_out"], Mixed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("id,lang,chars_out", run.OutputLines[0]);
        Assert.Equal(3, run.OutputLines[1].Split(',').Length);
    }

    [Theory]
    [InlineData("--fields", "text,language", "'language'")]
    [InlineData("--fields", "text,chars_in", "'chars_in'")] // a CSV column, not a JSONL field
    [InlineData("--fields", ",", "field names")]
    public void Unknown_fields_are_a_usage_error_listing_the_valid_ones(string option, string value, string named)
    {
        var run = CliRun.Invoke(["convert", "-", option, value], Mixed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lean", "--unit", "sentence")]
    [InlineData("--lean", "--format", "csv")]
    [InlineData("--lean", "--fields", "text")]
    [InlineData("--fields", "text", "--format=txt")]
    public void Fields_and_lean_apply_to_jsonl_or_csv_document_records_only(string a, string b, string c)
    {
        var run = CliRun.Invoke(["convert", "-", a, b, c], Mixed);

        Assert.Equal(2, run.ExitCode);
    }
}
