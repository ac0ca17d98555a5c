using TextPipe.Tests.Cli;

namespace TextPipe.Tests.Golden;

public class RecordRenderingTests
{
    [Fact]
    public void Keeps_each_edit_on_one_line_whatever_its_original_holds()
    {
        Assert.Equal("a⏎b⇥c\\u001B", RecordRendering.Escape("a\nb\tc\u001b"));
    }

    [Fact]
    public void Shows_blocks_with_their_kind_and_continuation_lines_indented()
    {
        // stdin has no extension: Markdown is asked for, so the heading and the code block are recognised.
        var markdown = CliRun.Invoke(["convert", "-", "--format-in", "markdown"], "# Titre\n\nUne phrase en français pour la langue.\n\n```\ncode 1\ncode 2\n```\n"u8.ToArray());

        string rendering = RecordRendering.Render("-", markdown);

        Assert.Equal(0, markdown.ExitCode);
        Assert.Contains("#0 heading1 ", rendering, StringComparison.Ordinal);
        Assert.Contains("| code 1\n    code 2\n", rendering, StringComparison.Ordinal);
        Assert.Contains("--- edits (0)", rendering, StringComparison.Ordinal);
    }
}
