using System.Text.RegularExpressions;

namespace TextPipe.Tests.Build;

/// <summary>
/// Every regex in src/ is source-generated ([GeneratedRegex]): a regex built at run time is parsed (and with
/// RegexOptions.Compiled, emitted and JIT-compiled) in every process, which made a one-file run about 0.5 s
/// slower (docs/benchmarks.md, "Start-up"), and the native build can only interpret it.
/// </summary>
public partial class GeneratedRegexTests
{
    /// <summary>
    /// Files whose regexes cannot be known at build time, with why. JSON Schema's <c>pattern</c> comes from the user's
    /// schema file (<c>check</c>'s json-schema rule); it is built only when a schema uses it.
    /// </summary>
    private static readonly string[] PatternsFromUserData = [Path.Combine("src", "TextPipe", "Validation", "JsonSchema.cs")];

    [Fact]
    public void No_regex_in_src_is_built_at_run_time()
    {
        var offenders =
            from file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            where !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            where !PatternsFromUserData.Contains(Path.GetRelativePath(RepoPaths.Root, file))
            from line in File.ReadLines(file).Select((text, index) => (text, number: index + 1))
            where BuildsRegexAtRunTime(line.text)
            select $"{Path.GetRelativePath(RepoPaths.Root, file)}:{line.number}: {line.text.Trim()}";

        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("    private static readonly Regex Words = new Regex(@\"\\w+\");", true)]
    [InlineData("    Regex words = new(@\"\\w+\", RegexOptions.Compiled);", true)]
    [InlineData("        if (Regex.IsMatch(line, \"^#\"))", true)]
    [InlineData("        string s = Regex.Replace(text, \"\\\\s+\", \" \");", true)]
    [InlineData("    [GeneratedRegex(@\"^\\w+\", RegexOptions.IgnoreCase)]", false)]
    [InlineData("    private static partial Regex Words();", false)]
    [InlineData("        if (HeadingRegex().IsMatch(line))", false)]
    [InlineData("    // not RegexOptions.Compiled: every process would build it", false)]
    [InlineData("    /// <see cref=\"Regex.Match(string)\"/>", false)]
    public void The_check_tells_a_run_time_regex_from_a_generated_one(string line, bool runTime)
    {
        Assert.Equal(runTime, BuildsRegexAtRunTime(line));
    }

    private static bool BuildsRegexAtRunTime(string line)
    {
        string code = line.TrimStart();
        return !code.StartsWith("//", StringComparison.Ordinal) && RunTimeRegex().IsMatch(code);
    }

    // new Regex(…), a target-typed new(…) with regex options, RegexOptions.Compiled, and the static helpers
    // that build (and cache) a regex from a pattern string.
    [GeneratedRegex(@"\bnew\s+Regex\s*\(|\bnew\s*\([^)]*RegexOptions|RegexOptions\.Compiled|(?<![\w.])Regex\.(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches|EnumerateSplits)\s*\(")]
    private static partial Regex RunTimeRegex();
}
