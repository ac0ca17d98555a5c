using TextPipe.Cli;

namespace TextPipe.Tests.Cli;

public class ProgressPolicyTests
{
    [Theory]
    [InlineData(true, false, true, false, true)]   // records piped, stderr on the terminal: progress
    [InlineData(true, true, false, false, true)]   // records to a file (-o), both on the terminal: progress
    [InlineData(true, true, true, false, false)]   // records and progress on one terminal: none, it would glue onto records
    [InlineData(false, false, true, false, false)] // stderr redirected (CI, a log): none
    [InlineData(true, false, true, true, false)]   // --quiet: none
    public void Progress_is_drawn_only_where_it_cannot_mix_with_records(bool errorIsTerminal, bool outputIsTerminal, bool toStdout, bool quiet, bool expected) =>
        Assert.Equal(expected, ProgressPolicy.ShowProgress(errorIsTerminal, outputIsTerminal, toStdout, quiet));

    [Theory]
    [InlineData(1, 0, "1 document done, 0 failed")]
    [InlineData(2, 1, "2 documents done, 1 failed")]
    [InlineData(0, 0, "0 documents done, 0 failed")]
    [InlineData(12345, 7, "12,345 documents done, 7 failed")]
    public void The_progress_line_uses_the_right_plural(int done, int failed, string expected) =>
        Assert.Equal(expected, ProgressPolicy.Line(done, failed));

    [Fact]
    public void Quiet_drops_the_summary_line_but_keeps_each_error()
    {
        using var temp = new TempFolder();
        string good = temp.File("good.txt", "Guten Morgen, wie geht es dir heute?\n");
        string missing = Path.Combine(temp.Path, "missing.txt");

        var loud = CliRun.Invoke(["convert", good, missing]);
        var quiet = CliRun.Invoke(["convert", good, missing, "--quiet"]);

        Assert.Equal(1, quiet.ExitCode);
        Assert.Equal(loud.Output, quiet.Output);
        Assert.Equal(2, loud.ErrorLines.Length);
        Assert.Equal([$"textpipe: {missing}: no such file or directory"], quiet.ErrorLines);
    }
}
