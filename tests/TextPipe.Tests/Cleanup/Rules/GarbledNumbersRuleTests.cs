using TextPipe.Cleanup;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

public class GarbledNumbersRuleTests
{
    private static readonly GarbledNumbersRule Rule = new();

    private static CleanupOptions With(GarbledNumbersPolicy policy) =>
        new() { Profile = "default", EnabledRules = [], GarbledNumbers = policy };

    private static (Document Clean, List<Edit> Edits) Run(GarbledNumbersPolicy policy, params string[] paragraphs)
    {
        var doc = CleanupTestDocuments.FromParagraphs(paragraphs);
        var clean = RuleConformance.RunAndCheck(Rule, doc, With(policy));
        return (clean, [.. clean.Edits]);
    }

    [Theory]
    [InlineData("The port closed on 32 January for repairs.", "The port closed on ๓๒ January for repairs.")]
    [InlineData("The storm hit on 31 February, the records say.", "The storm hit on ٣١ February, the records say.")]
    [InlineData("展会于13月5日开幕。", "展会于１３月５日开幕。")]
    public void Dates_in_digits_of_other_scripts_are_judged_as_in_ascii_digits(string ascii, string otherDigits)
    {
        // The patterns' \d matches any decimal digit; reading its value once threw on Thai or Arabic-Indic digits.
        var (_, asciiEdits) = Run(GarbledNumbersPolicy.Flag, ascii);
        var (_, otherEdits) = Run(GarbledNumbersPolicy.Flag, otherDigits);

        Assert.NotEmpty(asciiEdits);
        Assert.Equal(asciiEdits.Select(e => AsciiDigits(e.Note)), otherEdits.Select(e => AsciiDigits(e.Note)));
    }

    private static string AsciiDigits(string? note) =>
        new([.. (note ?? "").Select(c => System.Globalization.CharUnicodeInfo.GetDecimalDigitValue(c) is >= 0 and var d ? (char)('0' + d) : c)]);

    [Theory]
    [InlineData("展览面积超过了5。2万平方米。", "展览面积超过了5.2万平方米。")]
    [InlineData("营收增长了12。5%，好于预期。", "营收增长了12.5%，好于预期。")]
    [InlineData("该药物的浓度为0。75倍。", "该药物的浓度为0.75倍。")]
    public void A_cjk_full_stop_between_digits_before_a_unit_is_a_decimal_point(string input, string expected)
    {
        var (clean, edits) = Run(GarbledNumbersPolicy.Drop, input);

        Assert.Equal(expected, clean.Text);
        var edit = Assert.Single(edits);
        Assert.Equal(EditAction.Replaced, edit.Action);
        Assert.Equal("。", edit.Original);
        Assert.Equal("decimal point read as 。", edit.Note);
    }

    [Theory]
    [InlineData("The plant opened in 2O23 with 1O0 workers.", "The plant opened in 2023 with 100 workers.", 2)]
    [InlineData("Le budget atteint 3l5 millions en 2OI9.", "Le budget atteint 315 millions en 2019.", 2)]
    [InlineData("共有1O5家企业参展。", "共有105家企业参展。", 1)]
    public void Letters_between_digits_are_read_back_as_digits(string input, string expected, int count)
    {
        var (clean, edits) = Run(GarbledNumbersPolicy.Drop, input);

        Assert.Equal(expected, clean.Text);
        Assert.Equal(count, edits.Count);
        Assert.All(edits, e => Assert.Equal(EditAction.Replaced, e.Action));
        Assert.All(edits, e => Assert.StartsWith("letters read as digits", e.Note, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The results were good. The report (2021-<>) lists them. Read it.", "The results were good. Read it.", "The report (2021-<>) lists them. ", "placeholder <>")]
    [InlineData("It has a \"<> qubit processor\" inside. Nobody knew.", "Nobody knew.", "It has a \"<> qubit processor\" inside. ", "placeholder <>")]
    [InlineData("会议开幕。共有<>个国家参加。", "会议开幕。", "共有<>个国家参加。", "placeholder <>")]
    [InlineData("Le salon a accueilli <num> exposants. Il a fermé tôt.", "Il a fermé tôt.", "Le salon a accueilli <num> exposants. ", "placeholder <num>")]
    public void A_sentence_whose_number_became_a_placeholder_is_dropped(string input, string expected, string removed, string note)
    {
        var (clean, edits) = Run(GarbledNumbersPolicy.Drop, input);

        Assert.Equal(expected, clean.Text);
        var edit = edits.First();
        Assert.Equal(EditAction.Removed, edit.Action);
        Assert.Equal(removed, edit.Original.TrimStart());
        Assert.Equal(note, edit.Note);
    }

    [Theory]
    [InlineData("The fair ran from March 9 to 2, with 300 stands. It was busy.", "impossible range from March 9 to 2")]
    [InlineData("Le festival se tiendra du 12 au 8 juin à Lyon. Venez nombreux.", "impossible range 12 au 8 juin")]
    [InlineData("展会于9月12日至10日举行。欢迎参观。", "impossible range 9月12日至10日")]
    [InlineData("The vote is on February 30. Polls open at eight.", "impossible date February 30")]
    [InlineData("La réunion aura lieu le 31 avril. Merci.", "impossible date 31 avril")]
    [InlineData("报告于2022年13月发布。详见附件。", "impossible date 2022年13月")]
    [InlineData("大会于6月31日闭幕。详见附件。", "impossible date 6月31日")]
    public void Impossible_dates_and_ranges_drop_their_sentence_under_drop(string input, string note)
    {
        var (clean, edits) = Run(GarbledNumbersPolicy.Drop, input);

        var edit = Assert.Single(edits);
        Assert.Equal(EditAction.Removed, edit.Action);
        Assert.Equal(note, edit.Note);
        Assert.DoesNotContain(edit.Original.Trim(), clean.Text, StringComparison.Ordinal);
        Assert.True(clean.Text.Length > 0);
    }

    [Fact]
    public void A_block_left_empty_by_drops_is_removed()
    {
        var (clean, edits) = Run(GarbledNumbersPolicy.Drop, "Keep this.", "Lost <>-5 items. And more from 2020-{}.", "Keep that.");

        Assert.Equal("Keep this.\n\nKeep that.", clean.Text);
        Assert.Equal([EditAction.Removed, EditAction.Removed, EditAction.Removed], edits.Select(e => e.Action));
        Assert.Equal("block left empty", edits[2].Note);
    }

    [Fact]
    public void Under_flag_a_certain_finding_is_flagged_and_the_text_kept()
    {
        const string input = "The fair ran from July 7 to 4. It had 5。2万 visitors.";
        var (clean, edits) = Run(GarbledNumbersPolicy.Flag, input);

        Assert.Equal("The fair ran from July 7 to 4. It had 5.2万 visitors.", clean.Text);
        Assert.Equal([EditAction.Replaced, EditAction.Flagged], edits.Select(e => e.Action));
        Assert.Equal("from July 7 to 4", edits[1].Original);
    }

    [Fact]
    public void Under_keep_only_certain_repairs_are_made()
    {
        var (clean, edits) = Run(GarbledNumbersPolicy.Keep, "Report (2023-<>) out on July 7 to 4, 2O23.");

        Assert.Equal("Report (2023-<>) out on July 7 to 4, 2023.", clean.Text);
        Assert.Equal("2O23", Assert.Single(edits).Original);
    }

    [Theory]
    [InlineData("During the fair more than 2017 new products were shown.", "year used as a count: more than 2017 n")]
    [InlineData("The 9 World Robot Conference opened in Beijing.", "bare number where an ordinal is expected: The 9 World Robot Conference")]
    [InlineData("The summit closed on March 2024 after three days.", "day missing: on March 2024")]
    [InlineData("本次活动吸引了超过2019家企业参展。", "year used as a count: 超过2019家")]
    [InlineData("Le prix passe à XX euros.", "number masked as XX")]
    [InlineData("合同于20XX年签订。", "number masked as XX")]
    [InlineData("The line opens at 9:75 every day.", "minutes over 59 in 9:75")]
    [InlineData("He paid l00 dollars.", "letter or digit? l00")]
    public void Suspicious_numbers_are_flagged_never_dropped_even_under_drop(string input, string note)
    {
        var (clean, edits) = Run(GarbledNumbersPolicy.Drop, input);

        Assert.Equal(input, clean.Text);
        var edit = Assert.Single(edits);
        Assert.Equal(EditAction.Flagged, edit.Action);
        Assert.StartsWith(note, edit.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_missing_from_the_other_half_of_a_bilingual_document_is_flagged()
    {
        var (clean, edits) = Run(GarbledNumbersPolicy.Drop,
            "3月15日，该市新建了12所学校，投资5.6亿元，覆盖一半的街道。",
            "English version:",
            "On March 15, the city opened 14 new schools with an investment of 560 million yuan, covering half of its streets.");

        Assert.Contains("14 new schools", clean.Text, StringComparison.Ordinal);
        Assert.Equal(["12", "14"], edits.Select(e => e.Original));
        Assert.All(edits, e => Assert.Equal(EditAction.Flagged, e.Action));
        Assert.All(edits, e => Assert.EndsWith("is not in the other language's half", e.Note, StringComparison.Ordinal));
    }

    [Fact]
    public void Matching_numbers_in_a_bilingual_document_are_left_alone()
    {
        RuleConformance.LeavesAlone(Rule,
            "1月21日，第十六届大会开幕，3,000名代表出席，投资达5.2万元。",
            "Traduction :",
            "Le 21 janvier, le 16e congrès s'est ouvert avec 3 000 délégués et 52 000 yuans d'investissement.");
    }

    [Theory]
    [InlineData("今年一季度，该市出口额同比增长<>%，高于全国水平。", "增长<>%")]
    [InlineData("项目总投资<>万元，预计明年完工。", "<>万元")]
    [InlineData("学校现在共有<>名学生和八十位老师。", "共有<>名")]
    [InlineData("The city expects about <> million visitors this summer.", "about <> million")]
    [InlineData("Exports rose by <> percent in the first quarter.", "<> percent")]
    [InlineData("The firm hired more than <> engineers last year.", "more than <>")]
    [InlineData("La région compte environ <> habitants selon le recensement.", "environ <>")]
    [InlineData("Le chiffre d'affaires a progressé de <> % sur un an.", "<> %")]
    [InlineData("Die Stadt hat rund <> Millionen Einwohner.", "<> Millionen")]
    public void A_placeholder_for_a_lost_number_in_prose_drops_its_sentence(string sentence, string where)
    {
        Assert.Contains("<>", where, StringComparison.Ordinal);
        var (clean, edits) = Run(GarbledNumbersPolicy.Drop, "Context stays here. " + sentence);

        Assert.Equal("Context stays here.", clean.Text);
        var edit = Assert.Single(edits);
        Assert.Equal((EditAction.Removed, "placeholder <>"), (edit.Action, edit.Note));
        Assert.Contains(where, edit.Original, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dropped_sentence_ends_at_an_ellipsis_before_the_next_chinese_sentence()
    {
        var (clean, edits) = Run(GarbledNumbersPolicy.Drop, "销量增长了<>%……其他指标也都不错。");

        Assert.Equal("其他指标也都不错。", clean.Text);
        Assert.Equal("销量增长了<>%……", Assert.Single(edits).Original);
    }

    [Fact]
    public void Between_two_prose_words_with_nothing_to_say_it_is_a_number_the_placeholder_is_only_flagged()
    {
        var (clean, edits) = Run(GarbledNumbersPolicy.Drop, "The team met <> engineers from the partner company.");

        Assert.Equal("The team met <> engineers from the partner company.", clean.Text);
        var edit = Assert.Single(edits);
        Assert.Equal((EditAction.Flagged, "possible placeholder <>"), (edit.Action, edit.Note));
    }

    [Theory]
    [InlineData("Use SELECT name FROM users WHERE status <> 'closed' to list them.")]
    [InlineData("The filter keeps rows where a <> b holds.")]
    [InlineData("Rows with order_total <> 0 are billed.")]
    [InlineData("In C++ a std::vector<> or a Dictionary<> needs its type argument.")]
    [InlineData("React lets you group children with a fragment, <></>, instead of a div.")]
    [InlineData("From: Jane Doe <>\nTo: the list")]
    [InlineData("The diamond operator <> infers the type arguments.")]
    [InlineData("Pascal writes inequality as \"<>\" and C as !=.")]
    [InlineData("在SQL中，用<>表示不等于，也可以写成!=。")]
    [InlineData("Le signe <> veut dire différent en Pascal.")]
    [InlineData("<p>Plain paragraph</p> and <br> are markup, not numbers.")]
    public void Empty_angle_brackets_that_are_syntax_or_a_mention_stay_unflagged(string text)
    {
        var (clean, edits) = Run(GarbledNumbersPolicy.Drop, text);

        Assert.Equal(text, clean.Text);
        Assert.Empty(edits);
    }

    [Fact]
    public void Look_alikes_are_left_alone()
    {
        RuleConformance.LeavesAlone(Rule,
            "展会于7月4日至7日举行，共3个。2023年展会规模更大。",
            "The fair runs from 4 to 7 July and from July 4 to 7 next year; it has 3,000 stands and grew 5.2% in 2023.",
            "Le salon ouvre à 10:30 le 21 novembre, du 4 au 7 juillet ; la 4G, la 5G et le B2B y sont présents.",
            "第二季度营收增长。2023年以来，公司在3D、MP3和COVID-19领域布局，A4纸用量下降。",
            "Sales reached 1987. 2024 will be better, with more than 2000 new staff and nearly 40 shops.",
            "In SQL, a List<> and a dictionary {} are different; the O2 sensor and 5l can stay.",
            "XX公司与某某签约。The 2024 Summit and the 3 Musketeers. Sales for June 2023 rose in July 2023.",
            "The score was 25:17 and the meeting ended at 23:59; Feb 29 is fine; the 30th of April too.",
            "他们共收到32日元。共有5。2023年起规则变化。");
    }

    [Fact]
    public void Holds_on_generated_text()
    {
        RuleConformance.HoldsOnGeneratedText(Rule);
        RuleConformance.HoldsOnGeneratedText(Rule, With(GarbledNumbersPolicy.Flag), iterations: 100);
    }

    [Fact]
    public void Sentence_spans_cover_the_text_and_keep_decimals_whole()
    {
        const string text = "It grew 5.2% today. Next!\n第二句。“第三句！”好 ";
        var spans = SentenceSpans.Split(text);

        Assert.Equal(["It grew 5.2% today. ", "Next!\n", "第二句。", "“第三句！”", "好 "], spans.Select(s => text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void A_line_of_code_or_tex_is_never_dropped_but_a_prose_placeholder_beside_it_is()
    {
        var (clean, edits) = Run(GarbledNumbersPolicy.Drop,
            "\\def\\labelname#1{\\textbf{Nom##1{}}}%\n\\def\\labelplace#1{\\emph{Lieu##1{}}}%",
            "if (items.Count == 0) { return new List<>(); }",
            "La salle accueillait <num> personnes. Le concert a commencé à l’heure.");

        Assert.Equal(
            "\\def\\labelname#1{\\textbf{Nom##1{}}}%\n\\def\\labelplace#1{\\emph{Lieu##1{}}}%\n\n" +
            "if (items.Count == 0) { return new List<>(); }\n\n" +
            "Le concert a commencé à l’heure.",
            clean.Text);
        var edit = Assert.Single(edits);
        Assert.Equal("placeholder <num>", edit.Note);
    }
}
