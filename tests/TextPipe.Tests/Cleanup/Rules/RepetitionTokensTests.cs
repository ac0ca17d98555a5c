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
}
