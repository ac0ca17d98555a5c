using ZstdSharp;

namespace TextPipe.Readers.Compression;

/// <summary>
/// Wraps a decompressor so that what goes wrong in the compressed data is an <see cref="InputException"/> naming
/// the compression (the batch reports it and goes on), and so that data ending before the compressed stream does
/// (a truncated download) is an error rather than a quietly shorter text. Owns the decompressor.
/// </summary>
internal sealed class CheckedDecompressionStream(Stream decompressor, string compression) : ReadOnlyWrapperStream(decompressor)
{
    public override int Read(Span<byte> buffer)
    {
        try
        {
            return Inner.Read(buffer);
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
}
