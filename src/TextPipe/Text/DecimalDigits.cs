using System.Globalization;

namespace TextPipe.Text;

/// <summary>
/// The value of a run of decimal digits of any script. A regex's <c>\d</c> matches every Unicode decimal digit (Thai ๑,
/// Arabic-Indic ٣, full-width ５), but <c>int.Parse</c> takes ASCII digits only: a date or a range written in Thai digits
/// (or text decoded as Thai from a single-byte code page) threw where a pattern had matched it.
/// </summary>
public static class DecimalDigits
{
    /// <summary>The value of <paramref name="digits"/>, each a decimal digit of some script; saturates at <see cref="int.MaxValue"/>.</summary>
    /// <exception cref="FormatException">A character is not a decimal digit, or there is none.</exception>
    public static int Parse(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            throw new FormatException("no digits");
        }
        long value = 0;
        foreach (char c in digits)
        {
            int digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0)
            {
                throw new FormatException($"'{c}' is not a decimal digit");
            }
            value = Math.Min(value * 10 + digit, int.MaxValue);
        }
        return (int)value;
    }
}
