using ZstdSharp;

namespace TextPipe.Readers.Compression;

/// <summary>
/// Wraps a decompressor so that what goes wrong in the compressed data is an <see cref="InputException"/> naming
/// the compression (the batch reports it and goes on), and so that data ending before the compressed stream does
/// (a truncated download) is an error rather than a quietly shorter text. Owns the decompressor.
/// </summary>
internal sealed class CheckedDecompressionStream(Stream decompressor, string compression) : Stream
{
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
        try
        {
            return decompressor.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw Corrupt(e);
        }
        catch (ZstdException e)
        {
            throw Corrupt(e);
        }
        catch (EndOfStreamException e)
        {
            throw Corrupt(e);
        }
    }

    private InputException Corrupt(Exception e) =>
        new($"corrupt or truncated {compression} data: {e.Message}", e);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            decompressor.Dispose();
        }
        base.Dispose(disposing);
    }
}
