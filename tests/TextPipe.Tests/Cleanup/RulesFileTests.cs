using TextPipe.Cleanup;

namespace TextPipe.Tests.Cleanup;

public class RulesFileTests
{
    private static readonly RuleCatalog Catalog = ThreeRuleCatalog.Create();

    [Fact]
    public void Yaml_sets_profile_rules_and_policies()
    {
        var file = RulesFile.Parse("profile: strict\nrules: [-urls]\ngarbled_numbers: flag\nurls: mask\nkeep_french_spacing: false\n");
        var options = file.Resolve(Catalog, "default");

        Assert.Equal("strict", options.Profile);
        Assert.Equal(["image-links", "unicode"], options.EnabledRules.Order(StringComparer.Ordinal));
        Assert.Equal(GarbledNumbersPolicy.Flag, options.GarbledNumbers);
        Assert.Equal(UrlPolicy.Mask, options.Urls);
        Assert.False(options.KeepFrenchSpacing);
    }

    [Theory]
    [InlineData("fullwidth_latin: all", FullWidthLatinPolicy.All)]
    [InlineData("fullwidth_latin: keep", FullWidthLatinPolicy.Keep)]
    [InlineData("profile: minimal\nfullwidth_latin: chinese", FullWidthLatinPolicy.Chinese)]
    [InlineData("profile: minimal", FullWidthLatinPolicy.Keep)]
    [InlineData("profile: strict", FullWidthLatinPolicy.Chinese)]
    public void Full_width_latin_comes_from_the_profile_unless_the_file_says(string yaml, FullWidthLatinPolicy expected) =>
        Assert.Equal(expected, RulesFile.Parse(yaml).Resolve(Catalog, "default").FullWidthLatin);

    [Fact]
    public void Json_is_read_by_the_same_parser()
    {
        var file = RulesFile.Parse("""{ "profile": "minimal", "rules": "+image-links", "urls": "remove" }""");
        var options = file.Resolve(Catalog, "default");

        Assert.Equal(["image-links", "unicode"], options.EnabledRules.Order(StringComparer.Ordinal));
        Assert.Equal(UrlPolicy.Remove, options.Urls);
    }

    [Theory]
    [InlineData("colour: red", "unknown setting 'colour'")]
    [InlineData("urls: hide", "'urls' cannot be 'hide'")]
    [InlineData("keep_french_spacing: maybe", "true or false")]
    [InlineData("fullwidth_latin: japanese", "valid values: keep, chinese, all")]
    [InlineData("- a\n- b", "mapping")]
    [InlineData("profile: [a, b]", "single value")]
    [InlineData("profile: 'strict", "line")]
    public void Bad_files_say_what_is_wrong(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => RulesFile.Parse(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_changes_nothing()
    {
        var options = RulesFile.Parse("").Resolve(Catalog, "default");
        Assert.Equal(Catalog.Resolve("default", null).EnabledRules, options.EnabledRules);
    }
}
