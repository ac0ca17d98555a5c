using System.Globalization;
using System.Text.RegularExpressions;

namespace TextPipe.Readers.Subtitles;

/// <summary>
/// Parses a cue timing line: <c>00:01:02,500 --> 00:01:04,000</c> (SRT) or <c>01:02.500 --> 01:04.000 line:0 align:start</c>
/// (WebVTT: hours optional, cue settings after the end time). Either decimal mark is accepted in both formats,
/// and one to three digits of fraction (<c>1,5</c> is 1.5 s), because real files mix them up.
/// </summary>
internal static partial class CueTiming
{
    /// <summary>True when <paramref name="line"/> is a timing line; <paramref name="start"/> and <paramref name="end"/> are its times.</summary>
    public static bool TryParse(ReadOnlySpan<char> line, out TimeSpan start, out TimeSpan end)
    {
        start = end = default;
        if (!line.Contains("-->", StringComparison.Ordinal))
        {
            return false; // the common case, without running the regex
        }
        var match = TimingLine().Match(line.ToString());
        if (!match.Success)
        {
            return false;
        }
        start = ToTime(match.Groups["h1"], match.Groups["m1"], match.Groups["s1"], match.Groups["f1"]);
        end = ToTime(match.Groups["h2"], match.Groups["m2"], match.Groups["s2"], match.Groups["f2"]);
        return true;
    }

    private static TimeSpan ToTime(Group hours, Group minutes, Group seconds, Group fraction)
    {
        int h = hours.Success ? int.Parse(hours.ValueSpan, CultureInfo.InvariantCulture) : 0;
        int m = int.Parse(minutes.ValueSpan, CultureInfo.InvariantCulture);
        int s = int.Parse(seconds.ValueSpan, CultureInfo.InvariantCulture);
        int ms = int.Parse(fraction.Value.PadRight(3, '0'), CultureInfo.InvariantCulture);
        return new TimeSpan(0, h, m, s, ms);
    }

    [GeneratedRegex(
        @"^\s*(?:(?<h1>[0-9]{1,3}):)?(?<m1>[0-5]?[0-9]):(?<s1>[0-5]?[0-9])[,.](?<f1>[0-9]{1,3})\s*-->\s*(?:(?<h2>[0-9]{1,3}):)?(?<m2>[0-5]?[0-9]):(?<s2>[0-5]?[0-9])[,.](?<f2>[0-9]{1,3})(?:\s.*)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex TimingLine();
}
