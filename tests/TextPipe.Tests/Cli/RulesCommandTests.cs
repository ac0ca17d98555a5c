using TextPipe.Cleanup;

namespace TextPipe.Tests.Cli;

public class RulesCommandTests
{
    [Fact]
    public void Rules_lists_every_catalog_rule_in_order_with_its_summary()
    {
        var run = CliRun.Invoke(["rules"]);
        var catalog = DefaultRules.CreateCatalog();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(catalog.Rules.Length, run.OutputLines.Length);
        for (int i = 0; i < catalog.Rules.Length; i++)
        {
            Assert.StartsWith(catalog.Rules[i].Descriptor.Id + " ", run.OutputLines[i], StringComparison.Ordinal);
            Assert.EndsWith(catalog.Rules[i].Descriptor.Summary, run.OutputLines[i], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--rules", "+no-such-rule", "unknown rule 'no-such-rule'")]
    [InlineData("--profile", "aggressive", "aggressive")]
    [InlineData("--garbled-numbers", "fix", "fix")]
    [InlineData("--urls", "hide", "hide")]
    public void Unknown_rules_profiles_and_policies_are_usage_errors(string option, string value, string expected)
    {
        var run = CliRun.Invoke(["convert", RepoPaths.Seeds, option, value]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }
}

public class RulesFileOptionTests
{
    [Fact]
    public void A_bad_rules_file_is_a_usage_error_naming_the_file()
    {
        using var temp = new TempFolder();
        string rules = temp.File("rules.yaml", "urls: hide\n");

        var run = CliRun.Invoke(["convert", RepoPaths.Seeds, "--rules-file", rules]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("rules.yaml: 'urls' cannot be 'hide'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_line_profile_wins_over_the_rules_file()
    {
        using var temp = new TempFolder();
        string rules = temp.File("rules.yaml", "profile: nonsense\n");

        var fromFile = CliRun.Invoke(["convert", RepoPaths.Seeds, "--rules-file", rules]);
        var overridden = CliRun.Invoke(["convert", RepoPaths.Seeds, "--rules-file", rules, "--profile", "minimal"]);

        Assert.Equal(2, fromFile.ExitCode);
        Assert.Contains("unknown profile 'nonsense'", fromFile.Error, StringComparison.Ordinal);
        Assert.Equal(0, overridden.ExitCode);
    }
}
