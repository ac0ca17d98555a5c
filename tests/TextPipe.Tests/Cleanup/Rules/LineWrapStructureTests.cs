using System.Collections.Immutable;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

/// <summary>
/// The line-wrap rule leaves the author's breaks alone: blocks of markup and of plain-text paragraphs, table rows,
/// running footers, FAQ questions, headings after a sentence, displayed commands in CJK text, scrambled lines. Each
/// case has a look-alike that is a real wrap and must still be joined.
/// </summary>
public class LineWrapStructureTests
{
    private static readonly LineWrapRule Rule = new();

    private static Document Run(string format, params string[] paragraphs)
    {
        var blocks = paragraphs.Select(p => new Block(BlockKind.Paragraph, p)).ToImmutableArray();
        var document = CleanupTestDocuments.FromBlocks(blocks);
        document = document with { Metadata = document.Metadata with { Format = format } };
        return RuleConformance.RunAndCheck(Rule, document);
    }

    // Every line its own block: a Chinese column the reader split at each line.
    private static readonly string[] ZhLinePerBlock =
    [
        "家庭和学校都应当为孩子创造安静",
        "的阅读环境。我们今年将在社区开",
        "设二十个亲子阅读角，并邀请作家",
        "走进校园与学生面对面交流。",
    ];

    private const string ZhJoined = "家庭和学校都应当为孩子创造安静的阅读环境。我们今年将在社区开设二十个亲子阅读角，并邀请作家走进校园与学生面对面交流。";

    [Theory]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("docx")]
    [InlineData("srt")]
    public void Blocks_of_markup_or_cues_are_the_authors_and_never_joined(string format)
    {
        var cleaned = Run(format, ZhLinePerBlock);

        Assert.Equal(ZhLinePerBlock, cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("pdf")]
    public void Line_per_block_text_and_pdf_lines_are_still_joined(string format)
    {
        var cleaned = Run(format, ZhLinePerBlock);

        Assert.Equal(ZhJoined, Assert.Single(cleaned.Blocks).Text);
    }

    // Two wrapped paragraphs; the first ends on a full line cut mid-clause.
    private static readonly string[] EnParagraphs =
    [
        "The committee reviewed the proposals submitted by the\n" +
        "regional offices and decided that each of them should\n" +
        "receive a written answer before the end of the month\n" +
        "so that the offices could plan their work for the",
        "next season the board will publish the full list of\n" +
        "projects together with the names of the people who\n" +
        "will lead them and the budget that each one receives.",
    ];

    [Fact]
    public void A_blank_line_between_paragraphs_of_plain_text_is_the_authors()
    {
        var cleaned = Run("text", EnParagraphs);

        Assert.Equal(2, cleaned.Blocks.Length);
    }

    [Fact]
    public void A_paragraph_split_between_blocks_of_a_pdf_page_is_still_joined()
    {
        var cleaned = Run("pdf", EnParagraphs);

        Assert.Contains("plan their work for the next season", Assert.Single(cleaned.Blocks).Text);
    }

    [Theory]
    // Rows of font files, option tables, counters: zh, ko, en, fr, ja.
    [InlineData("NotoSerifCJKsc-Regular.otf NotoSerifCJKsc Regular", "NotoSerifCJKsc-Bold.otf NotoSerifCJKsc Bold")]
    [InlineData("left 参数使单元格的内容靠左对齐", "right 参数使单元格的内容靠右对齐")]
    [InlineData("하나 둘 셋 넷 다섯 여섯 일곱 여덟", "첫 둘 셋 넷 다섯 여섯 일곱 여덟")]
    [InlineData("Général : ajout de la détection des rivières . 1", "Général : correction du support de LuaTeX . . 1")]
    [InlineData("width 図形の幅を指定します", "height 図形の高さを指定します")]
    [InlineData("makeindex -s index.ist -o index.idx index.ind", "makeindex -s noms.ist -o noms.idx noms.ind")]
    [InlineData("$Config{archlib} (currently /usr/lib/perl/version)", "$Config{privlib} (currently /usr/share/perl/version)")]
    public void Rows_of_a_table_or_list_are_parallel(string a, string b) => Assert.True(ParallelLines.Are(a, b));

    [Theory]
    // Prose lines that start alike but go on with their own words.
    [InlineData("and the council asked the regional offices to", "and the members of the board agreed that the")]
    [InlineData("valeur « z » en dernier. Ce tri peut être affiné en utilisant", "valeur « aa » est imprimée en premier, suivi de « ab »")]
    [InlineData("것이 디폴트가 되었다. 이전에는 adjustmath 옵션을 부여해야", "이 디폴트가 된 것이다. 이 기능을 배제하고 수식과 본문의")]
    [InlineData("系统都是免费的。 Knuth 教授还公开了他的全部", "算机系统上得到实现。 TeX 系统的排版结果")]
    [InlineData("Since the change of case is only used in some", "languages, the call of the macro has to be")]
    [InlineData("今日は晴れて 気温も高く なりました", "明日は曇りで 気温も低く なるでしょう")]
    public void Prose_lines_that_start_alike_are_not_parallel(string a, string b) => Assert.False(ParallelLines.Are(a, b));

    [Fact]
    public void Table_rows_in_a_wrapped_column_are_not_joined()
    {
        string text =
            "The package ships three weights of the same family, and each\n" +
            "weight is selected with its own file name in the preamble of\n" +
            "the document, as the following table of the font files shows\n" +
            "NotoSerifCJKsc-Light.otf NotoSerifCJKsc Light weight file\n" +
            "NotoSerifCJKsc-Medium.otf NotoSerifCJKsc Medium weight file\n" +
            "NotoSerifCJKsc-Bold.otf NotoSerifCJKsc Bold weight file here";

        var cleaned = Run("pdf", text);

        Assert.Contains("NotoSerifCJKsc-Light.otf NotoSerifCJKsc Light weight file\nNotoSerifCJKsc-Medium.otf", cleaned.Text);
        Assert.Contains("Medium weight file\nNotoSerifCJKsc-Bold.otf", cleaned.Text);
        Assert.StartsWith("The package ships three weights of the same family, and each weight is selected", cleaned.Text);
    }

    [Theory]
    [InlineData("texhash", "刷新文件名数据库的命令是")]
    [InlineData("All rights reserved by the authors.", "作者保留所有权利。")]
    [InlineData("KoPubDotum Bold KoPubDotum Medium", "이 글꼴은 이름이 같지만 굵기가 다르다.")]
    [InlineData("make install", "インストールするには次のコマンドを実行します")]
    public void A_line_without_cjk_next_to_a_cjk_line_switches_script(string latin, string cjk)
    {
        Assert.True(ScriptSwitch.Between(latin, cjk));
        Assert.True(ScriptSwitch.Between(cjk, latin));
    }

    [Theory]
    [InlineData("我们在这里使用 Python 语言和", "NumPy 库来计算每一个样本的平均值")]
    [InlineData("详细信息请访问", "https://example.org/docs/install")]
    [InlineData("The committee met on Tuesday and", "discussed the budget for next year")]
    [InlineData("자세한 내용은 다음 문서를", "참고하라.")]
    public void Mixed_lines_and_web_addresses_do_not_switch_script(string a, string b) => Assert.False(ScriptSwitch.Between(a, b));

    [Fact]
    public void A_displayed_command_between_chinese_lines_stays_on_its_line()
    {
        string[] blocks =
        [
            "刷新文件名数据库的具体命令取决于你使用",
            "的系统。在大多数系统上刷新数据库的命令是",
            "mktexlsr",
            "在其他系统上可以在命令行窗口中输入以下",
            "命令来完成同样的工作，然后重新编译文档。",
        ];

        var cleaned = Run("pdf", blocks);

        Assert.Contains("mktexlsr", cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_running_footer_between_pages_is_not_joined_but_a_sentence_written_three_times_is()
    {
        const string Footer = "Draft of the user guide, version 2.1, 2024-05-07";
        string[] blocks =
        [
            "The installer copies every file to the folder that you chose in",
            Footer,
            "the first step and then asks whether the program should start",
            "when the computer starts. Most people leave this option on, as",
            Footer,
            "the program uses little memory while it waits in the background",
            "and it checks for updates once a day when a network is present",
            Footer,
            "so that the user does not have to remember to do this by hand.",
        ];

        var cleaned = Run("pdf", blocks);

        Assert.Equal(3, cleaned.Blocks.Count(b => b.Text == Footer));

        string repeated = "Si la référence désignée par le label se trouve à une page antérieure à la page";
        string[] definitions =
        [
            repeated + "\ncourante, le terme « supra » est imprimé, suivi du numéro de la note en question.",
            repeated + "\ncourante, le terme « infra » est imprimé en italiques, suivi du numéro de la note.",
            repeated + "\ncourante, le terme « ibid. » est imprimé en italiques, suivi de la page citée ici.",
        ];
        var prose = Run("pdf", definitions);

        Assert.All(prose.Blocks, b => Assert.Contains("à la page courante, le terme", b.Text));
    }

    [Theory]
    [InlineData("15 如何升级现有的软件包？")]
    [InlineData("23 什么是文件名数据库？怎么刷新？")]
    [InlineData("3. How do I install the package?")]
    [InlineData("7 パッケージを更新するには？")]
    [InlineData("12 Comment installer le paquet ?")]
    public void A_numbered_question_is_an_faq_heading(string line) => Assert.True(StandaloneLine.IsNumberedQuestion(line));

    [Theory]
    [InlineData("5 2025 年的计划是什么？")]
    [InlineData("他问：你明天几点来？")]
    [InlineData("15 如何升级现有的软件包")]
    public void Questions_without_a_leading_number_or_numbers_with_a_date_are_not_faq_headings(string line) =>
        Assert.False(StandaloneLine.IsNumberedQuestion(line));

    [Fact]
    public void An_faq_question_is_not_joined_to_the_answer_before_or_after_it()
    {
        string[] blocks =
        [
            "搜索引擎的结果加到这个目录后面，就是这个文",
            "件在我们的服务器上的路径了。你可以直接用它",
            "15 如何升级现有的软件包？",
            "无论是完整安装的还是单独安装的软件包，都可以",
            "使用其自带的更新工具完成升级，不需要重新安装",
        ];

        var cleaned = Run("pdf", blocks);

        Assert.Contains("15 如何升级现有的软件包？", cleaned.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("ᄆᆞ음의 ᄆᆡ친 설ᄋᆷᅳ 疊ᄐᆸ疊ᅧ ᄐ엽 ᅵ ᄡᅡ여 이셔")]
    [InlineData("ᅡ 하ᄂᆯᆞ 모ᄅᆞᆯ")]
    public void A_line_with_a_vowel_jamo_starting_a_word_is_scrambled(string line) => Assert.True(StandaloneLine.HasScrambledHangul(line));

    [Theory]
    [InlineData("이 문장은 평범한 한국어 문장이다.")]
    [InlineData("ᄒᆞᆫ 사ᄅᆞᆷ")]
    public void Well_formed_hangul_is_not_scrambled(string line) => Assert.False(StandaloneLine.HasScrambledHangul(line));

    // Two paragraphs of a Japanese PDF page; the first ends on a full line closed by the full-width full stop (．)
    // of technical writing, which ends a sentence like 。 does.
    [Fact]
    public void A_japanese_full_width_full_stop_ends_a_sentence_at_a_block_end()
    {
        string[] blocks =
        [
            "見出しの前後の空きを指定します．デフォルトでは前に一\n" +
            "行，後ろに半行の空きが入ります．この値はクラスオプショ\n" +
            "ンで変更することができます．詳しくは次の節を見てください．",
            "標準的な文書クラスと同じように本文を書くことができます\n" +
            "が，次のような命令が追加されています．なお，本文中の例\n" +
            "は全て横組みの場合を示しています．",
        ];

        var cleaned = Run("pdf", blocks);

        Assert.Equal(2, cleaned.Blocks.Length);
        Assert.EndsWith("詳しくは次の節を見てください．", cleaned.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_japanese_clause_cut_between_two_blocks_is_still_joined()
    {
        string[] blocks =
        [
            "見出しの前後の空きを指定します．デフォルトでは前に一\n" +
            "行，後ろに半行の空きが入ります．この値はクラスオプショ",
            "ンで変更することができます．詳しくは次の節を見てください．",
        ];

        var cleaned = Run("text", blocks);

        Assert.Contains("クラスオプションで変更", Assert.Single(cleaned.Blocks).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("les revues juridiques de référence telles que le Recueil Dalloz ou le JCP.\nRequis: author, title, journaltitle, year/date")]
    [InlineData("the parser reads every field of the record that the user has listed.\nNote: fields that are not listed are kept in the output unchanged")]
    [InlineData("a definition of every command that the package adds to the document class.\nReferences")]
    public void After_a_sentence_a_labelled_line_or_a_heading_stays_apart(string ending)
    {
        string text =
            "The parser was written for documents whose structure is simple and\n" +
            "it reads the fields one by one; each field ends at a new line, and\n" +
            "the values are checked against the schema that the user provides,\n" +
            ending;

        var cleaned = Run("pdf", text);

        Assert.Contains("\n" + ending.Split('\n')[1], cleaned.Text);
        Assert.StartsWith("The parser was written for documents whose structure is simple and it reads", cleaned.Text);
    }

    [Fact]
    public void After_a_sentence_a_short_last_line_that_ends_a_sentence_is_still_joined()
    {
        string text =
            "The parser was written for documents whose structure is simple and\n" +
            "it reads the fields one by one; each field ends at a new line, and\n" +
            "the values are checked against the schema that the user provides.\n" +
            "Errors are listed.";

        var cleaned = Run("pdf", text);

        Assert.Equal(
            "The parser was written for documents whose structure is simple and it reads the fields one by one; each field ends at a new line, and the values are checked against the schema that the user provides. Errors are listed.",
            cleaned.Text);
    }

    [Fact]
    public void A_path_or_address_broken_after_a_slash_is_joined_without_a_space()
    {
        string text =
            "The macros are described in the documentation of the package, which\n" +
            "you can find on every mirror of the archive under CTAN:macros/latex/\n" +
            "contrib/babel/ together with the sources and the test files for it.";

        var cleaned = Run("text", text);

        Assert.Contains("CTAN:macros/latex/contrib/babel/", cleaned.Text);
    }

    [Fact]
    public void A_word_then_a_lone_slash_at_the_line_end_keeps_its_space()
    {
        string text =
            "The form asks for the name of the parent or guardian and/or the\n" +
            "teacher, and the date of birth of the child in the form day /\n" +
            "month / year, so that the office can check it before the visit.";

        var cleaned = Run("text", text);

        Assert.Contains("day / month / year", cleaned.Text);
    }

    [Fact]
    public void A_line_of_verse_between_regular_verse_lines_stays()
    {
        string text =
            "春风吹过小桥东，柳色青青映水中。\n" +
            "三更月，五更钟，独坐窗前听晚风，\n" +
            "明朝又是一年终。";

        var cleaned = Run("text", text);

        Assert.Equal(text, cleaned.Text);
    }

    [Theory]
    [InlineData("ⅰ ⅱ ⅲ ⅳ ⅴ ⅵ ⅶ ⅷ ⅸ ⅹ")]
    [InlineData("⒜ ⒝ ⒞ ⒟ ⒠")]
    [InlineData("E E")]
    public void A_row_of_loose_symbols_or_letters_stands_alone(string line) => Assert.True(StandaloneLine.IsFragments(line));

    [Theory]
    [InlineData("在 数 字 化 时 代")]
    [InlineData("한 글 자 씩")]
    [InlineData("a b c 12 d")]
    public void Spaced_cjk_letters_and_digits_are_not_loose_fragments(string line) => Assert.False(StandaloneLine.IsFragments(line));

    [Theory]
    [InlineData("...")]
    [InlineData("* * *")]
    [InlineData("——")]
    public void A_line_without_letters_or_digits_stands_alone(string line) => Assert.True(StandaloneLine.IsPunctuationOnly(line));

    [Theory]
    [InlineData("= \"Readings.txt\",")]
    [InlineData("format.title \"title\" output.check crossref missing$")]
    [InlineData("duplicate$ empty$")]
    public void Assignment_continuations_and_bibtex_functions_are_code(string line) => Assert.True(CodeLine.Is(line));

    [Theory]
    [InlineData("The fund paid US$ 5 million to the region last year.")]
    [InlineData("Il a payé 20 $ pour le livre et 5 $ pour le cahier.")]
    public void Prose_with_a_dollar_or_an_equals_sign_is_not_code(string line) => Assert.False(CodeLine.Is(line));

    [Theory]
    [InlineData("Addison-Wesley, Reading, Mas-E")]
    [InlineData("la FAQ LaTeX Vi-E")]
    public void A_capital_after_a_words_hyphen_at_the_line_end_is_a_stray_logo_letter(string line) =>
        Assert.True(StandaloneLine.EndsWithStrayLetter(line));

    [Fact]
    public void A_hyphenated_word_is_not_joined_to_a_lone_letter_or_a_footnote_number_but_a_split_isbn_is()
    {
        string[] blocks =
        [
            "Even if your work is unrelated to the programs that were once consid-",
            "E",
            "ered for this purpose, the licence still applies to every copy of it,",
        ];
        var logo = Run("pdf", blocks);

        Assert.DoesNotContain(logo.Blocks, b => b.Text.Contains("considE", StringComparison.Ordinal));

        var isbn = Run("text",
            "Handbuch der Werkstoffe, Springer, Berlin, 17. Auflage, 1990, ISBN 3-540-52381-\n" +
            "2, with a second volume on the testing of metals and of plastics in\n" +
            "the laboratory, which the authors published two years later in 1992.");

        Assert.Contains("ISBN 3-540-52381-2,", isbn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_archive_name_before_a_path_on_the_next_line_is_joined_without_a_space()
    {
        string text =
            "The macros are described in the documentation of the package, which you\n" +
            "can find on every mirror of the archive that keeps the sources of the\n" +
            "packages and their manuals, for example in the folder named CTAN:\n" +
            "macros/latex/contrib/babel/ together with the sources and the tests\n" +
            "that the authors wrote for each of the languages that it supports now.";

        var cleaned = Run("text", text);

        Assert.Contains("CTAN:macros/latex/contrib/babel/", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_and_a_colon_before_a_word_keep_their_space()
    {
        string text =
            "The committee listed three reasons for the delay in its report, and the\n" +
            "first of them was given a heading of its own in the summary that went to\n" +
            "the members of the board with the accounts, under the label Reason:\n" +
            "funding arrived late because the regional office changed its rules in\n" +
            "the spring and asked every project for a new form and a new budget.";

        var cleaned = Run("text", text);

        Assert.Contains("Reason: funding arrived late", cleaned.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leqno, fleqn, openbib, article, oldfontcommands")]
    [InlineData("rouge, vert, bleu, jaune, violet")]
    public void A_complete_list_of_names_ends_its_line(string line) => Assert.True(StandaloneLine.IsCompleteList(line));

    [Theory]
    [InlineData("twocolumn, openright, openleft, openany, final,")]
    [InlineData("English, French, German, Italian, Swedish, and")]
    [InlineData("The list has four items, each of them short")]
    public void A_list_that_goes_on_or_a_sentence_is_not_a_complete_list(string line) => Assert.False(StandaloneLine.IsCompleteList(line));

    [Theory]
    [InlineData("A Recommendation on Modification Without Distribution")]
    [InlineData("Notes Concerning Previous Versions of This Licence")]
    public void A_title_case_line_is_a_heading(string line) => Assert.True(StandaloneLine.IsTitleCase(line));

    [Theory]
    [InlineData("the Current Maintainer of the Work, you may, without")]
    [InlineData("Derived Work must provide sufficient documentation")]
    [InlineData("本节介绍 Python Package Index Mirror Setup")]
    public void Prose_with_capitalised_terms_is_not_title_case(string line) => Assert.False(StandaloneLine.IsTitleCase(line));

    [Theory]
    [InlineData("드러냄표 드러냄표 다시한번 드러냄표 이번에는 드러냄표 높이조절 드러냄표")]
    [InlineData("Sample sample Sample text Sample more Sample")]
    [InlineData("中 Eng 文, 中 Eng 文, 中 Eng 文 and 中 Eng 文.")]
    public void A_line_made_of_one_word_repeated_is_a_sample(string line) => Assert.True(StandaloneLine.IsRepetitive(line));

    [Theory]
    [InlineData("lines / before_lines / after_lines / before_space / after_space")]
    [InlineData("TEX 提供了一套语言，TEX 有宏功能，用户可以用 TEX 定义")]
    [InlineData("Introduction . . . . . . . . . . . . 3")]
    [InlineData("the cat and the dog and the bird")]
    public void Leaders_slashes_cjk_phrases_and_prose_are_not_repetitive(string line) => Assert.False(StandaloneLine.IsRepetitive(line));

    [Theory]
    [InlineData("3. http://tex.stackexchange.com/questions/27588/repetition-of-a-word")]
    [InlineData("[12] https://example.org/docs/install")]
    public void A_numbered_web_address_is_a_note(string line) => Assert.True(StandaloneLine.IsNumberedAddress(line));

    [Fact]
    public void A_bare_web_address_may_belong_to_a_sentence() => Assert.False(StandaloneLine.IsNumberedAddress("http://www.example.org"));

    [Theory]
    [InlineData("1008 preliminary draft, September 24, 2008 20:26")]
    [InlineData("Brouillon du 12 mars 2024 09:15:02")]
    public void A_line_ending_in_a_year_and_a_time_is_a_draft_stamp(string line) => Assert.True(StandaloneLine.IsTimestamped(line));

    [Fact]
    public void A_time_of_day_without_a_year_is_prose() => Assert.False(StandaloneLine.IsTimestamped("the meeting starts on Monday at 10:30"));

    [Theory]
    [InlineData("Tableau 4.3. Liste des commandes servant à gérer les comptes")]
    [InlineData("표 1: 한글 카운터 목록")]
    [InlineData("図 3 見出しの配置")]
    public void A_table_or_figure_caption_is_not_joined_to_the_line_before(string caption)
    {
        string[] blocks =
        [
            "Les commandes les plus importantes pour gérer les informations des comptes de",
            "tous les utilisateurs du système sont présentées ici dans leur ordre habituel",
            "avec les options que les administrateurs emploient le plus souvent dans les",
            "scripts de maintenance des serveurs et des postes de travail de leurs services de",
            caption,
        ];

        var cleaned = Run("pdf", blocks);

        Assert.Contains(caption, cleaned.Blocks.Select(b => b.Text));
    }
}
