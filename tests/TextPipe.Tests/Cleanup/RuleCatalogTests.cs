using TextPipe.Cleanup;

namespace TextPipe.Tests.Cleanup;

public class RuleCatalogTests
{
    private static readonly RuleCatalog Catalog = ThreeRuleCatalog.Create();

    [Theory]
    [InlineData("minimal", null, "unicode")]
    [InlineData("default", null, "image-links,unicode")]
    [InlineData("strict", null, "image-links,unicode,urls")]
    [InlineData("default", "-image-links,+urls", "unicode,urls")]
    [InlineData("strict", "urls", "urls")]
    public void Profiles_and_rule_specs_choose_the_rules(string profile, string? spec, string expected)
    {
        var options = Catalog.Resolve(profile, spec);
        Assert.Equal(expected, string.Join(",", options.EnabledRules.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Unknown_rule_or_profile_names_the_valid_ones()
    {
        var rule = Assert.Throws<ArgumentException>(() => Catalog.Resolve("default", "+image-link"));
        Assert.Contains("image-links, urls", rule.Message, StringComparison.Ordinal);
        var profile = Assert.Throws<ArgumentException>(() => Catalog.Resolve("aggressive", null));
        Assert.Contains("minimal, default, strict", profile.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rules_with_one_id_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new RuleCatalog([new ThreeRuleCatalog.NamedRule("a", "default"), new ThreeRuleCatalog.NamedRule("a", "strict")]));
    }
}
