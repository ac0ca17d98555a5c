namespace TextPipe.Readers.Datasets;

/// <summary>Splits a UTF-8 stream into lines (LF or CRLF) without decoding it, in 64 KiB reads, copying each line out.</summary>
internal static class LineSplitter
{
    private const int ReadSize = 64 * 1024;

    /// <summary>
    /// The lines of <paramref name="stream"/> with their 1-based numbers, without line ends; a byte order mark on line 1
    /// is dropped. A line longer than <paramref name="maxLineBytes"/> comes as null bytes: its bytes are read past
    /// (never buffered beyond the limit) so the lines after it are still found, and the caller fails that line alone.
    /// </summary>
    public static IEnumerable<(long Line, byte[]? Bytes)> Lines(Stream stream, long maxLineBytes)
    {
        var buffer = new byte[ReadSize];
        int start = 0, end = 0, scanned = 0;
        long line = 0;
        bool skipping = false; // inside a line over the limit, reading up to its end
        while (true)
        {
            int newline = buffer.AsSpan(scanned, end - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int stop = scanned + newline;
                line++;
                yield return (line, skipping || stop - start > maxLineBytes ? null : Copy(buffer.AsSpan(start, stop - start), line));
                skipping = false;
                start = scanned = stop + 1;
                continue;
            }
            scanned = end;
            if (skipping)
            {
                (start, end, scanned) = (0, 0, 0); // the over-long line's bytes so far: dropped
            }
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                (end, scanned, start) = (end - start, scanned - start, 0);
            }
            if (end == buffer.Length)
            {
                if (end > maxLineBytes)
                {
                    skipping = true;
                    (start, end, scanned) = (0, 0, 0);
                }
                else
                {
                    Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, Array.MaxLength));
                }
            }
            int read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                if (end > start || skipping)
                {
                    line++;
                    yield return (line, skipping || end - start > maxLineBytes ? null : Copy(buffer.AsSpan(start, end - start), line));
                }
                yield break;
            }
            end += read;
        }
    }

    private static byte[] Copy(ReadOnlySpan<byte> bytes, long line)
    {
        if (bytes.EndsWith((byte)'\r'))
        {
            bytes = bytes[..^1];
        }
        if (line == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        return bytes.ToArray();
    }
}
