using System.Buffers;

namespace TextPipe.Writers;

/// <summary>
/// A growable byte buffer for <see cref="System.Text.Json.Utf8JsonWriter"/> that can be cut back to an
/// earlier length, so that a document whose records fail half-way leaves nothing behind.
/// </summary>
internal sealed class ByteBuffer : IBufferWriter<byte>
{
    private readonly int _initialCapacity;
    private byte[] _bytes;

    public ByteBuffer(int capacity)
    {
        _initialCapacity = capacity;
        _bytes = new byte[capacity];
    }

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, Length);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _bytes.Length - Length);
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes.AsMemory(Length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes.AsSpan(Length);
    }

    public void WriteByte(byte value)
    {
        Reserve(1);
        _bytes[Length++] = value;
    }

    /// <summary>Forgets everything written after the first <paramref name="length"/> bytes.</summary>
    public void Truncate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length);
        Length = length;
    }

    /// <summary>Empties the buffer, giving back the memory a very large record made it take.</summary>
    public void Clear()
    {
        Length = 0;
        if (_bytes.Length > 16 * _initialCapacity)
        {
            _bytes = new byte[_initialCapacity];
        }
    }

    private void Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_bytes.Length - Length >= needed)
        {
            return;
        }
        long size = Math.Max((long)_bytes.Length * 2, (long)Length + needed);
        Array.Resize(ref _bytes, (int)Math.Min(size, Array.MaxLength));
        if (_bytes.Length - Length < needed)
        {
            throw new InvalidOperationException("The records of one document are too large to buffer (over 2 GB).");
        }
    }
}
