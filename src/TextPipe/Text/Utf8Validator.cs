using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace TextPipe.Text;

/// <summary>UTF-8 checks: the fast strict validation, and the tally that tells UTF-8 with a few errors from a legacy encoding.</summary>
internal static class Utf8Validator
{
    /// <summary>After this many invalid sequences with fewer than ten valid multi-byte ones each, stop counting: not UTF-8.</summary>
    private const int HopelessInvalidCount = 256;

    /// <summary>Strict, vectorised validation (overlongs, surrogates and truncated sequences are invalid).</summary>
    public static bool IsValid(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes);

    /// <summary>Counts valid multi-byte sequences and invalid sequences (maximal invalid subparts, as decoders replace them).</summary>
    public static Utf8Assessment Assess(ReadOnlySpan<byte> bytes)
    {
        int multiByte = 0;
        int invalid = 0;
        bool truncatedAtEnd = false;
        int at = 0;
        while (at < bytes.Length)
        {
            int next = bytes[at..].IndexOfAnyExceptInRange((byte)0x00, (byte)0x7F);
            if (next < 0)
            {
                break;
            }
            at += next;
            OperationStatus status = Rune.DecodeFromUtf8(bytes[at..], out _, out int consumed);
            switch (status)
            {
                case OperationStatus.Done:
                    multiByte++;
                    break;
                case OperationStatus.NeedMoreData:
                    // A valid start of a sequence that the input's end cuts short: a truncated file.
                    invalid++;
                    truncatedAtEnd = true;
                    break;
                default:
                    invalid++;
                    if (invalid >= HopelessInvalidCount && invalid * 10L > multiByte)
                    {
                        return new Utf8Assessment(multiByte, invalid, TruncatedAtEnd: false);
                    }
                    break;
            }
            at += Math.Max(consumed, 1);
        }
        return new Utf8Assessment(multiByte, invalid, truncatedAtEnd);
    }
}

/// <summary>Valid multi-byte sequences, invalid sequences, and whether the input ends inside a sequence.</summary>
internal readonly record struct Utf8Assessment(int MultiByte, int Invalid, bool TruncatedAtEnd)
{
    /// <summary>
    /// UTF-8 with a few errors rather than a legacy encoding: valid multi-byte sequences outnumber invalid
    /// ones at least 10 to 1, or the only error is a character cut off at the end after valid multi-byte text.
    /// </summary>
    public bool IsUtf8WithErrors =>
        Invalid > 0 && (MultiByte >= 10L * Invalid || (Invalid == 1 && TruncatedAtEnd && MultiByte >= 1));
}
