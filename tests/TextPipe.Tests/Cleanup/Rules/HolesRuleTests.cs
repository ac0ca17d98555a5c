using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

public class HolesRuleTests
{
    private static readonly HolesRule Rule = new();

    private static List<Edit> Run(string input)
    {
        var clean = RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(input));
        Assert.Equal(input, clean.Text);
        Assert.All(clean.Edits, e => Assert.Equal(EditAction.Flagged, e.Action));
        return [.. clean.Edits];
    }

    [Theory]
    [InlineData("Comme l'indique le , les échanges ont doublé.", "le ,", "hole: article before punctuation")]
    [InlineData("Selon les chiffres publiés dans la , la croissance ralentit.", "la ,", "hole: article before punctuation")]
    [InlineData("Les données proviennent des .", "des .", "hole: article before punctuation")]
    [InlineData("As stated in the , and repeated since, growth slowed.", "the ,", "hole: article before punctuation")]
    [InlineData("The figures were published in the.", "the.", "hole: article before punctuation")]
    [InlineData("The figures come from , as the minister said.", "from ,", "hole: preposition before punctuation")]
    [InlineData("Ce rapport a été rédigé par , puis publié.", "par ,", "hole: preposition before punctuation")]
    public void An_article_or_preposition_before_punctuation_is_flagged(string input, string span, string note)
    {
        var edit = Assert.Single(Run(input));
        Assert.Equal(span, edit.Original);
        Assert.Equal(note, edit.Note);
        Assert.Equal(input.IndexOf(span, StringComparison.Ordinal), edit.Offset);
    }

    [Theory]
    [InlineData("据《》报道，会议取得成功。", "《》")]
    [InlineData("该项目（）已经完成。", "（）")]
    [InlineData("他称之为“”的现象很常见。", "“”")]
    [InlineData("See the report ( ) for details.", "( )")]
    [InlineData("Le rapport « » le confirme.", "« »")]
    public void Empty_brackets_and_quotes_are_flagged(string input, string span)
    {
        var edit = Assert.Single(Run(input));
        Assert.Equal(span, edit.Original);
        Assert.Equal("hole: empty brackets or quotes", edit.Note);
    }

    [Theory]
    [InlineData("根据，今年的增长率为5%。", "根据，")]
    [InlineData("会议指出，关于。各方应加强合作。", "关于。")]
    [InlineData("该成果在 。", "在 。")]
    [InlineData("数据来自 ，而非官方。", "自 ，")]
    public void A_chinese_preposition_with_nothing_after_it_is_flagged(string input, string span)
    {
        var edit = Assert.Single(Run(input));
        Assert.Equal(span, edit.Original);
        Assert.Equal("hole: preposition before punctuation", edit.Note);
    }

    [Theory]
    [InlineData("Growth was strong in Asia, , and in Europe.", ", ,")]
    [InlineData("增长主要来自亚洲，，以及欧洲。", "，，")]
    public void A_doubled_comma_is_flagged(string input, string span)
    {
        var edit = Assert.Single(Run(input));
        Assert.Equal(span, edit.Original);
        Assert.Equal("hole: doubled comma", edit.Note);
    }

    [Fact]
    public void Look_alikes_are_left_alone()
    {
        RuleConformance.LeavesAlone(Rule,
            "To be or not to be, that is the question. Prepositions such as in, on and at are short.",
            "Articles like the, a and an come first. This is the person I spoke to, and the house we live in.",
            "C'est à moi, à toi. Le 21 novembre, le rapport est paru. Prends-le, donne-la. Il y en a, mais peu.",
            "Un, deux, trois : partez ! Les mots le, la et les sont des articles. Qu'en dis-tu ? J'en suis sûr.",
            "他不在。我们都在，大家也在。没有根据。数据显示，证据充分。该议案获得通过。",
            "《人民日报》报道（2023年）的数据：“增长”明显。",
            "Call foo() and see [](link) or ![](img.png); the note is la.");
    }

    [Fact]
    public void Holds_on_generated_text() => RuleConformance.HoldsOnGeneratedText(Rule);
}
