using System.Reflection;
using System.Text.RegularExpressions;
using TextPipe.Cli;

namespace TextPipe.Tests.Cli;

/// <summary>Options promised in the README are in --help, and the version comes from git.</summary>
public partial class CliPromisesTests
{
    [Theory]
    [InlineData("convert", "--allow-empty")]
    [InlineData("convert", "--encoding")]
    [InlineData("convert", "--fields")]
    [InlineData("convert", "--lean")]
    [InlineData("convert", "--quiet")]
    [InlineData("convert", "parent folders are created")]
    [InlineData("inspect", "--row")]
    [InlineData("convert", "--fullwidth-latin")]
    [InlineData("inspect", "--fullwidth-latin")]
    [InlineData("inspect", "--allow-empty")]
    [InlineData("convert", "Exit codes: 0 success; 1 an input failed")]
    [InlineData("inspect", "2 usage error")]
    public void Help_lists_the_option(string command, string text)
    {
        var run = CliRun.Invoke([command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(text, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tool_version_counts_commits_when_built_from_a_git_checkout()
    {
        string version = typeof(TextPipeApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        bool fromGit = Path.Exists(Path.Combine(Schema.SchemaFiles.RepositoryRoot, ".git"));

        Assert.Matches(fromGit ? DevVersion() : ReleaseVersion(), version);
    }

    [GeneratedRegex(@"^0\.1\.0-dev\.[1-9][0-9]*(\+[0-9a-f]{7,40})?$")]
    private static partial Regex DevVersion();

    [GeneratedRegex(@"^0\.1\.0(\+[0-9a-f]{7,40})?$")]
    private static partial Regex ReleaseVersion();
}
