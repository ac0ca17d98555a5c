using TextPipe.Language;

namespace TextPipe.Tests.Language;

public class LanguageDetectorTests
{
    private static readonly LanguageDetector Detector = LanguageDetector.Load();

    [Theory]
    [InlineData("Η γλώσσα είναι ένα σύστημα επικοινωνίας.", "el")]
    [InlineData("השפה היא מערכת תקשורת.", "he")]
    [InlineData("भाषा संचार की एक प्रणाली है।", "hi")]
    [InlineData("ভাষা যোগাযোগের একটি মাধ্যম।", "bn")]
    [InlineData("ภาษาเป็นระบบการสื่อสาร", "th")]
    [InlineData("언어는 의사소통의 체계이다.", "ko")]
    [InlineData("ひらがなとカタカナ", "ja")]
    public void Scripts_written_by_one_language_decide_alone(string text, string expected)
    {
        Assert.Equal(expected, Detector.Detect(text).Lang);
    }

    [Theory]
    [InlineData("The weather was cold, so we stayed at home and read books all afternoon.", "en")]
    [InlineData("Il faisait froid, alors nous sommes restés à la maison pour lire tout l'après-midi.", "fr")]
    [InlineData("Es war kalt, also sind wir zu Hause geblieben und haben den ganzen Nachmittag gelesen.", "de")]
    [InlineData("Hacía frío, así que nos quedamos en casa leyendo toda la tarde.", "es")]
    [InlineData("Estava frio, então ficamos em casa e lemos a tarde toda.", "pt")]
    [InlineData("Faceva freddo, quindi siamo rimasti a casa a leggere tutto il pomeriggio.", "it")]
    [InlineData("Het was koud, dus we bleven de hele middag thuis om te lezen.", "nl")]
    [InlineData("Było zimno, więc zostaliśmy w domu i czytaliśmy przez całe popołudnie.", "pl")]
    [InlineData("Byla zima, tak jsme zůstali doma a celé odpoledne jsme četli knihy.", "cs")]
    [InlineData("Hava soğuktu, bu yüzden evde kalıp bütün öğleden sonra kitap okuduk.", "tr")]
    [InlineData("Oli kylmä, joten jäimme kotiin ja luimme koko iltapäivän.", "fi")]
    [InlineData("Hideg volt, ezért otthon maradtunk és egész délután olvastunk.", "hu")]
    [InlineData("Era frig, așa că am rămas acasă și am citit toată după-amiaza.", "ro")]
    [InlineData("Trời lạnh nên chúng tôi ở nhà đọc sách cả buổi chiều.", "vi")]
    public void Latin_script_sentences_are_told_apart(string text, string expected)
    {
        Assert.Equal(expected, Detector.Detect(text).Lang);
    }

    [Theory]
    [InlineData("Eu não sei se ele vai conseguir chegar a tempo para o jantar.", "pt")]
    [InlineData("No sé si él va a conseguir llegar a tiempo para la cena.", "es")]
    public void Spanish_and_Portuguese(string text, string expected)
    {
        Assert.Equal(expected, Detector.Detect(text).Lang);
    }

    [Theory]
    [InlineData("Я не знаю, чи встигне він повернутися додому до вечора.", "uk")]
    [InlineData("Я не знаю, успеет ли он вернуться домой до вечера.", "ru")]
    [InlineData("Її батьки живуть у невеликому місті.", "uk")]
    public void Russian_and_Ukrainian(string text, string expected)
    {
        Assert.Equal(expected, Detector.Detect(text).Lang);
    }

    [Theory]
    [InlineData("Jeg ved ikke, om han kan nå hjem inden aften, men vi håber det.", "da")]
    [InlineData("Jag vet inte om han hinner hem före kvällen, men vi hoppas det.", "sv")]
    [InlineData("Jeg vet ikke om han rekker hjem før kvelden, men vi håper det.", "nb")]
    public void Danish_Norwegian_and_Swedish(string text, string expected)
    {
        Assert.Equal(expected, Detector.Detect(text).Lang);
    }

    [Theory]
    [InlineData("Saya tidak tahu apakah dia bisa pulang sebelum malam.", "id")]
    public void Indonesian_over_Malay_for_Indonesian_text(string text, string expected)
    {
        Assert.Equal(expected, Detector.Detect(text).Lang);
    }

    [Theory]
    [InlineData("Kerajaan negeri telah memutuskan bahawa wang itu akan digunakan untuk membina jambatan baharu, kerana jambatan lama sudah rosak.", "ms")]
    [InlineData("Pemerintah daerah sudah memutuskan bahwa uang itu akan dipakai untuk membangun jembatan baru, karena jembatan lama sudah rusak.", "id")]
    public void Malay_and_Indonesian_by_their_own_spellings(string text, string expected)
    {
        Assert.Equal(expected, Detector.Detect(text).Lang);
    }

    [Theory]
    [InlineData("Bioskop di kota kami memutar Back to the Future dan The Lord of the Rings lagi, karena banyak penonton yang ingin menontonnya.", "id")]
    [InlineData("Pawagam di bandar kami menayangkan semula Back to the Future dan The Lord of the Rings kerana ramai penonton mahu menontonnya.", "ms")]
    [InlineData("Il nuovo modello Galaxy Ultra Night Edition è stato presentato ieri a Milano davanti a centinaia di giornalisti.", "it")]
    [InlineData("Na conferência, a diretora falou sobre machine learning e cloud computing para as pequenas empresas da região.", "pt")]
    [InlineData("Fakta Menarik: The Great Wall of China Tidak Terlihat dari Bulan, meskipun banyak buku pelajaran masih menulisnya.", "id")]
    public void English_titles_and_loanwords_do_not_outvote_the_sentence_around_them(string text, string expected)
    {
        Assert.Equal(expected, Detector.Detect(text).Lang);
    }

    [Theory]
    [InlineData("After the concert we had a quick café au lait and a croissant before the long drive home.")]
    [InlineData("The committee said the proposal was dead on arrival, a fait accompli that nobody had voted for.")]
    public void English_text_with_a_few_foreign_words_stays_English(string text)
    {
        Assert.Equal("en", Detector.Detect(text).Lang);
    }

    [Theory]
    [InlineData("ذهبت إلى السوق لشراء الخبز والحليب.", "ar")]
    [InlineData("من به بازار رفتم تا نان و شیر بخرم.", "fa")]
    public void Arabic_and_Persian(string text, string expected)
    {
        Assert.Equal(expected, Detector.Detect(text).Lang);
    }

    [Theory]
    [InlineData("东京是日本的首都", "zh-Hans")]
    [InlineData("東京是日本的首都，這裡的人們說話很快。", "zh-Hant")]
    [InlineData("東京は日本の首都です。", "ja")]
    [InlineData("国家图书馆", "zh-Hans")]
    [InlineData("國家圖書館", "zh-Hant")]
    public void Chinese_variants_and_Japanese(string text, string expected)
    {
        Assert.Equal(expected, Detector.Detect(text).Lang);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("3.5")]
    [InlineData("OK")]
    [InlineData("iPhone")]
    [InlineData("2024-07-06 12:00")]
    [InlineData("a")]
    public void Text_without_enough_evidence_is_undetermined(string text)
    {
        var guess = Detector.Detect(text);
        Assert.Equal(LanguageGuess.Undetermined, guess.Lang);
        Assert.False(guess.IsDetermined);
    }

    [Fact]
    public void A_Chinese_sentence_with_an_English_term_stays_Chinese()
    {
        var guess = Detector.Detect("我们今天在会议上讨论了 machine learning 的最新进展和应用前景。");
        Assert.Equal("zh-Hans", guess.Lang);
        Assert.Contains(guess.Ranking, s => s.Lang == "en");
    }

    [Fact]
    public void Candidates_restrict_the_answer()
    {
        var text = "Jeg vet ikke om han rekker hjem før kvelden.";
        var guess = Detector.Detect(text, LanguageSet.Parse("da,sv"));
        Assert.Contains(guess.BestGuess, new[] { "da", "sv" });
        Assert.All(guess.Ranking, s => Assert.Contains(s.Lang, new[] { "da", "sv" }));
    }

    [Fact]
    public void Candidates_that_exclude_the_script_give_undetermined()
    {
        var guess = Detector.Detect("Привет, как дела?", LanguageSet.Parse("en,fr"));
        Assert.Equal(LanguageGuess.Undetermined, guess.Lang);
    }

    [Fact]
    public void Ranking_shares_sum_to_one_and_are_sorted()
    {
        var guess = Detector.Detect("The committee will meet again next week to discuss the budget.");
        Assert.Equal(1.0, guess.Ranking.Sum(s => s.Score), 6);
        Assert.True(guess.Ranking.Zip(guess.Ranking.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.InRange(guess.Confidence, 0.5, 1.0);
    }

    [Theory]
    [InlineData("Wohnungsmarkt", "de")]
    [InlineData("gouvernement", "fr")]
    [InlineData("perusteella", "fi")]
    [InlineData("következtében", "hu")]
    [InlineData("przedsiębiorstwa", "pl")]
    public void Single_distinctive_words_are_recognised(string word, string expected)
    {
        Assert.Equal(expected, Detector.Detect(word).BestGuess);
    }
}
