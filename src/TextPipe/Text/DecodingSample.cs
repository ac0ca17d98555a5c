namespace TextPipe.Text;

/// <summary>
/// The part of a large input that detection looks at: at most 64 KiB, starting at the beginning or, when the
/// beginning is plain ASCII for a long way, just before the first byte that is not. Starts are 4-byte aligned
/// so UTF-16/32 code units are not cut.
/// </summary>
internal readonly ref struct DecodingSample
{
    public const int MaxLength = 64 * 1024;

    private DecodingSample(ReadOnlySpan<byte> bytes, bool reachesEnd)
    {
        Bytes = bytes;
        ReachesEnd = reachesEnd;
    }

    public ReadOnlySpan<byte> Bytes { get; }

    /// <summary>Whether the sample runs to the end of the input (a character cut at its end is then an error).</summary>
    public bool ReachesEnd { get; }

    public static DecodingSample Take(ReadOnlySpan<byte> input)
    {
        if (input.Length <= MaxLength)
        {
            return new DecodingSample(input, reachesEnd: true);
        }
        int start = 0;
        int firstUnusual = input.IndexOfAnyExceptInRange((byte)0x01, (byte)0x7F);
        if (firstUnusual > MaxLength / 2)
        {
            start = (firstUnusual - 64) & ~3;
        }
        int length = Math.Min(MaxLength, input.Length - start);
        return new DecodingSample(input.Slice(start, length), start + length == input.Length);
    }

    /// <summary>Decodes the sample with a candidate encoding (see <see cref="TextEncodings.DecodeSample"/>).</summary>
    public SampleDecoding Decode(string encoding) => TextEncodings.DecodeSample(Bytes, ReachesEnd, encoding);

    /// <summary>The sample cut down to a multiple of <paramref name="unit"/> bytes (a dangling partial unit left out).</summary>
    public ReadOnlySpan<byte> Whole(int unit) => Bytes[..(Bytes.Length - (Bytes.Length % unit))];
}
