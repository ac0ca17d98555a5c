using System.Globalization;

namespace TextPipe.Cli.Commands;

/// <summary>
/// A size on the command line: a whole number, optionally followed by K, M or G (binary: 1K = 1024), with an optional
/// trailing B or iB (64K, 64KiB, 512M, 2G). Anything else is a usage error naming the option.
/// </summary>
internal static class SizeArgument
{
    public static long Parse(string value, string option)
    {
        ArgumentNullException.ThrowIfNull(value);
        string text = value.Trim();
        if (text.EndsWith("iB", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^2];
        }
        else if (text.Length > 1 && (text[^1] == 'B' || text[^1] == 'b'))
        {
            text = text[..^1];
        }
        int shift = text.Length == 0 ? 0 : char.ToUpperInvariant(text[^1]) switch
        {
            'K' => 10,
            'M' => 20,
            'G' => 30,
            'T' => 40,
            _ => 0,
        };
        string digits = shift == 0 ? text : text[..^1];
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long number) || number > (long.MaxValue >> shift))
        {
            throw new UsageException($"{option}: '{value}' is not a size (a whole number, optionally followed by K, M or G: 64K, 512M, 2G)");
        }
        return number << shift;
    }

    /// <summary><paramref name="bytes"/> written the way <see cref="Parse"/> reads it, in the largest unit that divides it.</summary>
    public static string Format(long bytes) =>
        bytes != 0 && bytes % (1L << 30) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes >> 30}G")
        : bytes != 0 && bytes % (1L << 20) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20}M")
        : bytes != 0 && bytes % (1L << 10) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{bytes >> 10}K")
        : bytes.ToString(CultureInfo.InvariantCulture);
}
