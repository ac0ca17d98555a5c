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
