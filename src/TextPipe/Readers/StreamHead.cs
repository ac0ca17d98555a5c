namespace TextPipe.Readers;

/// <summary>The first bytes of a stream that cannot seek (stdin, a decompressor), read to sniff its content.</summary>
internal static class StreamHead
{
    /// <summary>Reads up to <paramref name="count"/> bytes from <paramref name="stream"/>, fewer only at its end.</summary>
    public static ReadOnlyMemory<byte> Read(Stream stream, int count)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var head = new byte[count];
        int read = stream.ReadAtLeast(head, count, throwOnEndOfStream: false);
        return head.AsMemory(0, read);
    }
}
