namespace TextPipe.Readers;

/// <summary>
/// The bytes of one input, read to their end within a limit. When the size is known beforehand (a file's length, a
/// gzip trailer's hint) they go straight into one array of that size. Otherwise they are kept in chunks, each as large
/// as all before it (at most 4 MiB), and copied once into an array of the exact size at the end: unlike a doubling
/// buffer, no chain of discarded half-size arrays is left for the collector. A decompression bomb under the ratio
/// limit held about 1.2 GB that way before it was refused at 512 MiB; now it holds the limit and one chunk.
/// </summary>
internal sealed class InputBuffer(long limit, int knownSize, Func<long, Exception> overLimit)
{
    private const int FirstChunk = 64 * 1024;
    private const int LargestChunk = 4 * 1024 * 1024;

    private byte[]? single = knownSize > 0 ? GC.AllocateUninitializedArray<byte>(knownSize) : null;
    private readonly List<byte[]> chunks = [];
    private int usedInLast;
    private long length;

    /// <exception cref="Exception">From <c>overLimit</c>: the bytes would pass the limit.</exception>
    public void Append(ReadOnlySpan<byte> data)
    {
        if (length + data.Length > limit)
        {
            throw overLimit(length + data.Length);
        }
        if (single is not null)
        {
            if (length + data.Length <= single.Length)
            {
                data.CopyTo(single.AsSpan((int)length));
                length += data.Length;
                return;
            }
            // The hint was wrong (a gzip of several members): what was read becomes the first chunk.
            chunks.Add(single);
            usedInLast = (int)length;
            single = null;
        }
        while (!data.IsEmpty)
        {
            if (chunks.Count == 0 || usedInLast == chunks[^1].Length)
            {
                chunks.Add(GC.AllocateUninitializedArray<byte>((int)Math.Clamp(length, FirstChunk, LargestChunk)));
                usedInLast = 0;
            }
            int count = Math.Min(chunks[^1].Length - usedInLast, data.Length);
            data[..count].CopyTo(chunks[^1].AsSpan(usedInLast));
            usedInLast += count;
            length += count;
            data = data[count..];
        }
    }

    /// <summary>The bytes read, in one piece.</summary>
    public ReadOnlyMemory<byte> ToMemory()
    {
        if (single is not null)
        {
            return single.AsMemory(0, (int)length);
        }
        if (chunks.Count == 1)
        {
            return chunks[0].AsMemory(0, usedInLast);
        }
        var all = GC.AllocateUninitializedArray<byte>((int)length);
        int at = 0;
        for (int i = 0; i < chunks.Count; i++)
        {
            int count = i == chunks.Count - 1 ? usedInLast : chunks[i].Length;
            chunks[i].AsSpan(0, count).CopyTo(all.AsSpan(at));
            at += count;
        }
        chunks.Clear();
        return all;
    }
}
