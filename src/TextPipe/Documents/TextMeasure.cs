using System.Security.Cryptography;
using System.Text;

namespace TextPipe.Documents;

/// <summary>Counting and hashing text the same way everywhere a record reports it.</summary>
public static class TextMeasure
{
    /// <summary>Counts Unicode scalar values, so a CJK character outside the BMP counts once, not twice.</summary>
    public static int CountChars(string text)
    {
        int surrogates = 0;
        foreach (char c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                surrogates++;
            }
        }
        return text.Length - surrogates;
    }

    /// <summary>
    /// <see cref="CountChars(string)"/> of <paramref name="parts"/> joined by <paramref name="separator"/>, without joining
    /// them: a reader counting a document of a million blocks built the joined text only to count it.
    /// </summary>
    public static int CountChars(IEnumerable<string> parts, string separator)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(separator);
        int chars = 0;
        int count = 0;
        foreach (string part in parts)
        {
            chars += CountChars(part);
            count++;
        }
        // No surrogate pair spans a part and a separator: a pair is counted within its part whether joined or not.
        return count == 0 ? 0 : chars + ((count - 1) * CountChars(separator));
    }

    /// <summary>First 16 hex digits of SHA-256 over the UTF-8 text: short, stable and collision-safe for corpora.</summary>
    public static string ContentId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > HashPieceChars)
        {
            return ContentId([text], "");
        }
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>
    /// <see cref="ContentId(string)"/> of <paramref name="parts"/> joined by <paramref name="separator"/>, hashed piece by
    /// piece: neither the joined text nor its UTF-8 bytes (as large again as the input) are ever held whole.
    /// </summary>
    public static string ContentId(IEnumerable<string> parts, string separator)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(separator);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // One encoder across every piece encodes them as it would their concatenation: a pair cut between two pieces
        // is held back until its second half comes, and a lone surrogate becomes U+FFFD either way.
        var encoder = Encoding.UTF8.GetEncoder();
        var bytes = new byte[Encoding.UTF8.GetMaxByteCount(HashPieceChars)];
        bool first = true;
        foreach (string part in parts)
        {
            if (!first)
            {
                Hash(sha, encoder, separator, bytes);
            }
            Hash(sha, encoder, part, bytes);
            first = false;
        }
        int tail = encoder.GetBytes([], bytes, flush: true);
        sha.AppendData(bytes, 0, tail);
        Span<byte> hash = stackalloc byte[32];
        sha.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    private const int HashPieceChars = 16 * 1024;

    private static void Hash(IncrementalHash sha, Encoder encoder, string text, byte[] bytes)
    {
        for (int start = 0; start < text.Length; start += HashPieceChars)
        {
            var piece = text.AsSpan(start, Math.Min(HashPieceChars, text.Length - start));
            int length = encoder.GetBytes(piece, bytes, flush: false);
            sha.AppendData(bytes, 0, length);
        }
    }
}
