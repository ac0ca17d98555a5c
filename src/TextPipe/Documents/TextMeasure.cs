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

    /// <summary>First 16 hex digits of SHA-256 over the UTF-8 text: short, stable and collision-safe for corpora.</summary>
    public static string ContentId(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
