using System.Diagnostics;
using System.Text.Json;
using TextPipe.Inputs;
using TextPipe.Tests.Cli;

namespace TextPipe.Tests.Inputs;

/// <summary>Folders with symbolic links, and a FIFO given as an input: trees and pipes built here.</summary>
public class SpecialFileTests
{
    private static List<InputItem> Expand(string folder) =>
        [.. new InputExpander(new InputFilter([], [], includeHidden: false)).Expand([folder])];

    [Fact]
    public void A_symbolic_link_back_to_a_parent_folder_is_reported_once_and_every_file_listed_once()
    {
        using var temp = new TempFolder();
        temp.File("top.txt", "Top.");
        temp.File("sub/inner.txt", "Inner.");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "sub", "self"), Path.Combine(temp.Path, "sub"));

        var items = Expand(temp.Path);

        Assert.Equal(["sub/inner.txt", "top.txt"], items.OfType<FileInput>().Select(f => f.RelativeName));
        var loops = items.OfType<UnreadableInput>().ToList();
        Assert.Equal([Path.Join(temp.Path, "sub/self"), Path.Join(temp.Path, "sub/up")], loops.Select(l => l.Name));
        Assert.All(loops, l => Assert.StartsWith("symbolic link loop", l.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_symbolic_link_to_a_folder_outside_the_tree_or_beside_it_is_followed()
    {
        using var temp = new TempFolder();
        temp.File("shared/notes.txt", "Shared notes.");
        temp.File("tree/own.txt", "Own.");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "tree", "linked"), Path.Combine(temp.Path, "shared"));
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "tree", "again"), Path.Combine(temp.Path, "tree", "linked"));

        var items = Expand(Path.Combine(temp.Path, "tree"));

        Assert.Empty(items.OfType<UnreadableInput>());
        Assert.Equal(["again/notes.txt", "linked/notes.txt", "own.txt"], items.OfType<FileInput>().Select(f => f.RelativeName));
    }

    [Fact]
    public void A_looping_folder_converts_each_file_once_and_fails_with_the_loop_named()
    {
        using var temp = new TempFolder();
        temp.File("a.txt", "The harbour opens at six.");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "loop"), ".");

        var run = CliRun.Invoke(["convert", temp.Path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.OutputLines);
        Assert.Contains(run.ErrorLines, l => l.Contains("loop: symbolic link loop", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_fifo_is_opened_once_and_its_text_converted()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "FIFOs are a Unix thing");
        using var temp = new TempFolder();
        string good = temp.File("good.txt", "A good document first.");
        string fifo = Path.Combine(temp.Path, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }
        // The writer blocks until the program opens the FIFO, writes, and closes: a second open would wait forever.
        var writer = Task.Run(() => File.WriteAllTextAsync(fifo, "Words that came through a pipe.\n", TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        // The time limit turns a regression into a failure here rather than a hang.
        var run = CliRun.Invoke(["convert", good, fifo, "--timeout-per-doc", "20"]);

        await writer.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal("", run.Error.Trim());
        Assert.Equal(0, run.ExitCode);
        var texts = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()).ToList();
        Assert.Equal(["A good document first.", "Words that came through a pipe."], texts);
    }
}
