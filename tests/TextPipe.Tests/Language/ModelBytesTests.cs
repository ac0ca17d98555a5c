using TextPipe.Language;

namespace TextPipe.Tests.Language;

public class ModelBytesTests
{
    private static readonly byte[] Content = [9, 1, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 7];

    [Fact]
    public unsafe void An_embedded_resource_is_used_in_place_and_the_stream_moves_past_it()
    {
        fixed (byte* start = Content)
        {
            using var resource = new UnmanagedMemoryStream(start, Content.Length);
            resource.Seek(1, SeekOrigin.Begin);
            var bytes = ModelBytes.Take(resource, 8);

            Assert.False(bytes.IsCopy);
            Assert.Equal(9, resource.Position);
            Assert.Equal(1u, bytes.UInt32At(0));
            Assert.Equal(uint.MaxValue, bytes.UInt32At(1));
        }
    }

    [Fact]
    public void Another_stream_is_copied_once_and_reads_the_same()
    {
        using var stream = new MemoryStream(Content);
        stream.Seek(1, SeekOrigin.Begin);
        var bytes = ModelBytes.Take(stream, 8);

        Assert.True(bytes.IsCopy);
        Assert.Equal(9, stream.Position);
        Assert.Equal(1u, bytes.UInt32At(0));
        Assert.Equal([0xFF, 0xFF], bytes.Slice(4, 2).ToArray());
    }

    [Fact]
    public void Reads_outside_the_bytes_are_refused()
    {
        using var stream = new MemoryStream(Content);
        var bytes = ModelBytes.Take(stream, 8);

        Assert.Throws<ArgumentOutOfRangeException>(() => bytes.UInt32At(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => bytes.Slice(6, 3).Length);
        Assert.Throws<EndOfStreamException>(() => ModelBytes.Take(stream, 8));
    }
}
