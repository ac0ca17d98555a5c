using TextPipe.Cleanup.Rules;

namespace TextPipe.Tests.Cleanup.Rules;

/// <summary>The n-grams the repetition measures read: across paragraphs, words lower-cased, CJK letters one by one.</summary>
public class RepetitionTokensTests
{
    private static List<(int Position, ulong Hash, int Chars)> Read(IReadOnlyList<string> paragraphs, int n)
    {
        var grams = new RepetitionTokens(paragraphs, n);
        var read = new List<(int, ulong, int)>();
        while (grams.Next())
        {
            read.Add((grams.Position, grams.Hash, grams.Chars));
        }
        return read;
    }

    [Fact]
    public void Bigrams_run_across_paragraphs_with_their_characters()
    {
        var grams = Read(["The river, ", "人工 été"], 2);

        Assert.Equal([0, 1, 2, 3], grams.Select(g => g.Position));
        Assert.Equal([8, 6, 2, 4], grams.Select(g => g.Chars)); // the+river, river+人, 人+工, 工+été
    }

    [Fact]
    public void The_same_words_in_another_case_give_the_same_hash_and_other_words_another()
    {
        var grams = Read(["The River flows. the RIVER flows. Le fleuve coule."], 3);

        Assert.Equal(grams[0].Hash, grams[3].Hash);
        Assert.NotEqual(grams[0].Hash, grams[1].Hash);
        Assert.DoesNotContain(grams.Skip(4), g => g.Hash == grams[0].Hash);
    }

    [Fact]
    public void Fewer_tokens_than_n_give_no_ngram()
    {
        Assert.Empty(Read(["一二", "three"], 4));
        Assert.Equal(3, Read(["一二", "three"], 1).Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(10)]
    public void Ngrams_from_a_token_list_are_those_read_from_the_paragraphs(int n)
    {
        string[] paragraphs =
        [
            "Le bac de l'île part à 7 h, le bac revient à 19 h.",
            "港口在周二重新开放，游客很多，港口很忙。",
            "The ferry leaves at 7, THE FERRY returns at 19; Ørsted Street is closed.",
            "",
            "ΣΟΦΙΑ waits 12 minutes — 人工 été 2024.",
        ];
        int count = Read(paragraphs, 1).Count;
        using var list = RepetitionTokenList.Read(paragraphs, count);

        Assert.NotNull(list);
        var fromList = new RepetitionTokens(list, n);
        var read = new List<(int, ulong, int)>();
        while (fromList.Next())
        {
            read.Add((fromList.Position, fromList.Hash, fromList.Chars));
        }
        var expected = Read(paragraphs, n);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, read);
    }

    [Fact]
    public void A_document_of_more_tokens_than_the_limit_gets_no_list()
    {
        Assert.Null(RepetitionTokenList.Read(["a b c"], RepetitionTokenList.MaxTokens + 1));
    }
}
