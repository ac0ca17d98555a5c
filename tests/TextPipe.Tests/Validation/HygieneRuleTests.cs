using System.Text;
using TextPipe.Validation;
using static TextPipe.Tests.Validation.CheckHarness;

namespace TextPipe.Tests.Validation;

public class HygieneRuleTests
{
    [Theory]
    [InlineData("en", "The invoice was paid in full\uFFFD on Monday.", "The invoice was paid in full on Monday.")]
    [InlineData("fr", "Le caf\uFFFD était fermé ce matin-là.", "Le café était fermé ce matin-là.")]
    [InlineData("zh", "北京今天\uFFFD天气很好。", "北京今天的天气很好。")]
    public void Replacement_characters_fail_and_the_same_sentence_without_them_passes(string lang, string bad, string good)
    {
        var findings = Findings("replacement-char", Convert(bad));
        var finding = Assert.Single(findings);
        Assert.Equal(CheckSeverity.Error, finding.Severity);
        Assert.Equal(1, finding.Line);
        Assert.Equal(bad.IndexOf('\uFFFD', StringComparison.Ordinal) + 1, finding.Column);
        Assert.Contains("U+FFFD", finding.Snippet, StringComparison.Ordinal);
        Assert.Empty(Findings("replacement-char", Convert(good)));
        Assert.NotEmpty(lang);
    }

    [Fact]
    public void A_limit_lets_a_few_replacement_characters_through()
    {
        Assert.Empty(Findings("replacement-char", Convert("un \uFFFD deux \uFFFD trois"), "rules:\n  replacement-char: { max: 2 }\n"));
        Assert.NotEmpty(Findings("replacement-char", Convert("un \uFFFD deux \uFFFD trois \uFFFD"), "rules:\n  replacement-char: { max: 2 }\n"));
    }

    [Theory]
    [InlineData("en", "Total\u0007 due: 40 dollars.", "Total\tdue: 40 dollars.")]
    [InlineData("fr", "Montant\u001B total : 40 euros.", "Montant\ttotal : 40 euros.")]
    [InlineData("zh", "总计\u0001金额四十元。", "总计\t金额四十元。")]
    public void Control_characters_fail_even_when_cleanup_removed_them_but_tabs_pass(string lang, string bad, string good)
    {
        var findings = Findings("control-chars", Convert(bad));
        Assert.NotEmpty(findings);
        Assert.Contains("control characters", findings[0].Message, StringComparison.Ordinal);
        Assert.Empty(Findings("control-chars", Convert(good)));
        Assert.NotEmpty(lang);
    }

    [Theory]
    [InlineData("en", "Price \uE000 12 per unit.", "Price € 12 per unit.")]
    [InlineData("fr", "Prix \uF8FF 12 l'unité.", "Prix € 12 l'unité.")]
    [InlineData("zh", "价格\uE0A0十二元。", "价格：十二元。")]
    public void Private_use_characters_fail_and_ordinary_symbols_pass(string lang, string bad, string good)
    {
        Assert.Single(Findings("private-use", Convert(bad)));
        Assert.Empty(Findings("private-use", Convert(good)));
        Assert.NotEmpty(lang);
    }

    [Theory]
    [InlineData("zh", "gb18030", "这是一个用来检查编码的中文段落，里面有足够多的汉字，让编码检测可以确定它的编码。我们再写一句话，说明今天的天气很好。")]
    [InlineData("fr", "windows-1252", "Le garçon était déjà là, près de la fenêtre ; il a répondu « très bien » à l'élève qui arrivait en été.")]
    public void Legacy_encodings_fail_unless_allowed_and_utf8_passes(string lang, string encoding, string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var legacy = Convert(Encoding.GetEncoding(encoding).GetBytes(text));
        var finding = Assert.Single(Findings("encoding", legacy));
        Assert.Contains(encoding, finding.Message, StringComparison.Ordinal);
        Assert.Empty(Findings("encoding", legacy, $"rules:\n  encoding: {{ allowed: [utf-8, {encoding}] }}\n"));
        Assert.Empty(Findings("encoding", Convert(text)));
        Assert.NotEmpty(lang);
    }

    [Fact]
    public void Plain_ascii_counts_as_utf8()
    {
        Assert.Empty(Findings("encoding", Convert(Encoding.ASCII.GetBytes("Plain English text in ASCII only."))));
    }
}
