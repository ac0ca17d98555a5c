using TextPipe.Cleanup;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

public class UnicodeRuleTests
{
    private static readonly UnicodeRule Rule = new();

    private static (Document Cleaned, List<Edit> Edits) Run(CleanupOptions? options, params string[] paragraphs)
    {
        var cleaned = RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(paragraphs), options);
        return (cleaned, [.. cleaned.Edits]);
    }

    private static (Document Cleaned, List<Edit> Edits) Run(params string[] paragraphs) => Run(null, paragraphs);

    [Fact]
    public void Decomposed_accents_are_composed_one_cluster_per_edit()
    {
        var (cleaned, edits) = Run("Cafe\u0301 cre\u0300me, Zu\u0308rich");
        Assert.Equal("Café crème, Zürich", cleaned.Text);
        Assert.Equal(3, edits.Count);
        Assert.All(edits, e => Assert.Equal(("nfc", EditAction.Replaced), (e.Note, e.Action)));
        Assert.Equal("e\u0301", edits[0].Original);
    }

    [Fact]
    public void A_letter_under_a_flood_of_marks_is_normalised_stream_safe_in_one_edit_and_the_text_around_it_kept()
    {
        // One letter and 100,000 marks of alternating classes (generated here): NFC made stream-safe (a joiner every
        // 30 marks) rather than reordered whole; RunAndCheck also checks that a second run finds nothing to do.
        string flood = "a" + string.Concat(Enumerable.Range(0, 100_000).Select(i => i % 2 == 0 ? "\u0301" : "\u0316"));
        var (cleaned, edits) = Run("Before " + flood + " after.", "Cafe\u0301 next door.");

        var edit = Assert.Single(edits, e => e.Original.Length > 1000);
        Assert.Equal(flood, edit.Original);
        Assert.Equal(UnicodeRule.StreamSafe, edit.Note);
        int joiners = edit.Replacement.Count(c => c == global::TextPipe.Text.StreamSafeNormalization.GraphemeJoiner);
        Assert.Equal((100_000 - 1) / global::TextPipe.Text.StreamSafeNormalization.MaxMarksInRun, joiners);
        Assert.StartsWith("Before á", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith(" after.\n\nCafé next door.", cleaned.Text, StringComparison.Ordinal);
        // The short decomposed accent is plain NFC; the block with the flood is flagged, once, with the joiner count.
        Assert.Equal(UnicodeRule.Nfc, Assert.Single(edits, e => e.Original == "e\u0301").Note);
        var flag = Assert.Single(cleaned.Flags, f => f.Code == UnicodeRule.CombiningRunFlag);
        Assert.Equal(0, flag.Block);
        Assert.Contains($"{joiners:N0} combining grapheme joiner", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_of_thirty_marks_or_fewer_are_plain_nfc_and_raise_no_flag()
    {
        // Thirty stacked marks is the stream-safe limit itself: normalised whole, as the runtime does, no joiner.
        string thirty = "o" + string.Concat(Enumerable.Range(0, 30).Select(i => i % 2 == 0 ? "\u0301" : "\u0316"));
        var (cleaned, edits) = Run("Zalgo-ish " + thirty + " but short.");

        Assert.Equal(("Zalgo-ish " + thirty + " but short.").Normalize(System.Text.NormalizationForm.FormC), cleaned.Text);
        Assert.DoesNotContain(global::TextPipe.Text.StreamSafeNormalization.GraphemeJoiner, cleaned.Text);
        Assert.All(edits, e => Assert.Equal(UnicodeRule.Nfc, e.Note));
        Assert.DoesNotContain(cleaned.Flags, f => f.Code == UnicodeRule.CombiningRunFlag);
    }

    [Fact]
    public void Terminal_colour_codes_go_whole_not_just_their_escape()
    {
        var (cleaned, edits) = Run("\u001B[32m《静夜思》\u001B[m\n\u001B[1;33m作者：李白\u001B[0m", "Build \u001B[31mfailed\u001B[39;49m at step 3.");

        Assert.Equal("《静夜思》\n作者：李白\n\nBuild failed at step 3.", cleaned.Text);
        Assert.All(edits, e => Assert.Equal((UnicodeRule.TerminalEscape, EditAction.Removed), (e.Note, e.Action)));
        Assert.Equal(6, edits.Count);
    }

    [Fact]
    public void A_lone_escape_or_bracket_text_is_not_taken_for_a_colour_code()
    {
        var (cleaned, edits) = Run("Press \u001B to quit; see [32m] in the notes and a[1] reference.");

        Assert.Equal("Press  to quit; see [32m] in the notes and a[1] reference.", cleaned.Text);
        var edit = Assert.Single(edits);
        Assert.Equal(UnicodeRule.Control, edit.Note);
    }

    [Fact]
    public void Full_width_letters_and_digits_become_ascii_but_full_width_punctuation_stays()
    {
        var (cleaned, edits) = Run("型号为ＧＰＴ－４，价格１２０元（含税）。", "Ｔｅｘｔ ｉｓ ｗｉｄｅ！");
        Assert.Equal("型号为GPT－4，价格120元（含税）。\n\nText is wide！", cleaned.Text);
        Assert.All(edits, e => Assert.Equal("fullwidth", e.Note));
        Assert.Contains(edits, e => e.Original == "ＧＰＴ" && e.Replacement == "GPT");
        Assert.Contains(edits, e => e.Original == "１２０" && e.Replacement == "120");
    }

    private static CleanupOptions FullWidth(FullWidthLatinPolicy policy) =>
        new() { Profile = "default", EnabledRules = [], FullWidthLatin = policy };

    [Theory]
    [InlineData("ＸＹＺ集团第３季度营收达到４５亿元，ＣＥＯ表示：“增长稳定。”", "XYZ集团第3季度营收达到45亿元，CEO表示：“增长稳定。”")]
    [InlineData("请在ｗｗｗ页面输入验证码ｋ７ｍ２（区分大小写）；", "请在www页面输入验证码k7m2（区分大小写）；")]
    [InlineData("第Ｂ１栋，Ｎｏ．８", "第B1栋，No．8")]
    public void Chinese_text_gets_ascii_letters_and_digits_and_keeps_its_full_width_punctuation(string input, string expected)
    {
        var (cleaned, edits) = Run(FullWidth(FullWidthLatinPolicy.Chinese), input);

        Assert.Equal(expected, cleaned.Text);
        Assert.All(edits, e => Assert.Equal((UnicodeRule.FullWidth, EditAction.Replaced), (e.Note, e.Action)));
        Assert.All(edits, e => Assert.DoesNotContain(e.Original, c => "，：“”。（）；．".Contains(c)));
    }

    [Theory]
    [InlineData("ＪＲ東日本は３日、新しい時刻表を発表した。第１回の説明会はＢ棟で開かれる。")]
    [InlineData("ソウル市はＫＴＸの運行について、２０２５年から見直すと発表した。")]
    [InlineData("서울시는 ＫＴＸ 노선을 ２０２５년부터 늘린다고 밝혔다.")]
    [InlineData("ＡＥＳＴＨＥＴＩＣ ｖｉｂｅｓ ｏｎｌｙ, ｐｌｅａｓｅ.")]
    public void Japanese_korean_and_latin_only_documents_keep_their_full_width_letters_unless_asked(string input)
    {
        var (kept, keptEdits) = Run(FullWidth(FullWidthLatinPolicy.Chinese), input);
        var (all, allEdits) = Run(FullWidth(FullWidthLatinPolicy.All), input);

        Assert.Equal(input, kept.Text);
        Assert.Empty(keptEdits);
        Assert.DoesNotContain(all.Text, UnicodeCharacters.IsFullWidthAlphanumeric);
        Assert.NotEmpty(allEdits);
    }

    [Fact]
    public void A_japanese_sentence_quoted_in_a_chinese_document_keeps_its_full_width_letters()
    {
        var (cleaned, _) = Run(FullWidth(FullWidthLatinPolicy.Chinese),
            "这部电影的日文名是《ＳＦ映画のすべて》。它在２０１９年上映，ＩＭＤｂ评分８．１。",
            "影片讲述了一群科学家在太空站中寻找失踪同伴的故事，上映后获得了观众和评论界的一致好评。");

        Assert.StartsWith("这部电影的日文名是《ＳＦ映画のすべて》。它在2019年上映，IMDb评分8．1。", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Keep_leaves_full_width_letters_in_chinese_text_and_still_does_the_rest()
    {
        var (cleaned, edits) = Run(FullWidth(FullWidthLatinPolicy.Keep), "型号ＧＰＴ－４\u200B发布。");

        Assert.Equal("型号ＧＰＴ－４发布。", cleaned.Text);
        Assert.Equal(UnicodeRule.ZeroWidth, Assert.Single(edits).Note);
    }

    [Fact]
    public void A_run_of_zero_width_characters_is_one_removal()
    {
        var (cleaned, edits) = Run("\uFEFFHello\u200B\u200B\u2060world", "科\u200B技创新");
        Assert.Equal("Helloworld\n\n科技创新", cleaned.Text);
        Assert.Equal(3, edits.Count);
        Assert.All(edits, e => Assert.Equal(("zero-width", EditAction.Removed), (e.Note, e.Action)));
        Assert.Equal("\u200B\u200B\u2060", edits[1].Original);
    }

    [Fact]
    public void Soft_hyphens_and_controls_are_removed_with_their_own_notes()
    {
        var (cleaned, edits) = Run("inter\u00ADnational\u0007 text\u0085 end\r\nnext line");
        Assert.Equal("international text end\nnext line", cleaned.Text);
        Assert.Equal(["soft-hyphen", "control", "control", "control"], edits.Select(e => e.Note));
    }

    [Fact]
    public void Odd_spaces_become_plain_spaces_and_tabs_and_ideographic_spaces_stay()
    {
        var (cleaned, edits) = Run("one\u00A0two\u2009three\u2003\u2003four\u205Ffive", "col1\tcol2", "　　段落开头");
        Assert.Equal("one two three  four five\n\ncol1\tcol2\n\n　　段落开头", cleaned.Text);
        Assert.Equal(4, edits.Count);
        Assert.All(edits, e => Assert.Equal("space", e.Note));
        Assert.Equal("\u2003\u2003", edits[2].Original);
    }

    [Fact]
    public void French_no_break_spaces_are_kept_by_default_and_normalised_when_the_policy_says_so()
    {
        string french = "Il a dit\u202F: «\u00A0Non\u00A0!\u00A0» Le budget atteint 53\u00A0900\u00A0euros\u202F?";
        var (kept, keptEdits) = Run(french);
        Assert.Equal("Il a dit\u202F: «\u00A0Non\u00A0!\u00A0» Le budget atteint 53\u00A0900 euros\u202F?", kept.Text);
        Assert.Equal("900\u00A0euros".Length - 8, Assert.Single(keptEdits).Original.Length); // only the space before "euros"

        var plain = new CleanupOptions { Profile = "default", EnabledRules = [], KeepFrenchSpacing = false };
        var (cleaned, edits) = Run(plain, french);
        Assert.Equal("Il a dit : « Non ! » Le budget atteint 53 900 euros ?", cleaned.Text);
        Assert.All(edits, e => Assert.Equal("space", e.Note));
    }

    [Fact]
    public void Joiners_inside_emoji_and_joining_scripts_are_kept_elsewhere_removed()
    {
        string family = "👨\u200D👩\u200D👧";
        string heart = "❤\uFE0F\u200D🔥";
        string persian = "می\u200Cخواهم";
        RuleConformance.LeavesAlone(Rule, $"Family {family} and {heart}", persian);
        var (cleaned, edits) = Run($"zero\u200Dwidth {family}");
        Assert.Equal($"zerowidth {family}", cleaned.Text);
        Assert.Single(edits);
    }

    [Fact]
    public void Replacement_and_private_use_characters_are_flagged_not_removed()
    {
        var (cleaned, edits) = Run("百度创始人、董事长兼首席\uFFFD\uFFFD官", "icon \uE001 here");
        Assert.Equal("百度创始人、董事长兼首席\uFFFD\uFFFD官\n\nicon \uE001 here", cleaned.Text);
        Assert.Equal(2, edits.Count);
        Assert.All(edits, e => Assert.Equal(EditAction.Flagged, e.Action));
        Assert.Equal(["replacement-character", "private-use"], edits.Select(e => e.Note));
        Assert.Equal("\uFFFD\uFFFD", edits[0].Original);
    }

    [Fact]
    public void Removing_a_zero_width_character_before_a_combining_mark_still_ends_in_nfc()
    {
        var (cleaned, edits) = Run("cafe\u200B\u0301");
        Assert.Equal("café", cleaned.Text);
        Assert.Equal(["zero-width", "nfc"], edits.Select(e => e.Note));
    }

    [Fact]
    public void Clean_multilingual_text_is_left_alone()
    {
        RuleConformance.LeavesAlone(Rule,
            "Le coût de l’opération « Zürich » a été réduit de 10 %.",
            "科学技术部副部长表示：大模型技术带来机遇，同时也将带来挑战。",
            "naïve café, £100, 3 × 4 ÷ 2 = 6, ½ cup",
            "Привет, мир! Γειά σου Κόσμε. שלום עולם. مرحبا",
            "emoji 😀👍🏽 and flags 🇫🇷");
    }

    [Fact]
    public void Latin_ligatures_become_their_letters_in_any_language()
    {
        var (cleaned, edits) = Run("The e\uFB03cient \uFB01le \uFB02ow was de\uFB01ned.", "La con\uFB01ance a\uFB04ue, \uFB00aire o\uFB03cielle.", "Die Lu\uFB06 ist kla\uFB05.");
        Assert.Equal("The efficient file flow was defined.\n\nLa confiance afflue, ffaire officielle.\n\nDie Lust ist klast.", cleaned.Text);
        Assert.All(edits, e => Assert.Equal(("ligature", EditAction.Replaced), (e.Note, e.Action)));
        Assert.Contains(edits, e => e.Original == "\uFB03" && e.Replacement == "ffi");
        Assert.Contains(edits, e => e.Original == "\uFB04" && e.Replacement == "ffl");
    }

    [Fact]
    public void Kangxi_radicals_in_cjk_text_become_their_ideographs()
    {
        // ⽤ ⼀ ⽅ ⼦ as PDF fonts emit them for 用 一 方 子; a run of radicals is one edit.
        var (cleaned, edits) = Run("化学学科常\u2F64符号，\u2F00般\u2F45程式。", "\u2F26供\u2F64\u2F45法", "日本語の\u2F42章を読む。");
        Assert.Equal("化学学科常用符号，一般方程式。\n\n子供用方法\n\n日本語の文章を読む。", cleaned.Text);
        Assert.All(edits, e => Assert.Equal(("radical", EditAction.Replaced), (e.Note, e.Action)));
        Assert.Contains(edits, e => e.Original == "\u2F64\u2F45" && e.Replacement == "用方");
        // The replacement is .NET's NFKC form of each radical, not a table of ours.
        Assert.All(edits, e => Assert.Equal(e.Original.Normalize(System.Text.NormalizationForm.FormKC), e.Replacement));
    }

    [Fact]
    public void Radicals_supplement_characters_become_their_equivalent_ideographs_where_one_is_in_common_use()
    {
        // ⺟ has an NFKC form (母); ⻅ and ⻓ have none, and come from Unicode's EquivalentUnifiedIdeograph (见, 长);
        // ⺮ is the bamboo component, whose equivalent is a rare Extension B character: it stays.
        var (cleaned, edits) = Run("父\u2E9F都很好，看\u2EC5了\u2ED3城。", "\u2EAE字头");
        Assert.Equal("父母都很好，看见了长城。\n\n\u2EAE字头", cleaned.Text);
        Assert.Equal(["母", "见", "长"], edits.Select(e => e.Replacement));
        Assert.All(edits, e => Assert.Equal("radical", e.Note));
    }

    [Fact]
    public void A_radical_standing_alone_among_non_cjk_text_is_kept()
    {
        RuleConformance.LeavesAlone(Rule,
            "The radical \u2F08 means person; \u2F54 means water.",
            "Radicaux : \u2F00 \u2F01 \u2F02 (un, trait, point)",
            "\u2F00\n\u2F2E",
            "\"\u2F64\" is radical 101");
    }

    [Fact]
    public void Compatibility_ideographs_become_canonical_but_the_twelve_unified_ones_stay()
    {
        // U+F900 and U+F9D8 are canonical duplicates (NFC maps them); U+FA0E and U+FA11 are unified ideographs.
        var (cleaned, edits) = Run("\uF900\u98DF\u7269\uF9D8\u53CB");
        Assert.Equal("\u8C48\u98DF\u7269\u5F8B\u53CB", cleaned.Text);
        Assert.All(edits, e => Assert.Equal("nfc", e.Note));
        RuleConformance.LeavesAlone(Rule, "\uFA0E\uFA0F\uFA11\uFA13\uFA14\uFA1F\uFA21\uFA23\uFA24\uFA27\uFA28\uFA29");
    }

    [Fact]
    public void Other_compatibility_characters_keep_their_meaning()
    {
        // NFKC would turn these into "m2", "1/2", "1", "(株)", "kg", "2": the rule never applies it wholesale.
        RuleConformance.LeavesAlone(Rule,
            "面积 120 ㎡，约 ½ 亩，见注①。",
            "E = mc², H₂O, 10⁻³ s, ㈱ and ㎏",
            "他说：「你好！」（括号）？",
            "ﾃｽﾄ の ｶﾀｶﾅ");
    }

    [Fact]
    public void Holds_on_generated_text() => RuleConformance.HoldsOnGeneratedText(Rule);
}
