using TextPipe.Documents;
using TextPipe.Language;

namespace TextPipe.Tests.Language;

/// <summary>Text in a language the detector does not know is <c>und</c>, not forced into one of its 31.</summary>
public class UnknownLanguageTests
{
    private static readonly LanguageDetector Detector = LanguageDetector.Load();

    [Theory]
    [InlineData("საქართველო მთიანი ქვეყანაა და მისი დედაქალაქი თბილისია.")] // Georgian
    [InlineData("Հայաստանը լեռնային երկիր է, իսկ մայրաքաղաքը Երևանն է։")] // Armenian
    [InlineData("తెలుగు దక్షిణ భారతదేశంలో మాట్లాడే ఒక భాష.")] // Telugu
    [InlineData("தமிழ் மிகவும் பழமையான ஒரு மொழி ஆகும்.")] // Tamil
    [InlineData("አዲስ አበባ የኢትዮጵያ ዋና ከተማ ናት።")] // Amharic (Ethiopic)
    [InlineData("ශ්‍රී ලංකාව ඉන්දියන් සාගරයේ දූපතකි.")] // Sinhala
    [InlineData("ភ្នំពេញជារាជធានីនៃប្រទេសកម្ពុជា។")] // Khmer
    [InlineData("བོད་ཀྱི་སྐད་ཡིག་ནི་རྙིང་པ་ཡིན།")] // Tibetan
    [InlineData("ܠܫܢܐ ܣܘܪܝܝܐ ܥܬܝܩܐ ܗܝ")] // Syriac
    [InlineData("ລາວເປັນປະເທດທີ່ບໍ່ມີທາງອອກສູ່ທະເລ")] // Lao (not Thai, although Thai is known)
    public void Scripts_no_known_language_writes_are_und(string text)
    {
        var guess = Detector.Detect(text);
        Assert.Equal(LanguageGuess.Undetermined, guess.Lang);
        Assert.True(guess.IsUnknownLanguage);
        Assert.Equal(0, guess.Familiarity);
    }

    [Theory]
    [InlineData("Lietuva yra valstybė prie Baltijos jūros, jos sostinė yra Vilnius, o žmonės kalba lietuviškai.")] // Lithuanian
    [InlineData("Latvija ir valsts pie Baltijas jūras, tās galvaspilsēta ir Rīga, un cilvēki runā latviski.")] // Latvian
    [InlineData("Watoto walikwenda shuleni asubuhi na walirudi nyumbani jioni wakiwa wamechoka sana.")] // Swahili
    [InlineData("Ang mga bata ay pumunta sa paaralan kaninang umaga at umuwi sila sa gabi na pagod na pagod.")] // Tagalog
    [InlineData("Els nens van anar a l'escola al matí i van tornar a casa al vespre molt cansats.")] // Catalan
    [InlineData("Haurrak goizean eskolara joan ziren eta arratsaldean etxera itzuli ziren oso nekatuta.")] // Basque
    [InlineData("Lapsed läksid hommikul kooli ja tulid õhtul väga väsinuna koju tagasi.")] // Estonian
    [InlineData("Mvana akaenda kuchikoro mangwanani uye akadzoka kumba manheru akaneta chaizvo.")] // Shona
    [InlineData("Децата отидоха на училище сутринта и се върнаха вкъщи вечерта много уморени.")] // Bulgarian
    [InlineData("मुले सकाळी शाळेत गेली आणि संध्याकाळी खूप थकून घरी परत आली.")] // Marathi (Devanagari, as Hindi)
    [InlineData("केटाकेटीहरू बिहान विद्यालय गए र बेलुका धेरै थाकेर घर फर्किए।")] // Nepali (Devanagari)
    public void Sentences_in_unsupported_languages_of_shared_scripts_are_und(string text)
    {
        var guess = Detector.Detect(text);
        Assert.Equal(LanguageGuess.Undetermined, guess.Lang);
        Assert.True(guess.IsUnknownLanguage, $"{guess.BestGuess} familiarity {guess.Familiarity}");
        Assert.True(guess.Confidence < 0.5, $"confidence {guess.Confidence}");
        Assert.NotEqual(LanguageGuess.Undetermined, guess.BestGuess); // the ranking still names the nearest
    }

    [Theory]
    [InlineData("The committee will publish its final report on the harbour works next spring.", "en")]
    [InlineData("Le comité publiera son rapport final sur les travaux du port au printemps prochain.", "fr")]
    [InlineData("Der Ausschuss wird seinen Abschlussbericht über die Hafenarbeiten im nächsten Frühjahr veröffentlichen.", "de")]
    [InlineData("Komitet opublikuje swój raport końcowy o pracach w porcie następnej wiosny.", "pl")]
    [InlineData("Komite, liman çalışmalarıyla ilgili nihai raporunu gelecek bahar yayımlayacak.", "tr")]
    [InlineData("Ủy ban sẽ công bố báo cáo cuối cùng về công trình bến cảng vào mùa xuân tới.", "vi")]
    [InlineData("A bizottság jövő tavasszal teszi közzé a kikötői munkákról szóló zárójelentését.", "hu")]
    [InlineData("Комитет опубликует свой окончательный доклад о работах в порту следующей весной.", "ru")]
    [InlineData("ستنشر اللجنة تقريرها النهائي عن أعمال الميناء في الربيع المقبل.", "ar")]
    [InlineData("बच्चे सुबह स्कूल गए और शाम को बहुत थके हुए घर लौटे।", "hi")]
    [InlineData("শিশুরা সকালে স্কুলে গেল এবং সন্ধ্যায় খুব ক্লান্ত হয়ে বাড়ি ফিরল।", "bn")]
    public void Sentences_in_supported_languages_keep_their_label_with_high_confidence(string text, string expected)
    {
        var guess = Detector.Detect(text);
        Assert.Equal(expected, guess.Lang);
        Assert.False(guess.IsUnknownLanguage);
        Assert.True(guess.Confidence > 0.8, $"confidence {guess.Confidence}");
        Assert.Equal(guess.Ranking[0].Score * guess.Familiarity, guess.Confidence, 9);
    }

    [Theory]
    [InlineData("O 1º lugar ficou com a equipa da casa, e a 2ª com os visitantes.", "pt")] // ordinal indicators
    [InlineData("We spent a week on Hawaiʻi and drove around Oʻahu every day.", "en")] // the ʻokina, a modifier letter
    [InlineData("ＡＢＣ公司今天发布了新的产品和服务。", "zh-Hans")] // full-width Latin
    [InlineData("注音符號ㄅㄆㄇㄈ是臺灣學校教的發音工具。", "zh-Hant")] // Bopomofo
    [InlineData("Let 𝐱 be the vector of weights and ℓ the length of the list.", "en")] // mathematical letters
    [InlineData("The Georgian capital, თბილისი, lies on the river and we visited it twice last year with friends.", "en")] // a foreign word
    public void Look_alikes_of_unknown_scripts_are_left_alone(string text, string expected)
    {
        var guess = Detector.Detect(text);
        Assert.Equal(expected, guess.Lang);
        Assert.False(guess.IsUnknownLanguage);
    }

    [Theory]
    [InlineData("Ordnung", "de")]
    [InlineData("bibliothèque", "fr")]
    [InlineData("przyjaciel", "pl")]
    public void A_single_word_keeps_its_best_guess(string word, string expected)
    {
        Assert.Equal(expected, Detector.Detect(word).BestGuess);
    }

    [Fact]
    public void The_fit_weighs_a_paragraph_beyond_the_words_that_settle_the_ranking_up_to_a_bound()
    {
        // The ranking of this paragraph settles after eight or so words; the fit (and so the familiarity) still reads on.
        const string sentence = "The old harbour of the town was rebuilt after the storm, and the fishermen brought their boats back in the spring. ";
        var paragraph = Detector.Detect(string.Concat(Enumerable.Repeat(sentence, 2)));
        var longText = Detector.Detect(string.Concat(Enumerable.Repeat(sentence, 10)));

        Assert.Equal("en", paragraph.Lang);
        Assert.Equal(42, paragraph.Fit!.Words);
        Assert.Equal("en", longText.Lang);
        Assert.True(longText.Fit!.Words is > 42 and <= 64, $"{longText.Fit.Words} words fitted");
    }

    [Fact]
    public void One_or_two_letters_are_too_short_to_call_not_an_unknown_language()
    {
        foreach (string text in new[] { "A", "ok", "Xq" })
        {
            Assert.False(Detector.Detect(text).IsUnknownLanguage, text);
        }
    }

    [Fact]
    public void Decomposed_text_is_read_as_its_composed_form()
    {
        const string composed = "Chúng tôi đã đọc sách ở thư viện cả buổi chiều hôm qua.";
        var decomposed = Detector.Detect(composed.Normalize(System.Text.NormalizationForm.FormD));
        var expected = Detector.Detect(composed);
        Assert.Equal("vi", decomposed.Lang);
        Assert.Equal(expected.Confidence, decomposed.Confidence, 9);
    }

    [Fact]
    public void With_candidates_text_unlike_all_of_them_is_und_and_the_option_can_force_a_guess()
    {
        const string french = "Le comité publiera son rapport final sur les travaux du port au printemps prochain.";
        var candidates = LanguageSet.Parse("de,pl");
        var guess = Detector.Detect(french, candidates);
        Assert.Equal(LanguageGuess.Undetermined, guess.Lang);
        Assert.True(guess.IsUnknownLanguage);
        Assert.Contains(guess.BestGuess, new[] { "de", "pl" });

        var forced = LanguageDetector.Load(LanguageDetectorOptions.Default with { MinimumFamiliarity = 0 }).Detect(french, candidates);
        Assert.Contains(forced.Lang, new[] { "de", "pl" });
        Assert.True(forced.Confidence < 0.5, $"a forced answer keeps its low confidence ({forced.Confidence})");
    }

    [Fact]
    public void Familiarity_falls_as_text_moves_away_from_the_language()
    {
        var own = new ModelFit("es", 200, -1.8 * 200, 40, 36);
        var unlike = own with { LogLikelihood = -3.0 * 200, KnownWords = 8 };
        Assert.True(Familiarity.Probability(own) > 0.9);
        Assert.True(Familiarity.Probability(unlike) < 0.1);
        // The same per-character deviation is weaker evidence on less text.
        var shortUnlike = new ModelFit("es", 20, -3.0 * 20, 4, 1);
        Assert.True(Familiarity.Probability(shortUnlike) > Familiarity.Probability(unlike));
    }

    [Fact]
    public void A_document_mostly_in_an_unknown_script_is_und_even_with_a_known_acronym()
    {
        var stage = new LanguageStage(Detector);
        var document = DocumentOf("తెలుగు దక్షిణ భారతదేశంలో మాట్లాడే ఒక భాష. ఈ భాషకు సుదీర్ఘ సాహిత్య చరిత్ర ఉంది. UNESCO");
        var result = stage.Process(document);
        Assert.Equal(LanguageGuess.Undetermined, result.Lang);
        Assert.Equal(0, result.LangConfidence);
        Assert.Equal(LanguageGuess.Undetermined, result.Blocks[0].Lang);
    }

    [Fact]
    public void An_unknown_paragraph_in_an_english_document_is_und_and_counted_as_such()
    {
        var stage = new LanguageStage(Detector);
        var document = DocumentOf(
            "The harbour committee met on Tuesday to discuss the new ferry timetable and the repairs to the pier.",
            "Lietuva yra valstybė prie Baltijos jūros, jos sostinė yra Vilnius, o žmonės kalba lietuviškai.",
            "Members agreed that the works should start in spring and finish before the summer season.");
        var result = stage.Process(document);
        Assert.Equal("en", result.Lang);
        Assert.Equal(LanguageGuess.Undetermined, result.Blocks[1].Lang);
        Assert.True(result.Langs.ContainsKey(LanguageGuess.Undetermined));
        Assert.True(result.LangConfidence < result.Langs["en"] + 1e-9);
    }

    private static Document DocumentOf(params string[] paragraphs) =>
        new(new DocumentMetadata { Source = "-", Format = "text" }, [.. paragraphs.Select(p => new Block(BlockKind.Paragraph, p))]) { Id = "test" };
}
