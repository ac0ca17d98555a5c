namespace TextPipe.Readers;

/// <summary>
/// A read-only stream that gives back bytes already read from <paramref name="rest"/> (its head, peeked to sniff
/// the content) and then the rest of it, so a stream that cannot seek (stdin, a decompressor) can be sniffed
/// and still read from its start. Disposing it disposes <paramref name="rest"/> unless <paramref name="leaveOpen"/>.
/// </summary>
internal sealed class ReplayStream(byte[] head, int headLength, Stream rest, bool leaveOpen) : Stream
{
    private int position;

    /// <summary>Reads up to <paramref name="count"/> bytes from <paramref name="stream"/> (fewer only at its end).</summary>
    public static byte[] ReadHead(Stream stream, int count, out int read)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var head = new byte[count];
        read = 0;
        int n;
        while (read < count && (n = stream.Read(head, read, count - read)) > 0)
        {
            read += n;
        }
        return head;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (position < headLength)
        {
            int n = Math.Min(buffer.Length, headLength - position);
            head.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }
        return rest.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            rest.Dispose();
        }
        base.Dispose(disposing);
    }
}
