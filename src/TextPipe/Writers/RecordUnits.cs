using TextPipe.Documents;

namespace TextPipe.Writers;

/// <summary>
/// Splits a document into the paragraphs and sentences that records are made of, the same way for every
/// format, so that a paragraph or sentence index means the same thing in JSONL, CSV and TXT.
/// </summary>
internal static class RecordUnits
{
    /// <summary>
    /// The content blocks (page furniture left out), numbered from 0. Materialised at once so that a block a
    /// record cannot name fails before anything of the document is written.
    /// </summary>
    public static List<ContentParagraph> Paragraphs(Document document)
    {
        var paragraphs = new List<ContentParagraph>(document.Blocks.Length);
        foreach (var block in document.ContentBlocks)
        {
            paragraphs.Add(new ContentParagraph(paragraphs.Count, block, RecordNames.Kind(block.Kind)));
        }
        return paragraphs;
    }

    /// <summary>
    /// The sentences of the paragraphs, numbered from 0 across the document.
    /// </summary>
    /// <remarks>
    /// A content block without sentences (segmentation has not run, or found none) counts as one sentence:
    /// its whole text, with the block's language. Sentence records then still cover all the clean text
    /// instead of silently dropping unsegmented blocks. A block with empty text yields no sentence, since
    /// an empty sentence carries nothing. Document and paragraph records do not use this fallback: their
    /// <c>sentences</c> list stays empty until segmentation has run, so they never show invented sentences.
    /// </remarks>
    public static IEnumerable<ContentSentence> Sentences(IReadOnlyList<ContentParagraph> paragraphs)
    {
        int index = 0;
        foreach (var paragraph in paragraphs)
        {
            var block = paragraph.Block;
            if (block.Sentences.IsDefaultOrEmpty)
            {
                if (block.Text.Length > 0)
                {
                    yield return new ContentSentence(paragraph.Index, index++, block.Lang, block.Text);
                }
                continue;
            }
            foreach (var sentence in block.Sentences)
            {
                yield return new ContentSentence(paragraph.Index, index++, sentence.Lang, sentence.Text);
            }
        }
    }
}
