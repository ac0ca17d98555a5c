using System.Text;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

public class MojibakeRuleTests
{
    private static readonly MojibakeRule Rule = new();

    static MojibakeRuleTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Makes mojibake the way it happens: the text's bytes in one encoding, decoded with another.</summary>
    private static string Garble(string text, int writtenAs, int readAs, int layers = 1)
    {
        for (int i = 0; i < layers; i++)
        {
            text = Encoding.GetEncoding(readAs).GetString(Encoding.GetEncoding(writtenAs).GetBytes(text));
        }
        return text;
    }

    private static string Utf8AsWindows1252(string text, int layers = 1) => Garble(text, 65001, 1252, layers);

    private static (string Text, List<Edit> Edits) Run(params string[] paragraphs)
    {
        var cleaned = RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(paragraphs));
        return (cleaned.Text, [.. cleaned.Edits]);
    }

    [Theory]
    [InlineData("Cet été, la fête a réuni élèves et enseignants à Orléans.")]
    [InlineData("Die Brücke über den Fluss wurde für Fußgänger geöffnet.")]
    [InlineData("El niño pidió más información sobre la canción española.")]
    [InlineData("She said it’s “fine” — really…")]
    [InlineData("A coração da questão: atenção às crianças.")]
    public void Utf8_read_as_windows_1252_is_repaired_word_by_word(string clean)
    {
        string garbled = Utf8AsWindows1252(clean);
        Assert.NotEqual(clean, garbled);
        var (text, edits) = Run(garbled);
        Assert.Equal(clean, text);
        Assert.NotEmpty(edits);
        Assert.All(edits, e => Assert.Equal(("mojibake: utf-8 read as windows-1252", EditAction.Replaced), (e.Note, e.Action)));
        // Each edit covers only the damaged characters of one word, not the sentence.
        Assert.All(edits, e => Assert.DoesNotContain(' ', e.Original));
    }

    [Fact]
    public void The_repair_is_the_smallest_damaged_span()
    {
        var (text, edits) = Run("Le rÃ©sumÃ© du cafÃ©");
        Assert.Equal("Le résumé du café", text);
        Assert.Equal(["Ã©sumÃ©", "Ã©"], edits.Select(e => e.Original));
        Assert.Equal(["ésumé", "é"], edits.Select(e => e.Replacement));
    }

    [Fact]
    public void Double_layers_are_undone_in_one_edit()
    {
        string clean = "Der Vertrag für die Zusammenarbeit wurde erneut geprüft.";
        string twice = Utf8AsWindows1252(clean, layers: 2);
        var (text, edits) = Run(twice);
        Assert.Equal(clean, text);
        Assert.Equal(2, edits.Count);
        Assert.All(edits, e => Assert.Equal("mojibake: utf-8 read as windows-1252, twice", e.Note));
    }

    [Fact]
    public void Latin_1_readings_with_c1_controls_are_named_as_such()
    {
        string garbled = Garble("l’année “prochaine”", 65001, 28591);
        var (text, edits) = Run(garbled);
        Assert.Equal("l’année “prochaine”", text);
        Assert.Contains(edits, e => e.Note == "mojibake: utf-8 read as latin-1");
    }

    [Fact]
    public void Stray_c1_controls_become_windows_1252_punctuation()
    {
        var (text, edits) = Run("Il a dit \u0093oui\u0094 puis\u0085 rien.");
        Assert.Equal("Il a dit “oui” puis… rien.", text);
        Assert.All(edits, e => Assert.Equal("mojibake: windows-1252 read as latin-1", e.Note));
    }

    [Fact]
    public void Cyrillic_read_as_windows_1251_and_latin_read_as_mac_roman_are_repaired()
    {
        string russian = "Правительство одобрило новый бюджет";
        var (text, edits) = Run(Garble(russian, 65001, 1251), Garble("Le gâteau était délicieux, très réussi", 65001, 10000));
        Assert.Equal(russian + "\n\nLe gâteau était délicieux, très réussi", text);
        Assert.Contains(edits, e => e.Note == "mojibake: utf-8 read as windows-1251");
        Assert.Contains(edits, e => e.Note == "mojibake: utf-8 read as mac-roman");
    }

    [Fact]
    public void Utf8_chinese_read_as_gbk_is_repaired()
    {
        string clean = "参考消息：中国科学院发布了新的研究成果";
        string garbled = Garble(clean, 65001, 936);
        Assert.NotEqual(clean, garbled);
        var (text, edits) = Run(garbled);
        Assert.Contains("参考消息", text, StringComparison.Ordinal);
        Assert.All(edits, e => Assert.Equal("mojibake: utf-8 read as gbk", e.Note));
        Assert.True(text.Length < garbled.Length + 2);
    }

    [Fact]
    public void Gbk_chinese_read_as_latin_1_is_repaired()
    {
        string clean = "中国经济发展";
        string garbled = Garble(clean, 936, 1252);
        var (text, edits) = Run($"标题：{garbled}");
        Assert.Equal($"标题：{clean}", text);
        Assert.Equal("mojibake: gbk read as windows-1252", Assert.Single(edits).Note);
    }

    [Fact]
    public void Text_with_real_accents_symbols_and_rare_characters_is_left_alone()
    {
        RuleConformance.LeavesAlone(Rule,
            "café, naïve, Zürich, £100, l’âge d’or, À bientôt !",
            "NÃO HÁ MAIS NADA. MÃE E IRMÃS. CORAÇÃO.",
            "3 × 4 ÷ 2 = 6; x² ± y³; 5×£35; 90° ± 0,5°",
            "鍙 is a rare character; 龘 and 靐 are too, in 《康熙字典》。",
            "Ærøskøbing, Ångström, Œuvre, ß, ÿ, Ÿ.",
            "ПРИВЕТ, мир; Ёлка; «Ґанок»; ВІКІ",
            "Price: 12 €, © 2023 Société Générale®, № 5, ‰ and ‱");
    }

    [Fact]
    public void Holds_on_generated_text() => RuleConformance.HoldsOnGeneratedText(Rule);
}
