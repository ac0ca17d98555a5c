using System.Buffers;
using System.Globalization;

namespace TextPipe.Text;

/// <summary>
/// C0 control bytes that do not occur in text: everything below 0x20 except tab, line feed, form feed,
/// carriage return and escape (ANSI colours in logs). NUL is counted apart: only UTF-16/32 can explain it.
/// </summary>
internal static class ControlBytes
{
    /// <summary>Share of non-text control bytes (percent) above which an input is binary.</summary>
    public const int BinaryPercent = 5;

    private static readonly SearchValues<byte> NonTextControls = SearchValues.Create(
    [
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F,
        0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1C, 0x1D, 0x1E, 0x1F,
    ]);

    /// <summary>Whether <paramref name="c"/> (a byte or a char) is a control character that text does not contain.</summary>
    public static bool IsNonText(int c) => c < 0x20 && c is not ('\t' or '\n' or '\f' or '\r' or 0x1B);

    /// <summary>Whether any NUL or other non-text control byte occurs (vectorised; the common answer is no).</summary>
    public static bool ContainsAny(ReadOnlySpan<byte> bytes) => bytes.IndexOfAny(NonTextControls) >= 0;

    /// <summary>Counts NUL bytes and the other non-text control bytes.</summary>
    public static ControlByteCount Count(ReadOnlySpan<byte> bytes)
    {
        int nul = 0;
        int other = 0;
        int at = 0;
        while (true)
        {
            int next = bytes[at..].IndexOfAny(NonTextControls);
            if (next < 0)
            {
                break;
            }
            at += next;
            if (bytes[at] == 0)
            {
                nul++;
            }
            else
            {
                other++;
            }
            at++;
        }
        return new ControlByteCount(nul, other, bytes.Length);
    }
}

/// <summary>How many NUL and other non-text control bytes an input of <see cref="Length"/> bytes holds.</summary>
internal readonly record struct ControlByteCount(int Nul, int Other, int Length)
{
    /// <summary>Whether the non-NUL control bytes are too many for text (two or more, over 5% of the bytes).</summary>
    public bool LooksBinary => Other >= 2 && Other * 100L > Length * (long)ControlBytes.BinaryPercent;

    /// <summary>"binary data: 31% control bytes, not text".</summary>
    public string Describe()
    {
        long percent = Math.Max(1, (long)Math.Round(Other * 100.0 / Length));
        return string.Create(CultureInfo.InvariantCulture, $"binary data: {percent}% control bytes, not text");
    }
}
