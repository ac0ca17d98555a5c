using System.Collections.Immutable;
using TextPipe.Documents;
using TextPipe.Language;

namespace TextPipe.Tests.Language;

public class LanguageStageTests
{
    private static readonly LanguageStage Stage = new(LanguageDetector.Load());

    private static Document Doc(params Block[] blocks) =>
        new(new DocumentMetadata { Source = "t.txt", Format = "text" }, [.. blocks]) { Id = "t" };

    [Fact]
    public void A_Chinese_article_followed_by_its_English_translation_gets_both_shares()
    {
        var doc = Stage.Process(Doc(
            new Block(BlockKind.Paragraph, "北京市目前获准向公众开放的生成式人工智能大模型产品已占据全国近一半的份额。"),
            new Block(BlockKind.Paragraph, "Beijing now accounts for nearly half of the country's generative AI models approved for public use.")));

        Assert.Equal("zh-Hans", doc.Blocks[0].Lang);
        Assert.Equal("en", doc.Blocks[1].Lang);
        Assert.Equal(["en", "zh-Hans"], doc.Langs.Keys);
        Assert.Equal(1.0, doc.Langs.Values.Sum(), 3);
        Assert.True(doc.Langs["zh-Hans"] > doc.Langs["en"], "a Han character weighs like a word: 36 characters outweigh 16 words");
        Assert.Equal("zh-Hans", doc.Lang);
    }

    [Fact]
    public void A_long_code_block_does_not_outweigh_the_prose_around_it()
    {
        var doc = Stage.Process(Doc(
            new Block(BlockKind.Paragraph, "Le paquet se compile avec XeLaTeX et permet de composer du texte chinois, japonais et coréen."),
            new Block(BlockKind.Code, string.Join('\n', Enumerable.Repeat("\\def\\xeCJK@setfont#1#2{\\fontspec[#1]{#2}}% fnt sz lst", 12))),
            new Block(BlockKind.Paragraph, "Les contributions sont les bienvenues sur le dépôt du projet.")));

        Assert.Equal("fr", doc.Lang);
        Assert.True(doc.LangConfidence > 0.5, $"confidence {doc.LangConfidence}");
        Assert.DoesNotContain(LanguageGuess.Undetermined, doc.Langs.Keys);
    }

    [Fact]
    public void A_document_that_is_all_code_stays_undetermined()
    {
        var doc = Stage.Process(Doc(new Block(BlockKind.Code, "x = f(y);\nreturn x + 1;")));

        Assert.Equal(LanguageGuess.Undetermined, doc.Lang);
    }

    [Fact]
    public void English_fragments_in_a_Chinese_transcript_become_spans()
    {
        string text = "我们今天请到了一位嘉宾，他说 the future of artificial intelligence is open，然后大家都鼓掌了。";
        var block = Stage.Process(Doc(new Block(BlockKind.Paragraph, text))).Blocks[0];

        Assert.Equal("zh-Hans", block.Lang);
        Assert.Equal(3, block.Spans.Length);
        var english = Assert.Single(block.Spans, s => s.Lang == "en");
        Assert.StartsWith("the future of artificial intelligence is open", text.Substring(english.Offset, english.Length), StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_language_block_has_no_spans_and_sentences_get_languages()
    {
        var block = new Block(BlockKind.Paragraph, "Il pleut depuis ce matin. Nous restons à la maison.")
        {
            Sentences = [new Sentence("Il pleut depuis ce matin.", 0), new Sentence("Nous restons à la maison.", 26)],
        };
        var result = Stage.Process(Doc(block)).Blocks[0];

        Assert.Equal("fr", result.Lang);
        Assert.Empty(result.Spans);
        Assert.All(result.Sentences, s => Assert.Equal("fr", s.Lang));
    }

    [Fact]
    public void Page_furniture_is_left_alone_and_a_document_without_letters_is_undetermined()
    {
        var doc = Stage.Process(Doc(new Block(BlockKind.PageFurniture, "Page 3 of 10"), new Block(BlockKind.Paragraph, "3.5 — 42")));

        Assert.Null(doc.Blocks[0].Lang);
        Assert.Equal("und", doc.Blocks[1].Lang);
        Assert.Equal("und", doc.Lang);
        Assert.Empty(doc.Langs);
    }

    [Fact]
    public void Candidates_limit_the_document_languages()
    {
        var stage = new LanguageStage(LanguageDetector.Load(), LanguageSet.Parse("da,sv"));
        var doc = stage.Process(Doc(new Block(BlockKind.Paragraph, "Jeg vet ikke om han rekker hjem før kvelden, men vi håper det.")));

        Assert.Contains(doc.Lang, new[] { "da", "sv" });
        Assert.All(doc.Langs.Keys, k => Assert.Contains(k, new[] { "da", "sv" }));
    }

    [Theory]
    [InlineData("The committee met on Tuesday to compare the two proposals for the new library building.", "en")]
    [InlineData("Le comité s'est réuni mardi pour comparer les deux propositions pour la nouvelle bibliothèque.", "fr")]
    [InlineData("Der Ausschuss traf sich am Dienstag, um die beiden Vorschläge für die neue Bibliothek zu vergleichen.", "de")]
    public void An_ambiguous_heading_takes_the_language_of_its_document(string body, string expected)
    {
        // "Option" is a word of English, French and German alike: alone it is a coin toss.
        var doc = Stage.Process(Doc(
            new Block(BlockKind.Heading, "Option"),
            new Block(BlockKind.Paragraph, body),
            new Block(BlockKind.Paragraph, body)));

        Assert.Equal(expected, doc.Blocks[0].Lang);
        Assert.Equal([expected], doc.Langs.Keys);
    }

    [Fact]
    public void A_clearly_foreign_short_block_keeps_its_own_language()
    {
        var doc = Stage.Process(Doc(
            new Block(BlockKind.Paragraph, "The committee met on Tuesday to compare the two proposals for the new library building."),
            new Block(BlockKind.Paragraph, "Merci beaucoup, mesdames et messieurs.")));

        Assert.Equal("fr", doc.Blocks[1].Lang);
    }

    [Fact]
    public void The_document_prior_does_not_invent_a_language_for_a_block_without_one()
    {
        var doc = Stage.Process(Doc(
            new Block(BlockKind.Paragraph, "The committee met on Tuesday to compare the two proposals for the new library building."),
            new Block(BlockKind.Paragraph, "4.2 M")));

        Assert.Equal(LanguageGuess.Undetermined, doc.Blocks[1].Lang);
    }
}

public class LanguageStageSeedTests
{
    private static readonly LanguageStage Stage = new(LanguageDetector.Load());

    /// <summary>The seed split into paragraph blocks at blank lines (enough for language tests, no reader needed).</summary>
    private static Document Seed(string prefix)
    {
        string path = Directory.GetFiles(RepoPaths.Seeds, prefix + "_*.txt").Single();
        var blocks = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => new Block(BlockKind.Paragraph, p))
            .ToImmutableArray();
        return new Document(new DocumentMetadata { Source = path, Format = "text" }, blocks) { Id = prefix };
    }

    [Fact]
    public void Seed_002_a_Chinese_article_and_its_English_translation()
    {
        var doc = Stage.Process(Seed("002"));

        Assert.True(doc.Langs.GetValueOrDefault("zh-Hans") > 0.2, string.Join(", ", doc.Langs));
        Assert.True(doc.Langs.GetValueOrDefault("en") > 0.2, string.Join(", ", doc.Langs));
        Assert.Equal("zh-Hans", doc.Blocks[0].Lang);
        Assert.Equal("en", doc.Blocks.Single(b => b.Text.StartsWith("On January 21", StringComparison.Ordinal)).Lang);
    }

    [Fact]
    public void Seed_004_English_fragments_of_an_interpreted_speech_are_labelled()
    {
        var doc = Stage.Process(Seed("004"));

        Assert.StartsWith("zh", doc.Lang, StringComparison.Ordinal);
        var labelled = doc.Blocks.SelectMany(b => b.Spans.Where(s => s.Lang == "en").Select(s => b.Text.Substring(s.Offset, s.Length))).ToList();
        Assert.Contains(labelled, t => t.Contains("Thank you for sharing", StringComparison.Ordinal));
    }

}
