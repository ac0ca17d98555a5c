using TextPipe.Segmentation;

namespace TextPipe.Tests.Segmentation;

/// <summary>
/// Sentence cases written for TextPipe (not taken from the golden-rules benchmark). Expected sentences are
/// separated by " | ".
/// </summary>
public sealed class SentenceSegmenterTests
{
    private static string[] Split(string text, string? lang) =>
        [.. SentenceSegmenter.Default.Split(text, lang).Select(s => s.Text)];

    private static string[] Expected(string joined) => joined.Split(" | ");

    [Theory]
    [InlineData("今天天气很好。我们去公园吧！", "今天天气很好。 | 我们去公园吧！")]
    [InlineData("你吃饭了吗？还没有。", "你吃饭了吗？ | 还没有。")]
    [InlineData("“你好！”他说。", "“你好！”他说。")]
    [InlineData("他说：“我明天来。”我点了点头。", "他说：“我明天来。” | 我点了点头。")]
    [InlineData("妈妈说：“饭好了。”我们都坐到了桌边。", "妈妈说：“饭好了。” | 我们都坐到了桌边。")]
    [InlineData("他回答：“已经办完了。”“真的？”“真的。”", "他回答：“已经办完了。” | “真的？” | “真的。”")]
    [InlineData("“我明天来，”他说，“你等我。”", "“我明天来，”他说，“你等我。”")]
    [InlineData("“走吧！”她笑着说。", "“走吧！”她笑着说。")]
    [InlineData("“我不去。”他说。然后关上了门。", "“我不去。”他说。 | 然后关上了门。")]
    [InlineData("「已經來不及了。」老王嘆道，「走吧。」", "「已經來不及了。」老王嘆道，「走吧。」")]
    [InlineData("“会议取消了。”说完他就走了。", "“会议取消了。” | 说完他就走了。")]
    [InlineData("他的回答只有一句：“不知道。”", "他的回答只有一句：“不知道。”")]
    [InlineData("老师问：“懂了吗？”大家齐声说：“懂了！”下课铃响了。", "老师问：“懂了吗？”大家齐声说：“懂了！”下课铃响了。")]
    [InlineData("他问：“你去吗？”“去！”", "他问：“你去吗？” | “去！”")]
    [InlineData("我读完了《钢铁是怎样炼成的？》这本书。很好看。", "我读完了《钢铁是怎样炼成的？》这本书。 | 很好看。")]
    [InlineData("新版本是第3.5版。下载量达到1.2亿次。", "新版本是第3.5版。 | 下载量达到1.2亿次。")]
    [InlineData("价格上涨了3.5%，销量却下降了。", "价格上涨了3.5%，销量却下降了。")]
    [InlineData("他想了想……最后还是走了。", "他想了想…… | 最后还是走了。")]
    [InlineData("天色渐渐暗了……远处传来了钟声。", "天色渐渐暗了…… | 远处传来了钟声。")]
    [InlineData("他等了很久⋯⋯電話終於響了。", "他等了很久⋯⋯ | 電話終於響了。")]
    [InlineData("價格從一百、兩百⋯⋯一直漲到一千。", "價格從一百、兩百⋯⋯一直漲到一千。")]
    [InlineData("桌上摆着苹果、香蕉、橘子……应有尽有。大家都笑了。", "桌上摆着苹果、香蕉、橘子……应有尽有。 | 大家都笑了。")]
    [InlineData("他去过北京、上海，又去了广州……后来再也没有回来。", "他去过北京、上海，又去了广州…… | 后来再也没有回来。")]
    [InlineData("会议推迟了…… “下周再说吧。”他说。", "会议推迟了…… | “下周再说吧。”他说。")]
    [InlineData("真的吗？！太好了！", "真的吗？！ | 太好了！")]
    [InlineData("第一，要认真；第二，要耐心。", "第一，要认真； | 第二，要耐心。")]
    [InlineData("访问 https://example.com/a.html 了解详情。谢谢。", "访问 https://example.com/a.html 了解详情。 | 谢谢。")]
    [InlineData("请发邮件到 wang.li@example.cn。我会回复。", "请发邮件到 wang.li@example.cn。 | 我会回复。")]
    [InlineData("（注意：本文仅供参考。）下面开始正文。", "（注意：本文仅供参考。） | 下面开始正文。")]
    [InlineData("时间是10:30。会议在3楼。", "时间是10:30。 | 会议在3楼。")]
    [InlineData("她说「明天见。」然后离开了。", "她说「明天见。」 | 然后离开了。")]
    [InlineData("她说「明天见！」然后离开了。", "她说「明天见！」然后离开了。")]
    [InlineData("我用的是Python 3.12版本。你呢?我用Java.", "我用的是Python 3.12版本。 | 你呢? | 我用Java.")]
    public void Splits_Chinese(string text, string expected) => Assert.Equal(Expected(expected), Split(text, "zh"));

    [Theory]
    [InlineData("Bonjour. Comment allez-vous ?", "Bonjour. | Comment allez-vous ?")]
    [InlineData("M. Dupont est arrivé hier. Il est fatigué.", "M. Dupont est arrivé hier. | Il est fatigué.")]
    [InlineData("Mme. Martin et M. Durand sont là.", "Mme. Martin et M. Durand sont là.")]
    [InlineData("On trouve des fruits, p. ex. des pommes.", "On trouve des fruits, p. ex. des pommes.")]
    [InlineData("Il a acheté du pain, du lait, etc. et il est rentré.", "Il a acheté du pain, du lait, etc. et il est rentré.")]
    [InlineData("Il a acheté du pain, du lait, etc. Puis il est rentré.", "Il a acheté du pain, du lait, etc. | Puis il est rentré.")]
    [InlineData("Le taux est de 3,5 % cette année. C'est peu.", "Le taux est de 3,5 % cette année. | C'est peu.")]
    [InlineData("« Bonjour ! » dit-il.", "« Bonjour ! » dit-il.")]
    [InlineData("Il cria : « Attention ! » Puis il partit.", "Il cria : « Attention ! » | Puis il partit.")]
    [InlineData("« Tu viens ? » demanda-t-elle. « Oui. »", "« Tu viens ? » demanda-t-elle. | « Oui. »")]
    [InlineData("Voir la p. 12 du rapport.", "Voir la p. 12 du rapport.")]
    [InlineData("La version 2.0.1 est sortie. Mettez à jour !", "La version 2.0.1 est sortie. | Mettez à jour !")]
    [InlineData("Rendez-vous à 14 h 30. Ne soyez pas en retard.", "Rendez-vous à 14 h 30. | Ne soyez pas en retard.")]
    [InlineData("Le magasin ouvre à 9 h. Les clients attendent déjà.", "Le magasin ouvre à 9 h. | Les clients attendent déjà.")]
    [InlineData("La course dure 2 h. Elle part de Nantes.", "La course dure 2 h. | Elle part de Nantes.")]
    [InlineData("Le mur fait 3 m. Il est en pierre.", "Le mur fait 3 m. | Il est en pierre.")]
    [InlineData("Il a rencontré J. Martin à Paris.", "Il a rencontré J. Martin à Paris.")]
    [InlineData("Voir l'annexe 2 p. 14 du rapport.", "Voir l'annexe 2 p. 14 du rapport.")]
    [InlineData("Écrivez à jean.dupont@exemple.fr. Merci.", "Écrivez à jean.dupont@exemple.fr. | Merci.")]
    [InlineData("Il hésita... puis il entra.", "Il hésita... puis il entra.")]
    [InlineData("Il hésita... Personne ne répondit.", "Il hésita... | Personne ne répondit.")]
    [InlineData("J'habite aux É.-U. depuis 2010.", "J'habite aux É.-U. depuis 2010.")]
    [InlineData("Qu'en pensez-vous ? Dites-le-moi !", "Qu'en pensez-vous ? | Dites-le-moi !")]
    [InlineData("Le Dr. Bernard (il était médecin.) arriva.", "Le Dr. Bernard (il était médecin.) arriva.")]
    public void Splits_French(string text, string expected) => Assert.Equal(Expected(expected), Split(text, "fr"));

    [Theory]
    [InlineData("en", "Dr. Watson met Mr. Holmes. They talked.", "Dr. Watson met Mr. Holmes. | They talked.")]
    [InlineData("en", "She moved to the U.S. in 2010.", "She moved to the U.S. in 2010.")]
    [InlineData("en", "She moved to the U.S. It was cold.", "She moved to the U.S. | It was cold.")]
    [InlineData("en", "Python 3.12 is out. Install v2.0.1 now.", "Python 3.12 is out. | Install v2.0.1 now.")]
    [InlineData("en", "We met at 10.30 in the morning. It rained.", "We met at 10.30 in the morning. | It rained.")]
    [InlineData("en", "See J. R. R. Tolkien's books.", "See J. R. R. Tolkien's books.")]
    [InlineData("en", "Visit www.example.org. Then call us.", "Visit www.example.org. | Then call us.")]
    [InlineData("en", "He said \"stop.\" Then he left.", "He said \"stop.\" | Then he left.")]
    [InlineData("en", "Wait... what?", "Wait... what?")]
    [InlineData("de", "Das ist z. B. ein Test. Am 3. Oktober feiern wir.", "Das ist z. B. ein Test. | Am 3. Oktober feiern wir.")]
    [InlineData("de", "Sie kommt ca. 5 Min. später. Wir warten.", "Sie kommt ca. 5 Min. später. | Wir warten.")]
    [InlineData("es", "¿Vienes? ¡Claro que sí!", "¿Vienes? | ¡Claro que sí!")]
    [InlineData("ru", "Он живёт на ул. Ленина, т.е. в центре. Это удобно.", "Он живёт на ул. Ленина, т.е. в центре. | Это удобно.")]
    [InlineData("ja", "これは本です。あれは何？", "これは本です。 | あれは何？")]
    [InlineData("hy", "Բարև: Ինչպես ես:", "Բարև: | Ինչպես ես:")]
    [InlineData("hi", "यह किताब है। वह कलम है।", "यह किताब है। | वह कलम है।")]
    [InlineData("en", "1. Buy milk 2. Call mom 3. Write code", "1. Buy milk | 2. Call mom | 3. Write code")]
    [InlineData("en", "The old wall is 10 m. The new one is higher.", "The old wall is 10 m. | The new one is higher.")]
    [InlineData("en", "The report by 3 J. Smith et al. was long.", "The report by 3 J. Smith et al. was long.")]
    [InlineData("es", "Nació en el año 63 a. C. en Roma.", "Nació en el año 63 a. C. en Roma.")]
    [InlineData("ru", "Музей открыт с 1921 г. Вход свободный.", "Музей открыт с 1921 г. Вход свободный.")]
    public void Splits_other_languages(string lang, string text, string expected) => Assert.Equal(Expected(expected), Split(text, lang));

    [Fact]
    public void Offsets_point_into_the_text_and_texts_are_trimmed()
    {
        const string text = "  First one.   Second one!  ";
        var sentences = SentenceSegmenter.Default.Split(text, "en");

        Assert.Equal(2, sentences.Count);
        foreach (var sentence in sentences)
        {
            Assert.Equal(sentence.Text, text.Substring(sentence.Offset, sentence.Text.Length));
            Assert.Equal(sentence.Text.Trim(), sentence.Text);
        }
        Assert.Equal(2, sentences[0].Offset);
    }

    [Fact]
    public void Guesses_Chinese_rules_when_no_language_is_given()
    {
        Assert.Equal(["你好。", "再见。"], Split("你好。再见。", null));
    }

    [Fact]
    public void Breaks_comma_only_Chinese_speech_at_a_comma_after_the_soft_limit()
    {
        string clause = "我们一起努力向前走";
        string text = string.Join("，", Enumerable.Repeat(clause, 40)) + "。";

        var sentences = SentenceSegmenter.Default.Split(text, "zh");

        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.True(s.Text.Length <= SentenceSegmenter.DefaultCjkSoftLimit + clause.Length + 1, s.Text));
        Assert.All(sentences.SkipLast(1), s => Assert.EndsWith("，", s.Text, StringComparison.Ordinal));
        Assert.Equal(text, string.Concat(sentences.Select(s => s.Text)));
    }

    [Fact]
    public void Soft_limit_can_be_turned_off()
    {
        string text = string.Join("，", Enumerable.Repeat("我们一起努力向前走", 40)) + "。";
        var segmenter = new SentenceSegmenter { CjkSoftLimit = 0 };

        Assert.Single(segmenter.Split(text, "zh"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_has_no_sentences(string text) => Assert.Empty(SentenceSegmenter.Default.Split(text, "en"));

    [Fact]
    public void Punctuation_only_text_stays_one_sentence() => Assert.Equal([". . ."], Split(". . .", "en"));

    [Fact]
    public void Random_punctuation_soup_never_throws_and_offsets_hold()
    {
        const string alphabet = "aZé你。！？.?!… \n\"'«»“”„()[]《》:;،1 2,.-•a.b.U.S.@http://www.x.org/ \u202A";
        var random = new Random(6);
        foreach (string lang in new[] { "en", "fr", "zh", "hy", "ar", "de", "" })
        {
            for (int n = 0; n < 300; n++)
            {
                var chars = new char[random.Next(0, 60)];
                for (int k = 0; k < chars.Length; k++)
                {
                    chars[k] = alphabet[random.Next(alphabet.Length)];
                }
                string text = new(chars);
                var sentences = SentenceSegmenter.Default.Split(text, lang);
                int previousEnd = 0;
                foreach (var sentence in sentences)
                {
                    Assert.True(sentence.Offset >= previousEnd, text);
                    Assert.Equal(sentence.Text, text.Substring(sentence.Offset, sentence.Text.Length));
                    previousEnd = sentence.Offset + sentence.Text.Length;
                }
                foreach (var token in new WordTokenizer().Tokenize(text, lang))
                {
                    Assert.Equal(token.Text, text.Substring(token.Offset, token.Text.Length));
                }
            }
        }
    }
}
