using System.Collections.Immutable;
using System.Text;
using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Readers.Html;

/// <summary>
/// A block whose whole text is one image's alt text is a picture set between the paragraphs (a photo in its
/// own <c>p</c>, <c>figure</c> or <c>div</c>): a reader of the page sees the picture, never those words, and
/// what they say is what a caption says ("The mayor at the opening, 2021. Photo: …"). Such an alt text is a
/// caption and goes to <c>meta.captions</c>, not to the text. Left as text: an image inside a sentence (its alt
/// is read as a word of it), and an alt of one or two words, which names a symbol the text may refer to (an
/// icon "[Note]", an arrow "Next", a logo) rather than describing a scene; a formula's TeX is read by
/// <see cref="HtmlMath"/> before it gets here, and an alt written as TeX is no description either.
/// </summary>
internal static class HtmlPictureAlone
{
    /// <summary>Words of a description: fewer are a symbol's name.</summary>
    private const int MinWords = 3;

    /// <summary>Chinese and Japanese are written without spaces: letters instead of words (two letters a word).</summary>
    private const int MinCjkLetters = 6;

    /// <summary>True when <paramref name="text"/> is one image's alt text and nothing else, and the alt describes a picture.</summary>
    public static bool IsPictureDescription(string text, ImmutableArray<InlineElement> inlines)
    {
        bool wholeImage = false;
        foreach (var inline in inlines)
        {
            bool spansAll = inline.Start == 0 && inline.Length == text.Length;
            if (inline.Kind == InlineKind.Image && spansAll && inline.Label.Length > 0)
            {
                wholeImage = true;
            }
            else if (!(inline.Kind == InlineKind.Link && spansAll))
            {
                return false; // another image, or a link over part of the text: the alt is read with other words
            }
        }
        return wholeImage && Describes(text);
    }

    private static bool Describes(string alt)
    {
        if (alt.Contains('\\', StringComparison.Ordinal))
        {
            return false; // TeX
        }
        int words = 0;
        int cjkLetters = 0;
        bool inWord = false;
        foreach (var rune in alt.EnumerateRunes())
        {
            if (Scripts.IsHan(rune.Value) || Scripts.IsKana(rune.Value))
            {
                cjkLetters++;
                inWord = false;
                continue;
            }
            bool letter = Rune.IsLetter(rune);
            if (letter && !inWord)
            {
                words++;
            }
            inWord = letter || (inWord && Rune.IsDigit(rune));
        }
        return words >= MinWords || cjkLetters >= MinCjkLetters;
    }
}
