using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// The n-grams of a document's tokens as <see cref="RepetitionSignals"/> counts them — tokens are Latin/digit words
/// (lower-cased) and single CJK characters — read straight from the paragraphs, one n-gram after another, as a hash
/// and a count of characters. Nothing is kept but the last n tokens.
/// </summary>
/// <remarks>
/// A large document's tokens are read ten times (a count, then once per measure) rather than kept: a hash and a
/// length per token are 12 bytes a token, over 100 MB for a 58 MB text, on top of the measures' own tables. Up to
/// <see cref="RepetitionTokenList.MaxTokens"/> tokens, the measures read them from a <see cref="RepetitionTokenList"/>
/// filled once instead, which yields the same tokens in the same order.
/// </remarks>
internal struct RepetitionTokens
{
    private readonly IReadOnlyList<string> _paragraphs;
    private readonly RepetitionTokenList? _list;
    private readonly int _n;
    private readonly ulong[] _hashes; // the last n tokens' hashes, a ring
    private readonly int[] _lengths;
    private int _paragraph;
    private int _at;
    private int _read;
    private int _slot; // _read % _n, kept rather than divided for at every token
    private int _chars;

    /// <summary>Reads the <paramref name="n"/>-grams of <paramref name="paragraphs"/>' tokens; 1 reads the tokens themselves.</summary>
    public RepetitionTokens(IReadOnlyList<string> paragraphs, int n)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        _paragraphs = paragraphs;
        _n = n;
        _hashes = new ulong[n];
        _lengths = new int[n];
    }

    /// <summary>Reads the <paramref name="n"/>-grams of tokens read before (the same n-grams as from their paragraphs).</summary>
    public RepetitionTokens(RepetitionTokenList tokens, int n)
        : this(tokens?.Paragraphs!, n)
    {
        _list = tokens;
    }

    /// <summary>Hash of the current n-gram: the same for the same n tokens, wherever they are.</summary>
    public ulong Hash { get; private set; }

    /// <summary>Characters of the current n-gram's tokens.</summary>
    public int Chars { get; private set; }

    /// <summary>Position of the current n-gram: the index of its first token.</summary>
    public int Position => _read - _n;

    /// <summary>Moves to the next n-gram; false after the last.</summary>
    public bool Next()
    {
        while (_list is null ? NextToken(out ulong hash, out int length) : _list.TryGet(_read, out hash, out length))
        {
            int slot = _slot;
            _chars += length - _lengths[slot];
            _hashes[slot] = hash;
            _lengths[slot] = length;
            _read++;
            _slot = slot + 1 == _n ? 0 : slot + 1;
            if (_read < _n)
            {
                continue;
            }
            // The oldest of the last n tokens is in the slot after the newest.
            ulong h = (ulong)_n;
            int oldest = _slot;
            for (int k = 0; k < _n; k++)
            {
                h = (h * 0x9E3779B97F4A7C15UL) ^ _hashes[oldest];
                oldest = oldest + 1 == _n ? 0 : oldest + 1;
            }
            Hash = h;
            Chars = _chars;
            return true;
        }
        return false;
    }

    /// <summary>The next token itself (its hash and characters), read from the paragraphs.</summary>
    internal bool NextToken(out ulong hash, out int length)
    {
        while (_paragraph < _paragraphs.Count)
        {
            string text = _paragraphs[_paragraph];
            while (_at < text.Length)
            {
                char c = text[_at];
                int start = _at;
                if (Scripts.IsCjkLetter(c))
                {
                    _at++;
                    hash = Fnv(text.AsSpan(start, 1));
                    length = 1;
                    return true;
                }
                if (char.IsLetterOrDigit(c))
                {
                    while (_at < text.Length && char.IsLetterOrDigit(text[_at]) && !Scripts.IsCjkLetter(text[_at]))
                    {
                        _at++;
                    }
                    length = _at - start;
                    hash = FnvLower(text.AsSpan(start, length));
                    return true;
                }
                _at++;
            }
            _paragraph++;
            _at = 0;
        }
        hash = 0;
        length = 0;
        return false;
    }

    /// <summary>
    /// Word characters are never surrogates (char.IsLetterOrDigit is false for them), so lower-casing each one is what
    /// lower-casing the word as a string does.
    /// </summary>
    private static ulong FnvLower(ReadOnlySpan<char> token)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in token)
        {
            h = (h ^ InvariantLower.Of(c)) * 1099511628211UL;
        }
        return h;
    }

    private static ulong Fnv(ReadOnlySpan<char> token)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in token)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return h;
    }
}
