using static TextPipe.Tests.Validation.CheckHarness;

namespace TextPipe.Tests.Validation;

public class LengthAndLanguageRuleTests
{
    private const string LengthRules = "rules:\n  length: { min_chars: 30, max_sentences: 3, max_paragraphs: 2 }\n";

    [Theory]
    [InlineData("en", "Too short.", "This sentence is long enough to pass the check.")]
    [InlineData("fr", "Trop court.", "Cette phrase est assez longue pour passer le contrôle.")]
    [InlineData("zh", "太短了。", "这句话足够长，可以通过检查，因为它有三十多个汉字，而且每个字都算一个字符，不会太短。")]
    public void Too_few_characters_fail_and_enough_pass(string lang, string bad, string good)
    {
        var finding = Assert.Single(Findings("length", Convert(bad), LengthRules));
        Assert.Contains("min_chars", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Findings("length", Convert(good), LengthRules));
        Assert.NotEmpty(lang);
    }

    [Theory]
    [InlineData("One. Two is here. Three is here. Four is here too.", "One is here. Two is here. Three is here too.")]
    [InlineData("第一句话就写在这里。第二句话就写在这里。第三句话就写在这里。第四句话就写在这里。", "第一句话就写在这里。第二句话就写在这里。第三句话就写在这里。")]
    public void Too_many_sentences_fail_and_the_limit_passes(string bad, string good)
    {
        Assert.Contains(Findings("length", Convert(bad), LengthRules), f => f.Message.Contains("sentences", StringComparison.Ordinal));
        Assert.Empty(Findings("length", Convert(good), LengthRules));
    }

    [Fact]
    public void Too_many_paragraphs_fail()
    {
        Assert.Contains(Findings("length", Convert("Paragraph one is here.\n\nParagraph two is here.\n\nParagraph three."), LengthRules),
            f => f.Message.Contains("paragraphs", StringComparison.Ordinal));
        Assert.Empty(Findings("length", Convert("Paragraph one is here.\n\nParagraph two is here."), LengthRules));
    }

    [Theory]
    [InlineData("[fr]", "The committee met on Tuesday to discuss the budget for next year and agreed to publish the report in the spring.",
        "Le comité s'est réuni mardi pour discuter du budget de l'année prochaine et a accepté de publier le rapport au printemps.")]
    [InlineData("[zh]", "The committee met on Tuesday to discuss the budget for next year and agreed to publish the report in the spring.",
        "委员会星期二开会讨论明年的预算，并同意在春天发表这份报告。大家都认为这个计划很好。")]
    [InlineData("[en, zh]", "Le comité s'est réuni mardi pour discuter du budget de l'année prochaine et a accepté de publier le rapport au printemps.",
        "The committee met on Tuesday to discuss the budget for next year and agreed to publish the report in the spring.")]
    public void A_document_in_an_unexpected_language_fails_and_one_in_an_expected_language_passes(string langs, string bad, string good)
    {
        string rules = $"rules:\n  language: {{ langs: {langs} }}\n";
        var finding = Assert.Single(Findings("language", Convert(bad), rules));
        Assert.Contains("expected", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Findings("language", Convert(good), rules));
    }

    [Fact]
    public void The_language_rule_is_off_until_configured()
    {
        Assert.Empty(Findings("language", Convert("Le comité s'est réuni mardi pour discuter du budget.")));
    }

    [Theory]
    [InlineData("[han]", "我们今天去 Beijing Capital International Airport 接朋友。", "我们今天去北京首都国际机场接朋友。")]
    [InlineData("[latin]", "Le marché de Москва était plein ce matin-là.", "Le marché de Moscou était plein ce matin-là.")]
    [InlineData("[latin]", "The market in Москва was full that morning.", "The market in Moscow was full that morning.")]
    public void Letters_outside_the_expected_scripts_fail_and_text_within_them_passes(string scripts, string bad, string good)
    {
        string rules = $"rules:\n  script-mix: {{ scripts: {scripts} }}\n";
        var finding = Assert.Single(Findings("script-mix", Convert(bad), rules));
        Assert.NotNull(finding.Column);
        Assert.Empty(Findings("script-mix", Convert(good), rules));
    }
}
