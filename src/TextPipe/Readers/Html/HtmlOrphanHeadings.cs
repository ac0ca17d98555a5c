using System.Collections.Immutable;
using TextPipe.Documents;

namespace TextPipe.Readers.Html;

/// <summary>
/// A heading whose whole section went to furniture is furniture too: "Related articles", "Read more", "Share this
/// story" above a box of links the walk judged chrome would otherwise stay in the text as a line with nothing under it.
/// A heading's section runs to the next content heading of the same or a higher rank (or the end); the heading goes
/// only when that section holds furniture and no content, so an empty heading with nothing removed under it (a
/// chapter heading straight above its first section heading) stays as the page wrote it, and so do the headings of
/// a page that has nothing else left.
/// </summary>
internal static class HtmlOrphanHeadings
{
    public static ImmutableArray<Block> Demote(ImmutableArray<Block> blocks)
    {
        ImmutableArray<Block>.Builder? changed = null;
        for (int i = 0; i < blocks.Length; i++)
        {
            if (blocks[i].Kind == BlockKind.Heading && SectionIsAllFurniture(blocks, i))
            {
                changed ??= blocks.ToBuilder();
                changed[i] = new Block(BlockKind.PageFurniture, blocks[i].Text);
            }
        }
        // Headings alone are still the page's words: a page whose every section went to furniture keeps its headings.
        return changed is not null && changed.Any(b => b.IsContent) ? changed.ToImmutable() : blocks;
    }

    private static bool SectionIsAllFurniture(ImmutableArray<Block> blocks, int heading)
    {
        int level = blocks[heading].Level;
        bool furniture = false;
        for (int i = heading + 1; i < blocks.Length; i++)
        {
            var block = blocks[i];
            if (block.Kind == BlockKind.PageFurniture)
            {
                furniture = true;
                continue;
            }
            // The next content block: a heading of the same or a higher rank closes the section; anything else is its content.
            return block.Kind == BlockKind.Heading && block.Level <= level && furniture;
        }
        return furniture;
    }
}
