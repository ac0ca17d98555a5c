namespace TextPipe.Segmentation.Sentences;

/// <summary>
/// A run of sentence-ending punctuation with the closing quotes and brackets right after it: <c>.</c>,
/// <c>?!</c>, <c>. . . .</c>, <c>?».</c>, <c>！”</c>, <c>! »</c> (French spacing).
/// </summary>
internal readonly record struct TerminatorRun(int Start, int End, int Dots, bool HasStrong, bool SpacedDots, bool IsSpaceless)
{
    /// <summary>
    /// A period glued to its word and followed by a spaced ellipsis (<c>compounds. . . .</c>, <c>raak. ...en</c>):
    /// the period ends the sentence and the ellipsis belongs to the next one.
    /// </summary>
    public bool SplitsAfterFirstDot { get; init; }

    /// <summary>A quotation mark glued to the following word opens the next quotation (”“去), it does not close this one.</summary>
    private static bool OpensNext(string text, int index) =>
        Punctuation.IsOpener(text[index]) && index + 1 < text.Length && (char.IsLetterOrDigit(text[index + 1]) || char.IsSurrogate(text[index + 1]));

    public static TerminatorRun Read(string text, int start, SentenceLanguage language)
    {
        int dots = 0;
        bool strong = false;
        bool spaced = false;
        bool spaceless = false;
        int j = start;
        while (j < text.Length)
        {
            char c = text[j];
            if (Punctuation.IsDot(c))
            {
                dots++;
            }
            else if (Punctuation.IsEllipsis(c))
            {
                dots += 3;
                spaceless |= language.IsCjk;
            }
            else if (Punctuation.IsStrongTerminator(c) || language.IsExtraTerminator(c) || c == '；')
            {
                strong = true;
                spaceless |= Punctuation.IsSpacelessTerminator(c);
            }
            else if (c == ' ' && dots > 0 && Punctuation.IsDot(text[j - 1]) && j + 1 < text.Length && Punctuation.IsDot(text[j + 1]))
            {
                spaced = true;
            }
            else if ((Punctuation.IsCloser(c) && !OpensNext(text, j)) || Punctuation.IsFormat(c))
            {
                // Closers stay with the sentence they end.
            }
            else if (c is ' ' or '\u00A0' or '\u202F' && j + 1 < text.Length && text[j + 1] is '»' or '›')
            {
                // French puts a (thin) space before the closing guillemet: « Bonjour ! »
            }
            else
            {
                break;
            }
            j++;
        }
        bool attachedFirstDot = text[start] == '.' && start > 0 && !Punctuation.IsSpaceOrFormat(text[start - 1])
            && start + 1 < text.Length && text[start + 1] == ' ';
        return new TerminatorRun(start, j, dots, strong, spaced, spaceless)
        {
            SplitsAfterFirstDot = attachedFirstDot && spaced && dots >= 2 && !strong,
        };
    }
}
