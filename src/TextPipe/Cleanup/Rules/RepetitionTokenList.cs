using System.Buffers;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// A document's repetition tokens (hash and characters each, as <see cref="RepetitionTokens"/> reads them), read
/// once so that the ten measures that walk them do not tokenise and lower-case the text ten times. Only for a
/// document of at most <see cref="MaxTokens"/> tokens (3 MB of arrays, borrowed from the shared pool and given back
/// on <see cref="Dispose"/>); a larger one is read again for each measure, as its memory matters more.
/// </summary>
internal sealed class RepetitionTokenList : IDisposable
{
    public const int MaxTokens = 1 << 18;

    private ulong[]? _hashes;
    private int[]? _lengths;
    private readonly int _count;

    private RepetitionTokenList(IReadOnlyList<string> paragraphs, int count)
    {
        Paragraphs = paragraphs;
        _hashes = ArrayPool<ulong>.Shared.Rent(count);
        _lengths = ArrayPool<int>.Shared.Rent(count);
        var reader = new RepetitionTokens(paragraphs, 1);
        while (_count < count && reader.NextToken(out ulong hash, out int length))
        {
            _hashes[_count] = hash;
            _lengths[_count] = length;
            _count++;
        }
    }

    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>The tokens of <paramref name="paragraphs"/>, of which there are <paramref name="count"/>; null when too many to keep.</summary>
    public static RepetitionTokenList? Read(IReadOnlyList<string> paragraphs, int count) =>
        count <= MaxTokens ? new RepetitionTokenList(paragraphs, count) : null;

    public bool TryGet(int index, out ulong hash, out int length)
    {
        if (index < _count)
        {
            hash = _hashes![index];
            length = _lengths![index];
            return true;
        }
        hash = 0;
        length = 0;
        return false;
    }

    public void Dispose()
    {
        if (_hashes is not null)
        {
            ArrayPool<ulong>.Shared.Return(_hashes);
            ArrayPool<int>.Shared.Return(_lengths!);
            _hashes = null;
            _lengths = null;
        }
    }
}
