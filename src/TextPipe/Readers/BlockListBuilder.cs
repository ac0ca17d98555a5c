using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using TextPipe.Documents;

namespace TextPipe.Readers;

/// <summary>
/// The blocks a reader is building, refused as soon as they pass <see cref="ReaderOptions.MaxBlocks"/>: a document of
/// millions of tiny blocks is stopped while it is read, not after all of them (and their strings) are in memory.
/// The pipeline checks the count again after reading, for readers that build their blocks another way.
/// </summary>
internal sealed class BlockListBuilder(int maxBlocks) : IEnumerable<Block>
{
    private readonly ImmutableArray<Block>.Builder _blocks = ImmutableArray.CreateBuilder<Block>();

    public int Count => _blocks.Count;

    public Block this[int index] => _blocks[index];

    /// <exception cref="InputException">The document would have more than the limit's blocks.</exception>
    public void Add(Block block)
    {
        if (_blocks.Count >= maxBlocks)
        {
            throw OverLimit(maxBlocks);
        }
        _blocks.Add(block);
    }

    public void AddRange(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Add(block);
        }
    }

    public ImmutableArray<Block> ToImmutable() => _blocks.ToImmutable();

    public IEnumerator<Block> GetEnumerator() => _blocks.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The refusal, in the words of the check after reading, with "more than" for the count that was not reached.</summary>
    internal static InputException OverLimit(int maxBlocks) =>
        new(string.Create(CultureInfo.InvariantCulture,
            $"more than {maxBlocks:N0} blocks (paragraphs, cues, cells), over the limit of {maxBlocks:N0} (--max-blocks); reading stopped there"));
}
