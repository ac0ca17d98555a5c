using System.Collections.Immutable;
using TextPipe.Documents;

namespace TextPipe.Readers.Html;

/// <summary>
/// A heading whose section went to furniture is furniture too: "Related articles", "Read more", "Share this
/// story" above a box of links the walk judged chrome would otherwise stay in the text as a line with nothing under it.
/// A heading's section runs to the next content heading of the same or a higher rank (or the end); the heading goes
/// when that section holds furniture and no content, or when what stands under it before any deeper heading is a row
/// of cards: furniture between its content blocks at least twice, outweighing them, and those blocks short labels,
/// not sentences ("Latest articles" over cards whose titles went to furniture and whose kickers did not), unless the heading is itself a sentence (a
/// standfirst set large). An empty heading with nothing removed under it (a chapter heading straight above its first
/// section heading) stays as the page wrote it, and so do a section with an advertising slot in its prose and the
/// headings of a page that has nothing else left.
/// </summary>
internal static class HtmlOrphanHeadings
{
    /// <summary>A section of cards has at least this many furniture blocks between its content blocks.</summary>
    private const int MinCardFurniture = 2;

    /// <summary>A card's own content lines are short labels (a kicker, a category); a sentence is a section's text, whatever furniture surrounds it.</summary>
    private const int MaxCardLine = 80;

    public static ImmutableArray<Block> Demote(ImmutableArray<Block> blocks)
    {
        ImmutableArray<Block>.Builder? changed = null;
        for (int i = 0; i < blocks.Length; i++)
        {
            if (blocks[i].Kind == BlockKind.Heading && SectionIsFurniture(blocks, i))
            {
                changed ??= blocks.ToBuilder();
                changed[i] = new Block(BlockKind.PageFurniture, blocks[i].Text);
            }
        }
        // Headings alone are still the page's words: a page whose every section went to furniture keeps its headings.
        return changed is not null && changed.Any(b => b.IsContent) ? changed.ToImmutable() : blocks;
    }

    private static bool SectionIsFurniture(ImmutableArray<Block> blocks, int heading)
    {
        int level = blocks[heading].Level;
        // Furniture counts up to the section's last content block: the site's footer after the article's last section is not that section's.
        int furnitureBlocks = 0;
        int furnitureChars = 0;
        int pendingBlocks = 0;
        int pendingChars = 0;
        int contentChars = 0;
        bool prose = false;
        bool content = false;
        for (int i = heading + 1; i < blocks.Length; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.PageFurniture)
            {
                pendingBlocks++;
                pendingChars += block.Text.Length;
                continue;
            }
            // The next content block: a heading of the same or a higher rank closes the section; anything else is its content.
            if (block.Kind == BlockKind.Heading && block.Level <= level)
            {
                return content ? IsCards() : pendingBlocks > 0;
            }
            if (block.Kind == BlockKind.Heading)
            {
                // A deeper heading opens a section of its own: the cards, if any, were the ones above it.
                return content && IsCards();
            }
            furnitureBlocks += pendingBlocks;
            furnitureChars += pendingChars;
            pendingBlocks = 0;
            pendingChars = 0;
            content = true;
            contentChars += block.Text.Length;
            prose |= block.Text.Length > MaxCardLine || HtmlStandfirst.EndsAsSentence(block.Text);
        }
        return content ? IsCards() : pendingBlocks > 0;

        // A heading that is a sentence is the article's standfirst set large (HtmlStandfirst), not a label over cards.
        bool IsCards() => furnitureBlocks >= MinCardFurniture && furnitureChars > contentChars && !prose
            && !HtmlStandfirst.IsSentence(blocks[heading].Text);
    }
}
