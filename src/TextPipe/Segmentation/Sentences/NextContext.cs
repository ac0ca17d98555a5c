namespace TextPipe.Segmentation.Sentences;

/// <summary>
/// What follows a terminator run: whether a space came first, and the first letter or digit of what may be the
/// next sentence, stepping over opening quotes and brackets, dashes, bullets and leading ellipses
/// (<c>¿</c>, <c>«</c>, <c>- Posted</c>, <c>...en</c>). <see cref="Index"/> is -1 when no letter or digit comes
/// before other punctuation or the end.
/// </summary>
internal readonly record struct NextContext(int Index, bool HadSpace, bool SawOpener)
{
    public static NextContext Read(string text, int end)
    {
        int k = end;
        while (k < text.Length && Punctuation.IsSpaceOrFormat(text[k]))
        {
            k++;
        }
        bool hadSpace = k > end;
        bool sawOpener = false;
        while (k < text.Length)
        {
            char c = text[k];
            if (Punctuation.IsOpener(c))
            {
                sawOpener = true;
            }
            else if (!(Punctuation.IsSpaceOrFormat(c) || Punctuation.IsDash(c) || Punctuation.IsDot(c) || Punctuation.IsEllipsis(c) || Punctuation.IsBullet(c)))
            {
                break;
            }
            k++;
        }
        bool found = k < text.Length && (char.IsLetterOrDigit(text[k]) || char.IsSurrogate(text[k]));
        return new NextContext(found ? k : -1, hadSpace, sawOpener);
    }
}
