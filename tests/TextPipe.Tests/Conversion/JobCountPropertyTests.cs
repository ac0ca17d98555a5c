using CsCheck;
using TextPipe.Tests.Cleanup;
using TextPipe.Tests.Cli;

namespace TextPipe.Tests.Conversion;

/// <summary>
/// The README's promise "the output bytes are the same for any N" as a property: generated batches of mixed-script
/// documents, some of them bad (empty, binary, a dataset with bad rows), give the same stdout and stderr for any --jobs.
/// </summary>
public class JobCountPropertyTests
{
    /// <summary>A file of a batch: its kind picks how the generated paragraphs are written.</summary>
    private static readonly Gen<(int Kind, string[] Paragraphs)> GeneratedFile =
        Gen.Select(Gen.Int[0, 5], RuleConformance.MixedScriptParagraphs);

    [Fact]
    public void Output_and_errors_are_byte_identical_for_any_job_count()
    {
        Gen.Select(GeneratedFile.Array[1, 12], Gen.Int[2, 5]).Sample((files, jobs) =>
        {
            using var temp = new TempFolder();
            for (int i = 0; i < files.Length; i++)
            {
                var (kind, paragraphs) = files[i];
                string name = $"f{i:00}";
                _ = kind switch
                {
                    0 => temp.File(name + ".txt", ""),                                     // empty: fails
                    1 => temp.File(name + ".bin", [0, 1, 2, 0, 0, 255, 0]),                // binary: fails
                    2 => temp.File(name + ".jsonl", string.Concat(paragraphs.Select((p, r) => r % 3 == 2
                        ? "not json\n"
                        : $"{{\"text\":\"{System.Text.Json.JsonEncodedText.Encode(p)}\"}}\n"))),
                    3 => temp.File(name + ".md", "# " + string.Join("\n\n", paragraphs)),
                    _ => temp.File(name + ".txt", string.Join("\n\n", paragraphs)),
                };
            }

            var one = CliRun.Invoke(["convert", temp.Path, "--jobs", "1", "--timeout-per-doc", "0"]);
            var many = CliRun.Invoke(["convert", temp.Path, "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture)], processorCount: jobs);

            Assert.Equal(one.ExitCode, many.ExitCode);
            Assert.Equal(one.Output, many.Output);
            Assert.Equal(one.Error.Replace(temp.Path, "", StringComparison.Ordinal), many.Error.Replace(temp.Path, "", StringComparison.Ordinal));
        }, iter: 25);
    }
}
