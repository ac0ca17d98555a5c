using TextPipe.Tests.Cli;
using TextPipe.Tests.Schema;

namespace TextPipe.Tests.Golden;

/// <summary>
/// The real-document corpus (samples/real, public files from Debian and npm packages, see samples/README.md) as a
/// regression suite: each file is converted with the CLI's defaults and its rendering (header, clean text, every
/// edit) compared with samples/real/expected/NAME.verified.txt. The verified files record what the tool does today,
/// flaws included; samples/real/review/edits-reviewed.tsv and docs/benchmarks.md say which of it is right.
/// </summary>
public class RealDocumentsGoldenTests
{
    public static TheoryData<string> Documents() => [.. RealCorpus.Files().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Each_real_document_converts_to_its_verified_rendering(string file)
    {
        var run = CliRun.Invoke(["convert", Path.Combine(RealCorpus.Folder, file)]);

        if (run.OutputLines.Length > 0)
        {
            SchemaAssert.ValidJsonLines(run.Output, "document");
        }
        string rendering = RecordRendering.Render(RepoRelative.Strip(Path.Combine(RealCorpus.Folder, file)), RunWithRelativePaths(run));
        GoldenFile.VerifyIn(RealCorpus.Expected, rendering, file, "txt");
    }

    [Fact]
    public void Every_file_of_the_corpus_is_listed_in_the_manifest_and_every_listed_file_exists()
    {
        var listed = RealCorpus.Files();
        var present = Directory.GetFiles(RealCorpus.Folder).Select(Path.GetFileName).OfType<string>()
            .Where(name => !RealCorpus.NotDocuments.Contains(name));

        Assert.Empty(present.Except(listed, StringComparer.Ordinal));
        Assert.DoesNotContain(listed, name => !File.Exists(Path.Combine(RealCorpus.Folder, name)));
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_samples_golden_test_does_not_pick_up_the_real_corpus()
    {
        var samples = SeedsAndSamplesGoldenTests.Samples().Select(row => (string)row.Data);

        Assert.DoesNotContain(samples, name => RealCorpus.Files().Contains(name) || name == "real");
    }

    private static CliRun RunWithRelativePaths(CliRun run) =>
        run with { Output = RepoRelative.Strip(run.Output), Error = RepoRelative.Strip(run.Error) };
}
