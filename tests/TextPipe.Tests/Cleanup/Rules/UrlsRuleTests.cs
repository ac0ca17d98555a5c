using TextPipe.Cleanup;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

public class UrlsRuleTests
{
    private static readonly UrlsRule Rule = new();

    private static CleanupOptions With(UrlPolicy policy) => new() { Profile = "strict", EnabledRules = [], Urls = policy };

    private static Document Run(UrlPolicy policy, params string[] paragraphs) =>
        RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(paragraphs), With(policy));

    [Fact]
    public void Keep_makes_no_edit()
    {
        var cleaned = Run(UrlPolicy.Keep, "Voir https://exemple.fr/page et écrire à contact@exemple.fr.");
        Assert.Empty(cleaned.Edits);
    }

    [Fact]
    public void Mask_replaces_urls_and_emails_and_leaves_trailing_punctuation()
    {
        var cleaned = Run(UrlPolicy.Mask,
            "See https://a.org/x. Then write to jane.doe+news@mail.example.co.uk, please.",
            "更多信息请访问www.gov.cn/zhengce/index.htm。",
            "Read (https://en.wikipedia.org/wiki/Rust_(programming_language)) now.");

        Assert.Equal("See <URL>. Then write to <EMAIL>, please.\n\n更多信息请访问<URL>。\n\nRead (<URL>) now.", cleaned.Text);
        Assert.Equal(["URL masked", "e-mail address masked", "URL masked", "URL masked"], cleaned.Edits.Select(e => e.Note));
        Assert.Equal("https://en.wikipedia.org/wiki/Rust_(programming_language)", cleaned.Edits[3].Original);
    }

    [Fact]
    public void Remove_takes_the_space_before_and_brackets_left_empty()
    {
        var cleaned = Run(UrlPolicy.Remove,
            "Le rapport (https://insee.fr/fr/statistiques/123) est paru.",
            "详见官网（http://www.most.gov.cn/kjbgz/）。",
            "Write to press@example.org or call us.",
            "Bare domains count when a path follows: example.com/path/to/page works.");

        Assert.Equal("Le rapport est paru.\n\n详见官网。\n\nWrite to or call us.\n\nBare domains count when a path follows: works.", cleaned.Text);
        Assert.All(cleaned.Edits, e => Assert.Equal(EditAction.Removed, e.Action));
        Assert.Equal(" (https://insee.fr/fr/statistiques/123)", cleaned.Edits[0].Original);
        Assert.Equal("（http://www.most.gov.cn/kjbgz/）", cleaned.Edits[1].Original);
    }

    [Fact]
    public void Remove_drops_a_line_that_held_only_a_label_and_addresses()
    {
        var cleaned = Run(UrlPolicy.Remove,
            "正文第一段。\n【来源】https://news.example.cn/2024/0101/a.html",
            "Source : https://www.lemonde.fr/economie/article/2024/x.html",
            "Contact: info@example.com | www.example.com",
            "Body text stays.");

        Assert.Equal("正文第一段。\n\nBody text stays.", cleaned.Text);
        Assert.Contains(cleaned.Edits, e => e.Original == "\n【来源】https://news.example.cn/2024/0101/a.html" && e.Note == "URL removed with its line");
    }

    [Fact]
    public void Leaves_look_alikes_alone()
    {
        foreach (var policy in new[] { UrlPolicy.Mask, UrlPolicy.Remove })
        {
            var context = new CleanupContext(CleanupTestDocuments.FromParagraphs(
                "Speeds of 120 km/h and/or 3.5 m/s were measured.",
                "Follow @textpipe on social media; version 1.2/beta.",
                "他回复说：可以。Node.js/React 都行。",
                "e.g./i.e. are abbreviations; the ratio is 1.5/2."), With(policy));
            context.Run(Rule);
            Assert.Empty(context.Edits);
        }
    }

    [Fact]
    public void Holds_on_generated_text()
    {
        RuleConformance.HoldsOnGeneratedText(Rule, With(UrlPolicy.Remove));
        RuleConformance.HoldsOnGeneratedText(Rule, With(UrlPolicy.Mask));
    }

    [Fact]
    public void Strict_profile_removes_and_the_others_keep()
    {
        var catalog = DefaultRules.CreateCatalog();
        Assert.Equal(UrlPolicy.Remove, catalog.Resolve("strict", null).Urls);
        Assert.Equal(UrlPolicy.Keep, catalog.Resolve("default", null).Urls);
        Assert.False(catalog.Resolve("default", null).IsEnabled("urls"));
        Assert.True(catalog.Resolve("strict", null).IsEnabled("urls"));
    }
}
