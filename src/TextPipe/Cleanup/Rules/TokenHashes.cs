using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// The tokens of a document as <see cref="RepetitionSignals"/> counts them — Latin/digit words (lower-cased) and single
/// CJK characters — held as the hash of each and the running sum of their lengths, never as strings.
/// </summary>
/// <remarks>
/// The tokens are counted first and then written into two arrays of exactly that size: a list grown by doubling
/// would hold up to twice the tokens, and its abandoned arrays as well, for the few seconds the measures of a large
/// document take (a 58 MB text has about ten million tokens).
/// </remarks>
internal sealed class TokenHashes
{
    private readonly ulong[] _hashes;
    private readonly int[] _prefix;

    private TokenHashes(ulong[] hashes, int[] prefix)
    {
        _hashes = hashes;
        _prefix = prefix;
    }

    public int Count => _hashes.Length;

    /// <summary>Characters of all the tokens.</summary>
    public int TotalChars => _prefix[^1];

    public static TokenHashes Read(IReadOnlyList<string> paragraphs)
    {
        int count = 0;
        foreach (string text in paragraphs)
        {
            count = Tokenise(text, null, null, count);
        }
        var hashes = new ulong[count];
        var prefix = new int[count + 1];
        int filled = 0;
        foreach (string text in paragraphs)
        {
            filled = Tokenise(text, hashes, prefix, filled);
        }
        return new TokenHashes(hashes, prefix);
    }

    /// <summary>Characters of the <paramref name="n"/> tokens from <paramref name="start"/> on.</summary>
    public int Chars(int start, int n) => _prefix[start + n] - _prefix[start];

    /// <summary>The hash of the <paramref name="n"/> tokens from <paramref name="start"/> on.</summary>
    public ulong NGram(int start, int n)
    {
        ulong h = (ulong)n;
        for (int k = 0; k < n; k++)
        {
            h = (h * 0x9E3779B97F4A7C15UL) ^ _hashes[start + k];
        }
        return h;
    }

    /// <summary>
    /// Walks the tokens of <paramref name="text"/>, numbering them from <paramref name="count"/> on; with arrays, writes
    /// each one's hash and running length. Returns the count after the text.
    /// </summary>
    private static int Tokenise(string text, ulong[]? hashes, int[]? prefix, int count)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            bool cjk = Scripts.IsCjkLetter(c);
            if (cjk)
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]) && !Scripts.IsCjkLetter(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
                continue;
            }
            if (hashes is not null && prefix is not null)
            {
                var token = text.AsSpan(start, i - start);
                hashes[count] = cjk ? Fnv(token) : FnvLower(token);
                prefix[count + 1] = prefix[count] + token.Length;
            }
            count++;
        }
        return count;
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
            h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
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
