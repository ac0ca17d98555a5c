using TextPipe.Language;

namespace TextPipe.Tests.Language;

/// <summary>
/// Close relatives the detector does not know (data/langid-rivals.bin): their text fits the neighbour's n-grams, but
/// their words are their own, so the answer is <c>und</c> with the relative named, while the neighbour's own text
/// (and text in languages without rivals) keeps its label. The sentences are written for these tests.
/// </summary>
public class RivalLanguageTests
{
    private static readonly LanguageDetector Detector = LanguageDetector.Load();

    [Theory]
    [InlineData("gl", "pt", "Onte pola tarde fomos á praia coa nosa familia e despois ceamos nunha taberna do porto, onde había moita xente.")]
    [InlineData("sk", "cs", "Včera večer sme boli v kine s priateľmi a potom sme išli na večeru do reštaurácie, ktorá bola veľmi dobrá.")]
    [InlineData("sk", "cs", "Nevedel som, či ti mám zavolať, alebo počkať, kým sa vrátiš z práce domov.")]
    [InlineData("bg", "ru", "Вчера вечерта бяхме на кино с приятели, а след това отидохме да вечеряме в ресторант, който беше много хубав.")]
    [InlineData("ur", "fa", "کل شام ہم دوستوں کے ساتھ سینما گئے اور پھر ایک ریستوران میں کھانا کھایا جو بہت اچھا تھا۔")]
    [InlineData("ca", "es", "Ahir a la tarda vam anar a la platja amb la nostra família i després vam sopar en una taverna del port, on hi havia molta gent.")]
    [InlineData("ast", "es", "Ayeri pela tarde fuimos a la playa cola nuesa familia y depués cenemos nuna taberna del puertu, onde había muncha xente.")]
    [InlineData("af", "nl", "Gisteraand het ons saam met vriende gaan fliek en daarna het ons by 'n restaurant geëet wat baie lekker was.")]
    [InlineData("fy", "nl", "Juster binne wy mei freonen nei de bioskoop gien en dêrnei hawwe wy yn in restaurant iten.")]
    [InlineData("hr", "cs", "Jučer navečer bili smo u kinu s prijateljima, a zatim smo otišli na večeru u restoran koji je bio vrlo dobar.")]
    [InlineData("sl", "cs", "Včeraj zvečer smo bili s prijatelji v kinu, potem pa smo šli na večerjo v restavracijo, ki je bila zelo dobra.")]
    [InlineData("mk", "ru", "Вчера навечер бевме во кино со пријателите, а потоа отидовме на вечера во ресторан кој беше многу добар.")]
    [InlineData("sr", "ru", "Јуче увече смо били у биоскопу са пријатељима, а затим смо отишли на вечеру у ресторан који је био веома добар.")]
    [InlineData("yi", "he", "נעכטן אין אָוונט זענען מיר געגאַנגען אין קינאָ מיט פֿרײַנד, און דערנאָך האָבן מיר געגעסן אין אַ גוטן רעסטאָראַן.")]
    public void A_relatives_text_is_und_with_the_relative_named_and_the_neighbour_as_best_guess(string rival, string neighbour, string text)
    {
        var guess = Detector.Detect(text);

        Assert.Equal(LanguageGuess.Undetermined, guess.Lang);
        Assert.True(guess.IsUnknownLanguage);
        Assert.Equal(rival, guess.Rival);
        Assert.Equal(neighbour, guess.BestGuess);
        Assert.True(guess.Confidence < 0.5, $"confidence {guess.Confidence}");
    }

    [Theory]
    [InlineData("es", "Ayer por la tarde fuimos a la playa con nuestra familia y después cenamos en una taberna del puerto, donde había mucha gente.")]
    [InlineData("es", "La Xunta de Galicia aprobó ayer el nuevo presupuesto para las escuelas públicas de la provincia de Ourense.")]
    [InlineData("cs", "Včera večer jsme byli v kině s přáteli a potom jsme šli na večeři do restaurace, která byla velmi dobrá.")]
    [InlineData("cs", "Vlak z Bratislavy do Prahy měl dnes ráno skoro hodinu zpoždění kvůli opravě trati.")]
    [InlineData("ru", "Вчера вечером мы были в кино с друзьями, а потом пошли ужинать в ресторан, который был очень хорошим.")]
    [InlineData("fa", "دیشب با دوستانمان به سینما رفتیم و بعد در یک رستوران شام خوردیم که خیلی خوب بود.")]
    [InlineData("tr", "Dün akşam arkadaşlarımızla sinemaya gittik, sonra da çok güzel bir lokantada yemek yedik.")]
    [InlineData("nl", "Gisteravond zijn we met vrienden naar de bioscoop gegaan en daarna hebben we in een restaurant gegeten.")]
    [InlineData("it", "Ieri sera siamo andati al cinema con gli amici e poi abbiamo cenato in un ristorante molto buono.")]
    [InlineData("pt", "Ontem à noite fomos ao cinema com os amigos e depois jantámos num restaurante muito bom.")]
    [InlineData("fr", "Hier soir, nous sommes allés au cinéma avec des amis, puis nous avons dîné dans un très bon restaurant.")]
    [InlineData("es", "El Ayuntamiento de Barcelona y la Generalitat de Catalunya presentaron ayer el nuevo plan de vivienda para Sant Cugat.")]
    [InlineData("es", "El tren de Oviedo a Gijón llegó con media hora de retraso por una avería en la vía cerca de Llanera.")]
    [InlineData("nl", "De boer in Friesland verkoopt zijn kaas op de markt in Leeuwarden, elke zaterdag vanaf acht uur.")]
    [InlineData("cs", "V Záhřebu a v Lublani jsme strávili týden a pak jsme se vrátili vlakem přes Vídeň domů.")]
    [InlineData("ru", "Летом мы ездили в Белград и Скопье, а потом вернулись в Москву через Софию.")]
    [InlineData("he", "אתמול בערב הלכנו לקולנוע עם חברים, ואחר כך אכלנו ארוחת ערב במסעדה טובה מאוד.")]
    [InlineData("he", "הספרייה הלאומית בירושלים פתחה תערוכה חדשה על תולדות העיתונות העברית במאה התשע עשרה.")]
    [InlineData("he", "הַיֶּלֶד הָלַךְ לְבֵית הַסֵּפֶר בַּבֹּקֶר וְחָזַר הַבַּיְתָה בָּעֶרֶב עִם אִמּוֹ.")] // pointed, as children's books are
    [InlineData("he", "הַכֶּלֶב שֶׁלָּנוּ אוֹהֵב לָרוּץ בַּגִּנָּה כָּל בֹּקֶר לִפְנֵי שֶׁאֲנַחְנוּ הוֹלְכִים לָעֲבוֹדָה.")]
    public void The_neighbours_own_text_and_look_alikes_keep_their_label(string expected, string text)
    {
        var guess = Detector.Detect(text);

        Assert.Equal(expected, guess.Lang);
        Assert.Null(guess.Rival);
    }

    [Fact]
    public void The_check_can_be_turned_off()
    {
        var detector = LanguageDetector.Load(LanguageDetectorOptions.Default with { MinimumRivalWords = 0 });

        var guess = detector.Detect("Včera večer sme boli v kine s priateľmi a potom sme išli na večeru do reštaurácie, ktorá bola veľmi dobrá.");

        Assert.Null(guess.Rival);
        Assert.Equal("cs", guess.BestGuess);
    }

    [Fact]
    public void One_word_of_a_relative_is_not_enough()
    {
        // "xente" is Galician only; one such word in a short Spanish-looking line is a name or a quotation, not a text.
        var guess = Detector.Detect("Hay mucha xente en la plaza");

        Assert.Null(guess.Rival);
    }

    [Theory]
    [InlineData("דער טאַטע איז געפֿאָרן קײן װילנע מיט דער באַן, און די מאַמע איז געבליבן אין דער הײם מיט די קינדער.")] // ligatures װ ײ
    [InlineData("דער טאטע איז געפארן קיין ווילנע מיט דער באן, און די מאמע איז געבליבן אין דער היים מיט די קינדער.")] // unpointed, letter pairs
    public void Yiddish_is_told_from_hebrew_however_its_vowels_and_ligatures_are_set(string text)
    {
        var guess = Detector.Detect(text);

        Assert.Equal(LanguageGuess.Undetermined, guess.Lang);
        Assert.Equal("yi", guess.Rival);
        Assert.Equal("he", guess.BestGuess);
    }

    [Fact]
    public void The_counts_behind_a_relative_are_reported()
    {
        var guess = Detector.Detect("Ahir a la tarda vam anar a la platja amb la nostra família i després vam sopar en una taverna del port, on hi havia molta gent.");

        Assert.NotNull(guess.RivalEvidence);
        Assert.Equal("ca", guess.RivalEvidence!.Rival);
        Assert.True(guess.RivalEvidence.RivalWords > guess.RivalEvidence.OwnWords, $"{guess.RivalEvidence}");
        Assert.Equal((guess.RivalEvidence.OwnWords + 1.0) / (guess.RivalEvidence.OwnWords + guess.RivalEvidence.RivalWords + 2.0), guess.RivalEvidence.OwnShare, 9);
    }

    [Fact]
    public void The_relatives_words_are_read_on_first_use_not_when_the_model_loads()
    {
        var model = LanguageModelReader.LoadEmbedded();

        Assert.False(model.RivalsLoaded);
        Assert.True(model.Rivals.Count > 0);
        Assert.True(model.RivalsLoaded);
    }
}
