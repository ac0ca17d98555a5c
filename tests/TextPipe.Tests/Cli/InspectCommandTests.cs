namespace TextPipe.Tests.Cli;

public class InspectCommandTests
{
    [Fact]
    public void Inspect_reports_format_encoding_size_and_blocks_without_colour_when_not_a_terminal()
    {
        using var temp = new TempFolder();
        string file = temp.File("page.md", "# Un titre\n\nPremier paragraphe.\n\n- un\n- deux\n");

        var run = CliRun.Invoke(["inspect", file]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("format    markdown", run.Output, StringComparison.Ordinal);
        Assert.Contains("encoding  utf-8", run.Output, StringComparison.Ordinal);
        Assert.Contains("title     Un titre", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 list_item", run.Output, StringComparison.Ordinal);
        Assert.Contains("Premier paragraphe.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_of_a_missing_file_or_a_directory_fails_with_a_named_error()
    {
        using var temp = new TempFolder();
        var missing = CliRun.Invoke(["inspect", Path.Combine(temp.Path, "nope.txt")]);
        var directory = CliRun.Invoke(["inspect", temp.Path]);

        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nope.txt: no such file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, directory.ExitCode);
        Assert.Contains("is a directory", directory.Error, StringComparison.Ordinal);
    }
}
