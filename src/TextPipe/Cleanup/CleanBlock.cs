using TextPipe.Documents;

namespace TextPipe.Cleanup;

/// <summary>A content block as cleanup sees it: the current text and the block it came from.</summary>
public sealed class CleanBlock
{
    internal CleanBlock(Block source, int originIndex)
    {
        Source = source;
        Text = source.Text;
        OriginIndex = originIndex;
    }

    /// <summary>The block as the reader made it (kind, page, inline elements at their original offsets).</summary>
    public Block Source { get; }

    public BlockKind Kind => Source.Kind;

    /// <summary>The text with every change so far applied.</summary>
    public string Text { get; internal set; }

    /// <summary>Index of the source block in the document's block list: places page furniture back in order.</summary>
    internal int OriginIndex { get; }

    /// <summary>True until a rule changes the text; inline element offsets are only valid while it is.</summary>
    public bool Unchanged => ReferenceEquals(Text, Source.Text) || Text == Source.Text;
}
