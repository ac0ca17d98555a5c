using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Where the <c>unicode</c> rule makes full-width Latin letters and digits ASCII, under <see cref="FullWidthLatinPolicy"/>.
/// In Chinese text they are what an input method left (<c>ＧＰＴ－４</c>, <c>１２０元</c>); Japanese typesetting chooses
/// them (<c>ＪＲ東日本</c>, <c>第１回</c>) and a Latin-only text uses them as a style, so under <c>Chinese</c> only a
/// document with Han letters that is not Japanese or Korean as a whole (<see cref="JapaneseOrKoreanDocuments"/>)
/// qualifies, and within it not a sentence with kana or Hangul (a quoted Japanese title).
/// </summary>
internal sealed class FullWidthLatinScope
{
    private static readonly System.Buffers.SearchValues<char> FullWidthAlphanumerics = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0xFF10, 10).Concat(Enumerable.Range(0xFF21, 26)).Concat(Enumerable.Range(0xFF41, 26)).Select(c => (char)c)));

    private readonly FullWidthLatinPolicy policy;
    private readonly bool chineseDocument;

    private FullWidthLatinScope(FullWidthLatinPolicy policy, bool chineseDocument)
    {
        this.policy = policy;
        this.chineseDocument = chineseDocument;
    }

    public static FullWidthLatinScope For(FullWidthLatinPolicy policy, IReadOnlyList<CleanBlock> blocks)
    {
        // The whole-document look is only needed when there is something to change.
        bool chinese = policy == FullWidthLatinPolicy.Chinese
            && blocks.Any(b => b.Text.AsSpan().ContainsAny(FullWidthAlphanumerics))
            && blocks.Any(b => b.Text.Any(Scripts.IsHan))
            && !JapaneseOrKoreanDocuments.Is(blocks);
        return new FullWidthLatinScope(policy, chinese);
    }

    /// <summary>True when the full-width letter or digit at <paramref name="index"/> becomes ASCII.</summary>
    public bool Applies(string text, int index) => policy switch
    {
        FullWidthLatinPolicy.All => true,
        FullWidthLatinPolicy.Chinese => chineseDocument && !ChineseScope.InKoreanOrJapaneseSentence(text, index),
        _ => false,
    };
}
