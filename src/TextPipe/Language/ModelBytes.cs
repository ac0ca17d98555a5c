using System.Runtime.CompilerServices;

namespace TextPipe.Language;

/// <summary>
/// A read-only run of bytes of the language model that is used where it lies. The model files are embedded
/// in this assembly, whose image the runtime maps into memory for the life of the process: copying their
/// two largest tables (about 8 MB of n-gram costs and Bloom filter) out of it took a third of the model's load
/// time, and a detection only ever touches a few of their pages. When the model comes from another stream, the
/// bytes are read once into a pinned array that this object keeps alive.
/// </summary>
internal sealed unsafe class ModelBytes
{
    private readonly byte* _start;
    private readonly byte[]? _owner;

    private ModelBytes(byte* start, int length, byte[]? owner)
    {
        _start = start;
        Length = length;
        _owner = owner;
    }

    public int Length { get; }

    /// <summary>Takes the next <paramref name="length"/> bytes of <paramref name="stream"/>, in place when it is an embedded resource.</summary>
    public static ModelBytes Take(Stream stream, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (stream is UnmanagedMemoryStream resource && resource.Length - resource.Position >= length)
        {
            byte* start = resource.PositionPointer;
            resource.Seek(length, SeekOrigin.Current);
            return new ModelBytes(start, length, null);
        }
        byte[] owner = GC.AllocateUninitializedArray<byte>(length, pinned: true);
        stream.ReadExactly(owner);
        fixed (byte* start = owner)
        {
            // The array lives on the pinned object heap: its address never changes while this object holds it.
            return new ModelBytes(start, length, owner);
        }
    }

    /// <summary><paramref name="length"/> bytes from <paramref name="offset"/>.</summary>
    public ReadOnlySpan<byte> Slice(int offset, int length)
    {
        if ((uint)offset > (uint)Length || (uint)length > (uint)(Length - offset))
        {
            throw new ArgumentOutOfRangeException(nameof(offset));
        }
        return new ReadOnlySpan<byte>(_start + offset, length);
    }

    /// <summary>The little-endian 32-bit word at index <paramref name="index"/> (the bytes need not be aligned).</summary>
    public uint UInt32At(int index)
    {
        if ((uint)index >= (uint)(Length / sizeof(uint)))
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        uint value = Unsafe.ReadUnaligned<uint>(_start + ((nint)index * sizeof(uint)));
        return BitConverter.IsLittleEndian ? value : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value);
    }

    /// <summary>The little-endian 64-bit word at index <paramref name="index"/> (the bytes need not be aligned).</summary>
    public long Int64At(int index)
    {
        if ((uint)index >= (uint)(Length / sizeof(long)))
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        long value = Unsafe.ReadUnaligned<long>(_start + ((nint)index * sizeof(long)));
        return BitConverter.IsLittleEndian ? value : System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value);
    }

    /// <summary>True when the bytes were copied into an array of ours rather than used in place.</summary>
    public bool IsCopy => _owner is not null;
}
