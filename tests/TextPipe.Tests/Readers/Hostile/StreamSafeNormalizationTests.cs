using System.Globalization;
using System.Text;
using TextPipe.Text;

namespace TextPipe.Tests.Readers.Hostile;

/// <summary>Normalisation that stays linear on a letter with hundreds of thousands of marks, and exact on real text.</summary>
public class StreamSafeNormalizationTests
{
    private static string Zalgo(int marks) =>
        "a" + string.Concat(Enumerable.Range(0, marks).Select(i => i % 2 == 0 ? "\u0301" : "\u0316")) + " end";

    [Theory]
    [InlineData("Cafe\u0301 de\u0301ja\u0300 vu")]
    [InlineData("ễ e\u0302\u0303 e\u0303\u0302 q\u0323\u0307")]
    [InlineData("한국어 \u1100\u1161\u11A8 中文 𝔘𝔫𝔦")]
    [InlineData("plain ASCII")]
    public void Real_text_normalises_exactly_as_the_runtime_does(string text)
    {
        foreach (var form in new[] { NormalizationForm.FormC, NormalizationForm.FormD })
        {
            Assert.Equal(text.Normalize(form), StreamSafeNormalization.Normalize(text, form));
            Assert.Equal(text.IsNormalized(form), StreamSafeNormalization.IsNormalized(text, form));
        }
    }

    [Fact]
    public void A_long_run_of_marks_is_cut_by_joiners_every_thirty_marks_keeping_every_mark()
    {
        string text = Zalgo(300_000);

        string normalized = StreamSafeNormalization.Normalize(text, NormalizationForm.FormC);

        // Only the first piece has a letter to compose with (a + ́ = á); every other mark is kept as it was.
        Assert.Equal(text.Count(c => c == '\u0316'), normalized.Count(c => c == '\u0316'));
        Assert.Equal(text.Count(c => c == '\u0301'), normalized.Count(c => c == '\u0301') + normalized.Count(c => c == 'á'));
        Assert.Equal(300_000 / StreamSafeNormalization.MaxMarksInRun - 1, normalized.Count(c => c == StreamSafeNormalization.GraphemeJoiner));
        Assert.All(normalized.Split(StreamSafeNormalization.GraphemeJoiner), piece => Assert.True(piece.Length <= StreamSafeNormalization.MaxMarksInRun + 4));
        Assert.EndsWith(" end", normalized, StringComparison.Ordinal);
        // Within each piece the marks are in canonical order: the below mark (class 220) before the above one (230).
        Assert.StartsWith("a\u0316\u0316", normalized[..40].Normalize(NormalizationForm.FormD), StringComparison.Ordinal);
        Assert.True(StreamSafeNormalization.IsNormalized(normalized, NormalizationForm.FormC));
        Assert.False(StreamSafeNormalization.IsNormalized(text, NormalizationForm.FormC));
    }

    [Fact]
    public void A_joiner_never_splits_a_surrogate_pair()
    {
        // U+1D167 (musical combining mark, outside the BMP) repeated: every piece must hold whole pairs.
        string text = "x" + string.Concat(Enumerable.Repeat("\U0001D167", 100));

        string normalized = StreamSafeNormalization.Normalize(text, NormalizationForm.FormC);

        Assert.Equal(text, normalized.Replace(StreamSafeNormalization.GraphemeJoiner.ToString(), "", StringComparison.Ordinal));
        Assert.All(Enumerable.Range(0, normalized.Length), i => Assert.False(char.IsHighSurrogate(normalized[i]) && (i + 1 == normalized.Length || !char.IsLowSurrogate(normalized[i + 1]))));
        Assert.Equal(UnicodeCategory.NonSpacingMark, CharUnicodeInfo.GetUnicodeCategory(normalized, 1));
    }
}
