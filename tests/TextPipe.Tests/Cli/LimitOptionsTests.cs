using System.IO.Compression;
using System.Text;
using TextPipe.Cli.Commands;

namespace TextPipe.Tests.Cli;

/// <summary>
/// The limits of issue 12 as command-line options: each is in --help with its default, parses (sizes with K/M/G),
/// rejects nonsense as a usage error naming it, and is enforced with an error naming it.
/// </summary>
public class LimitOptionsTests
{
    [Theory]
    [InlineData("--max-input-bytes", "Default: 512M")]
    [InlineData("--max-decompression-ratio", "Default: 200")]
    [InlineData("--max-line-chars", "Default: 1000000")]
    [InlineData("--max-line-bytes", "Counted in characters after decoding")]
    [InlineData("--max-depth", "Default: 256")]
    [InlineData("--max-blocks", "Default: 10000000")]
    [InlineData("--timeout-per-doc", "Default: 60")]
    public void Each_limit_is_in_help_with_its_default_for_convert_and_inspect(string option, string text)
    {
        foreach (string command in new[] { "convert", "inspect" })
        {
            string help = CliRun.Invoke([command, "--help"]).Output;
            string flat = string.Join(' ', help.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));

            Assert.Contains(option, help, StringComparison.Ordinal);
            Assert.Contains(text, flat, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("1", 1L)]
    [InlineData("64K", 64L << 10)]
    [InlineData("64k", 64L << 10)]
    [InlineData("64KiB", 64L << 10)]
    [InlineData("512M", 512L << 20)]
    [InlineData("512MB", 512L << 20)]
    [InlineData("2G", 2L << 30)]
    [InlineData(" 3000 ", 3000L)]
    public void Sizes_take_binary_suffixes(string text, long bytes)
    {
        Assert.Equal(bytes, SizeArgument.Parse(text, "--max-input-bytes"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("K")]
    [InlineData("-5")]
    [InlineData("1.5M")]
    [InlineData("12X")]
    [InlineData("99999999999G")]
    public void A_size_that_is_not_one_is_a_usage_error_naming_the_option(string text)
    {
        var error = Assert.Throws<TextPipe.Cli.UsageException>(() => SizeArgument.Parse(text, "--max-input-bytes"));

        Assert.StartsWith("--max-input-bytes: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(512L << 20, "512M")]
    [InlineData(3L << 30, "3G")]
    [InlineData(1536, "1536")]
    public void Sizes_are_shown_as_they_are_read(long bytes, string text)
    {
        Assert.Equal(text, SizeArgument.Format(bytes));
        Assert.Equal(bytes, SizeArgument.Parse(SizeArgument.Format(bytes), "-"));
    }

    [Theory]
    [InlineData("--max-input-bytes", "0")]
    [InlineData("--max-input-bytes", "lots")]
    [InlineData("--max-decompression-ratio", "0.5")]
    [InlineData("--max-line-chars", "0")]
    [InlineData("--max-line-bytes", "4G")]
    [InlineData("--max-depth", "0")]
    [InlineData("--max-blocks", "-1")]
    [InlineData("--timeout-per-doc", "-1")]
    public void A_limit_out_of_range_is_a_usage_error_naming_it(string option, string value)
    {
        using var temp = new TempFolder();
        string input = temp.File("a.txt", "Some text.");

        var run = CliRun.Invoke(["convert", input, option, value]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option == "--max-line-bytes" ? "--max-line-chars" : option, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Max_input_bytes_refuses_a_larger_input_and_names_itself_and_the_batch_goes_on()
    {
        using var temp = new TempFolder();
        string big = temp.File("big.txt", new string('a', 40) + "\n" + string.Concat(Enumerable.Repeat("Some words here.\n", 200)));
        string small = temp.File("small.txt", "Small enough.");

        var refused = CliRun.Invoke(["convert", big, small, "--max-input-bytes", "2K"]);
        var accepted = CliRun.Invoke(["convert", big, small, "--max-input-bytes", "4K"]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Single(refused.OutputLines);
        Assert.Contains($"textpipe: {big}: input is 3.4 KiB", refused.Error, StringComparison.Ordinal);
        Assert.Contains("over the limit of 2 KiB (2,048 bytes, --max-input-bytes)", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, accepted.ExitCode);
        Assert.Equal(2, accepted.OutputLines.Length);
    }

    [Fact]
    public void Max_input_bytes_counts_the_decompressed_size_of_a_gzip_input()
    {
        using var temp = new TempFolder();
        var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The same line again.\n", 500))));
        }
        string input = temp.File("same.txt.gz", packed.ToArray());
        Assert.True(packed.Length < 1024);

        var run = CliRun.Invoke(["convert", input, "--max-input-bytes", "1K"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--max-input-bytes", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-line-chars")]
    [InlineData("--max-line-bytes")]
    public void Max_line_refuses_a_longer_line_under_either_name(string option)
    {
        using var temp = new TempFolder();
        string input = temp.File("lines.txt", "Short line.\n" + new string('x', 2000) + "\n");

        var refused = CliRun.Invoke(["convert", input, option, "1K"]);
        var accepted = CliRun.Invoke(["convert", input, option, "2K"]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("over the limit of 1,024 (--max-line-chars)", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, accepted.ExitCode);
    }

    [Fact]
    public void Max_blocks_refuses_one_dataset_row_and_keeps_the_others()
    {
        using var temp = new TempFolder();
        string input = temp.File("rows.jsonl",
            "{\"text\":\"Un.\\n\\nDeux.\"}\n{\"text\":\"一。\\n\\n二。\\n\\n三。\"}\n{\"text\":\"One.\"}\n");

        var run = CliRun.Invoke(["convert", input, "--max-blocks", "2"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
        Assert.Contains("line 2", run.Error, StringComparison.Ordinal);
        Assert.Contains("more than 2 blocks", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_line_applies_to_jsonl_rows()
    {
        using var temp = new TempFolder();
        // Rows are cut off at 4 bytes per character while they are split, in 64 KiB reads: a 300 KB row is over 10K.
        string input = temp.File("rows.jsonl", "{\"text\":\"short\"}\n{\"text\":\"" + new string('y', 300_000) + "\"}\n{\"text\":\"after\"}\n");

        var run = CliRun.Invoke(["convert", input, "--max-line-bytes", "10K"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2", run.Error, StringComparison.Ordinal);
        Assert.Contains("--max-line-chars", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_blocks_refuses_a_document_of_more_blocks_and_names_itself()
    {
        using var temp = new TempFolder();
        string many = temp.File("many.txt", string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"Paragraph {i}.")));

        var refused = CliRun.Invoke(["convert", many, "--max-blocks", "10"]);
        var accepted = CliRun.Invoke(["convert", many, "--max-blocks", "12"]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"textpipe: {many}: more than 10 blocks (paragraphs, cues, cells), over the limit of 10 (--max-blocks)", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, accepted.ExitCode);
    }

    [Fact]
    public void Max_blocks_applies_to_inspect_too()
    {
        using var temp = new TempFolder();
        string many = temp.File("many.md", "# Title\n\nOne.\n\nTwo.\n\nThree.\n");

        var run = CliRun.Invoke(["inspect", many, "--max-blocks", "2"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(--max-blocks)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_reach_the_reader_options_the_readers_enforce()
    {
        var command = new System.CommandLine.Command("x");
        var options = new ReadOptions();
        options.AddTo(command);

        var parse = command.Parse(["--max-input-bytes", "3M", "--max-decompression-ratio", "12.5", "--max-line-bytes", "64K", "--max-depth", "17", "--max-blocks", "900"]);
        var resolved = options.Resolve(parse);

        Assert.Equal(3L << 20, resolved.MaxInputBytes);
        Assert.Equal(12.5, resolved.MaxDecompressionRatio);
        Assert.Equal(64 << 10, resolved.MaxLineChars);
        Assert.Equal(17, resolved.MaxNestingDepth);
        Assert.Equal(900, resolved.MaxBlocks);
    }

    [Fact]
    public void Without_limit_options_the_reader_defaults_hold()
    {
        var command = new System.CommandLine.Command("x");
        var options = new ReadOptions();
        options.AddTo(command);

        var resolved = options.Resolve(command.Parse([]));

        Assert.Equal(TextPipe.Readers.ReaderOptions.Default, resolved);
    }
}
