using TextPipe.Tests.Cli;
using TextPipe.Tests.Schema;

namespace TextPipe.Tests.Golden;

/// <summary>
/// End-to-end golden tests: the real convert command on the seeds and on samples/, compared with reviewed
/// outputs. Paths are made repository-relative so the files do not depend on where the clone lives.
/// </summary>
public class SeedsAndSamplesGoldenTests
{
    [Fact]
    public void Seeds_convert_to_the_verified_records()
    {
        var run = CliRun.Invoke(["convert", RepoPaths.Seeds, "--jobs", "2"]);

        Assert.Equal(0, run.ExitCode);
        SchemaAssert.ValidJsonLines(run.Output, "document");
        GoldenFile.Verify(RepoRelative.Strip(run.Output), "seeds", "jsonl");
    }

    // samples/README.md says where each sample comes from; it is not a sample itself.
    public static TheoryData<string> Samples() =>
        [.. Directory.GetFiles(RepoPaths.Samples).Select(f => Path.GetFileName(f)).Where(f => f != "README.md").Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Each_sample_converts_to_its_expected_output(string sample)
    {
        var run = CliRun.Invoke(["convert", Path.Combine(RepoPaths.Samples, sample)]);

        Assert.Equal(0, run.ExitCode);
        SchemaAssert.ValidJsonLines(run.Output, "document");
        GoldenFile.VerifyIn(Path.Combine(RepoPaths.Samples, "expected"), RepoRelative.Strip(run.Output), sample, "jsonl");
    }
}
