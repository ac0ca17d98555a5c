using CsCheck;
using TextPipe.Cleanup;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

public class RepetitionRuleTests
{
    private static readonly RepetitionRule Rule = new();

    private static readonly CleanupOptions Options = new() { Profile = "default", EnabledRules = [] };

    private static Document Run(params string[] paragraphs) =>
        RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(paragraphs));

    private static Document RunBlocks(params Block[] blocks) =>
        RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromBlocks([.. blocks]));

    private static List<Edit> Removed(Document d) => [.. d.Edits.Where(e => e.Action == EditAction.Removed)];

    private static List<Edit> Flagged(Document d) => [.. d.Edits.Where(e => e.Action == EditAction.Flagged)];

    [Fact]
    public void A_long_paragraph_pasted_twice_in_a_row_goes_and_the_first_stays()
    {
        var cleaned = Run("It approved the plan.", "The committee met on Tuesday to discuss the budget for next year.", "The committee  met on Tuesday\tto discuss the budget for next year. ");
        Assert.Equal("It approved the plan.\n\nThe committee met on Tuesday to discuss the budget for next year.", cleaned.Text);
        var edit = Assert.Single(cleaned.Edits);
        Assert.Equal(EditAction.Removed, edit.Action);
        Assert.Equal("repetition loop: paragraph ×2 in a row", edit.Note);
    }

    [Theory]
    [InlineData("General: Fix French documentation . . . . . . . . 12")]
    [InlineData("Bug fixes in the installer ........................ 4")]
    [InlineData("修正了安装程序中的若干问题……………………………… 7")]
    [InlineData("Corrections de la documentation · · · · · · · 31")]
    public void Contents_and_index_entries_repeated_in_a_row_stay(string entry)
    {
        // A change log's contents list the same entry under several versions: structure, not a loop.
        var cleaned = Run(entry, entry, entry, entry);

        Assert.Empty(Removed(cleaned));
    }

    [Fact]
    public void A_sentence_ending_in_a_number_is_still_a_loop_when_it_repeats()
    {
        // Look-alike: no leader dots, so a scraped line pasted four times is still a loop.
        string line = "The ferry to the island leaves every morning at 7";
        var cleaned = Run(line, line, line, line);

        Assert.Equal(3, Removed(cleaned).Count);
    }

    [Fact]
    public void The_same_paragraph_far_apart_stays_even_when_long()
    {
        string clause = "The Supplier shall notify the Buyer in writing of any delay, stating its cause and expected duration.";
        var cleaned = Run(clause, "2. Quality. The goods shall conform to the specifications.", "3. Price. The price is fixed in Schedule B.", "4. Notices. Notices are given in writing.", clause);
        Assert.Empty(cleaned.Edits);
    }

    [Fact]
    public void A_long_paragraph_repeating_one_two_blocks_back_is_only_flagged()
    {
        string para = "Le plan, d'un coût de 18 millions d'euros, relie le quartier universitaire à la gare.";
        var cleaned = Run(para, "Ses opposants ne sont pas convaincus.", para);
        Assert.Empty(Removed(cleaned));
        var flag = Assert.Single(Flagged(cleaned));
        Assert.Equal(para, flag.Original);
        Assert.StartsWith("suspected repetition: repeats the paragraph 2 before it", flag.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_paragraph_twice_in_a_row_is_flagged_not_removed()
    {
        // Two people may give the same answer one after the other.
        var cleaned = Run("“Where is he?” asked the countess.", "“In the library, madam.”", "“In the library, madam.”");
        Assert.Empty(Removed(cleaned));
        Assert.Equal("“In the library, madam.”", Assert.Single(Flagged(cleaned)).Original);
    }

    [Fact]
    public void Three_copies_in_a_row_are_a_loop_in_every_language()
    {
        var cleaned = Run("Thanks for watching the whole video!", "Thanks for watching the whole video!", "Thanks for watching the whole video!", "感谢大家收看本期节目。", "感谢大家收看本期节目。", "感谢大家收看本期节目。", "Merci d'avoir regardé la vidéo !", "Merci d'avoir regardé la vidéo !", "Merci d'avoir regardé la vidéo !");
        Assert.Equal("Thanks for watching the whole video!\n\n感谢大家收看本期节目。\n\nMerci d'avoir regardé la vidéo !", cleaned.Text);
        Assert.Equal(6, Removed(cleaned).Count);
    }

    [Fact]
    public void A_duplicated_group_of_paragraphs_goes_as_a_group()
    {
        var cleaned = Run("Headline of the story", "First paragraph of the story, long enough to matter here.", "Second paragraph, also long enough to be content.", "First paragraph of the story, long enough to matter here.", "Second paragraph, also long enough to be content.", "Last words.");
        Assert.Equal("Headline of the story\n\nFirst paragraph of the story, long enough to matter here.\n\nSecond paragraph, also long enough to be content.\n\nLast words.", cleaned.Text);
        Assert.All(Removed(cleaned), e => Assert.Equal("repetition loop: group of 2 paragraphs ×2 in a row", e.Note));
    }

    [Fact]
    public void Sentences_repeated_inside_a_paragraph_collapse()
    {
        var cleaned = Run("Bonjour à tous. Nous allons commencer la séance. Nous allons commencer la séance. Nous allons commencer la séance. Premier point.");
        Assert.Equal("Bonjour à tous. Nous allons commencer la séance. Premier point.", cleaned.Text);
        Assert.Equal("repetition loop: sentence or line ×3 in a row", Assert.Single(cleaned.Edits).Note);
    }

    [Fact]
    public void Sentences_are_compared_by_their_whole_text_so_one_letter_keeps_two_apart()
    {
        const string Sentence = "The ferry left the harbour at dawn with letters for the island.";
        var loop = Run(string.Join(" ", Enumerable.Repeat(Sentence, 3)) + " It came back at noon.");
        Assert.Equal(Sentence + " It came back at noon.", loop.Text);
        var oneLetterApart = Run(Sentence + " " + Sentence.Replace("dawn", "dusk", StringComparison.Ordinal) + " " + Sentence.Replace("dawn", "down", StringComparison.Ordinal) + " It came back at noon.");
        Assert.Empty(oneLetterApart.Edits);
    }

    [Fact]
    public void A_sentence_loop_closing_the_paragraph_leaves_no_trailing_space()
    {
        var cleaned = Run("这是第一句话。我们一定会成功的。我们一定会成功的。我们一定会成功的。");
        Assert.Equal("这是第一句话。我们一定会成功的。", cleaned.Text);
    }

    [Fact]
    public void A_phrase_loop_without_punctuation_collapses_but_figures_of_speech_stay()
    {
        var cleaned = Run("we will open it in spring we will open it in spring we will open it in spring and then the timetable follows.");
        Assert.Equal("we will open it in spring and then the timetable follows.", cleaned.Text);
        RuleConformance.LeavesAlone(Rule, "It was very very very cold that night.", "走走走，我们回家吧。", "我爱你爱你爱你，一直到永远。", "Let it be let it be let it be, she sang.");
    }

    [Fact]
    public void A_phrase_loop_glued_to_a_sentence_collapses_then_the_sentence_pair_goes_in_one_run()
    {
        var cleaned = Run("The committee will meet again on Tuesday morning. The committee will meet again on Tuesday morning the committee will meet again on Tuesday morning the committee will meet again on Tuesday morning.");
        Assert.Equal("The committee will meet again on Tuesday morning.", cleaned.Text);
    }

    [Fact]
    public void Lines_of_a_block_repeated_in_a_row_collapse()
    {
        var cleaned = Run("Work starts in March.\nSubscribe to our newsletter for local news\nSubscribe to our newsletter for local news\nSubscribe to our newsletter for local news");
        Assert.Equal("Work starts in March.\nSubscribe to our newsletter for local news", cleaned.Text);
    }

    [Fact]
    public void Short_units_headings_table_cells_code_and_captions_may_repeat()
    {
        RuleConformance.LeavesAlone(Rule, "谢谢。", "谢谢。", "谢谢。", "Yes.", "Yes.", "Yes.", "- item", "- item", "- item");
        var cleaned = RunBlocks(
            new Block(BlockKind.Heading, "Results and discussion of the trial") { Level = 2 },
            new Block(BlockKind.Heading, "Results and discussion of the trial") { Level = 2 },
            new Block(BlockKind.Heading, "Results and discussion of the trial") { Level = 2 },
            new Block(BlockKind.TableCell, "not available for this region"),
            new Block(BlockKind.TableCell, "not available for this region"),
            new Block(BlockKind.TableCell, "not available for this region"),
            new Block(BlockKind.Code, "echo retrying the download of the index"),
            new Block(BlockKind.Code, "echo retrying the download of the index"),
            new Block(BlockKind.Code, "echo retrying the download of the index"),
            new Block(BlockKind.Caption, "Figure: the new cycle lane on the avenue"),
            new Block(BlockKind.Caption, "Figure: the new cycle lane on the avenue"),
            new Block(BlockKind.Caption, "Figure: the new cycle lane on the avenue"));
        Assert.Empty(cleaned.Edits);
    }

    [Fact]
    public void A_heading_between_two_equal_paragraphs_keeps_both()
    {
        string text = "Sva ljudska bića rađaju se slobodna i jednaka u dostojanstvu i pravima.";
        var cleaned = RunBlocks(
            new Block(BlockKind.Heading, "Croatian") { Level = 2 },
            new Block(BlockKind.Paragraph, text),
            new Block(BlockKind.Heading, "Bosnian") { Level = 2 },
            new Block(BlockKind.Paragraph, text));
        Assert.Empty(cleaned.Edits);
    }

    [Fact]
    public void List_items_and_laid_out_lines_need_a_fourth_copy()
    {
        string item = "Check the cable before each use of the machine";
        var cleaned = RunBlocks(
            new Block(BlockKind.ListItem, item), new Block(BlockKind.ListItem, item), new Block(BlockKind.ListItem, item));
        Assert.Empty(Removed(cleaned));
        Assert.Equal(2, Flagged(cleaned).Count);
        RuleConformance.LeavesAlone(Rule, "A table row follows.");
        var table = Run("| East | no survey in that year | n/a |\n| East | no survey in that year | n/a |\n| East | no survey in that year | n/a |");
        Assert.Empty(Removed(table));
        var code = Run("    echo \"retrying the download\"\n    echo \"retrying the download\"\n    echo \"retrying the download\"");
        Assert.Empty(Removed(code));
    }

    [Fact]
    public void A_refrain_in_a_stanza_stays()
    {
        var cleaned = Run(
            "Sail on, sail on, my lonely heart\nOver the water, over the dark\nSail on, sail on, my lonely heart\nSomebody waits on the other side",
            "Sail on, sail on, my lonely heart\nOver the water, over the dark\nSail on, sail on, my lonely heart\nSomebody waits on the other side");
        Assert.Empty(Removed(cleaned));
        RuleConformance.LeavesAlone(Rule, "春眠不觉晓，处处闻啼鸟\n花落知多少，夜来风雨声\n春眠不觉晓，处处闻啼鸟\n一年又一年，花开又花落");
    }

    private static Block Page(string text, int page) => new(BlockKind.Paragraph, text) { Page = page };

    [Fact]
    public void A_running_header_on_most_pages_goes_everywhere_but_mid_page_repeats_stay()
    {
        var blocks = new List<Block>();
        for (int p = 1; p <= 6; p++)
        {
            blocks.Add(Page("Annual Report of the Harbour Authority", p));
            blocks.Add(Page($"Body text of page {p}, with the usual account of the year's traffic and works.", p));
            blocks.Add(Page("—From the minutes of the board", p));
            blocks.Add(Page($"More text closing page {p} of the report on the harbour.", p));
        }
        var cleaned = RunBlocks([.. blocks]);
        var removed = Removed(cleaned);
        Assert.Equal(6, removed.Count);
        Assert.All(removed, e => Assert.Equal("running header or footer: at a page edge on 6 of 6 pages", e.Note));
        Assert.Contains("—From the minutes of the board", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Annual Report", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_edge_lines_with_changing_numbers_or_on_few_pages_are_kept()
    {
        var blocks = new List<Block>();
        for (int p = 1; p <= 8; p++)
        {
            blocks.Add(Page($"Question {p}", p));
            blocks.Add(Page($"Explain in your own words what happened in part {p} of the story.", p));
            blocks.Add(Page(p <= 2 ? "Turn over for the next question" : $"Notes for page {p} of the exam paper.", p));
        }
        var cleaned = RunBlocks([.. blocks]);
        Assert.Empty(Removed(cleaned));
        // "Question N" on 8 pages and "Notes for page N …" on 6 are suspected; the line on two pages is not.
        var flagged = Flagged(cleaned);
        Assert.All(flagged, e => Assert.StartsWith("suspected running header or footer", e.Note, StringComparison.Ordinal));
        Assert.Equal(8, flagged.Count(e => e.Original.StartsWith("Question", StringComparison.Ordinal)));
        Assert.Equal(6, flagged.Count(e => e.Original.StartsWith("Notes", StringComparison.Ordinal)));
        Assert.DoesNotContain(flagged, e => e.Original.StartsWith("Turn over", StringComparison.Ordinal));
    }

    [Fact]
    public void Gopher_signals_are_flagged_with_their_value_when_over_threshold()
    {
        string spam = string.Join("\n", Enumerable.Repeat("buy cheap watches online now", 12)) + "\nsome other line with different words in it";
        var cleaned = RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(spam));
        var codes = cleaned.Flags.Select(f => f.Code).ToList();
        Assert.Contains("repetition-dup-line-frac", codes);
        Assert.Contains("repetition-top-2gram", codes);
        Assert.Contains("repetition-dup-10gram", codes);
        var line = cleaned.Flags.Single(f => f.Code == "repetition-dup-line-frac");
        Assert.Equal("duplicate line fraction 0.846 > 0.30", line.Message);
        // Twelve lines in a row are a loop: all but the first go.
        Assert.Equal("buy cheap watches online now\nsome other line with different words in it", cleaned.Text);
    }

    [Fact]
    public void Chinese_uses_character_ngrams()
    {
        string loop = string.Concat(Enumerable.Repeat("人工智能大会开幕", 12)) + "。今天天气很好，我们一起去公园散步吧。";
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs(loop), Options);
        context.Run(Rule);
        var codes = context.ToDocument().Flags.Select(f => f.Code).ToList();
        Assert.Contains("repetition-dup-5gram", codes);
        Assert.Contains("repetition-top-4gram", codes);
    }

    [Fact]
    public void Ordinary_prose_gets_no_flags()
    {
        var seed = File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "003_d47a1d6de5f46a89.txt"));
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs([.. seed.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0)]), Options);
        context.Run(Rule);
        Assert.Empty(context.ToDocument().Flags);
        Assert.Empty(context.Edits);
    }

    [Fact]
    public void Holds_on_generated_text() => RuleConformance.HoldsOnGeneratedText(Rule);

    [Fact]
    public void Holds_on_generated_repetitive_text()
    {
        // Paragraphs drawn from a small pool, so loops, near repeats and far repeats all occur.
        var pool = new[] { "The meeting starts at nine.", "会议九点开始。", "La séance commence à neuf heures.", "Yes.", "A\nA\nA line that repeats\nA line that repeats", "    indented code line;" };
        Gen.Int[0, pool.Length - 1].Array[1, 12].Sample(picks =>
        {
            var paragraphs = picks.Select(i => pool[i]).ToArray();
            RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(paragraphs));
            RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(string.Join(" ", paragraphs.Select(p => p.Replace('\n', ' ')))));
        }, iter: 300);
    }
}
