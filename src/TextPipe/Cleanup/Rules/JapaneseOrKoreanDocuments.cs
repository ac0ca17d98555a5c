namespace TextPipe.Cleanup.Rules;

/// <summary>
/// A whole document that is Japanese or Korean by its letters (<see cref="ChineseScope.IsKoreanOrJapanese"/> over
/// all blocks). A Japanese manual has lines of kanji and code without a single kana (<c>(一行目前) &amp; (一行目後)</c>);
/// judged line by line they would look Chinese, so the punctuation and spacing rules leave such a document whole.
/// </summary>
internal static class JapaneseOrKoreanDocuments
{
    public static bool Is(IReadOnlyList<CleanBlock> blocks)
    {
        var tally = new ChineseScope.EastAsianTally();
        foreach (var block in blocks)
        {
            tally.Add(block.Text);
        }
        return tally.IsKoreanOrJapanese;
    }
}
