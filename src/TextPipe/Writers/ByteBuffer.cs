using System.Buffers;

namespace TextPipe.Writers;

/// <summary>
/// A byte buffer for <see cref="System.Text.Json.Utf8JsonWriter"/> that can be cut back to an earlier length,
/// so that a document whose records fail half-way leaves nothing behind. Memory stays bounded whatever a
/// document's records weigh: once more than <see cref="SpillBytes"/> are pending (one very large document
/// record: a million short paragraphs make a record forty times the input), the pending bytes move to a
/// temporary file (deleted when the buffer is disposed), which can still be cut back and is copied out whole.
/// </summary>
internal sealed class ByteBuffer : IBufferWriter<byte>, IDisposable
{
    /// <summary>Pending bytes held in memory at most before they move to the temporary file.</summary>
    public const int SpillBytes = 4 * 1024 * 1024;

    private readonly int _initialCapacity;
    private byte[] _bytes;
    private int _count;
    private FileStream? _spill;
    private long _spilled;

    public ByteBuffer(int capacity)
    {
        _initialCapacity = capacity;
        _bytes = new byte[capacity];
    }

    /// <summary>Bytes written and not yet copied out: those in the temporary file, then those in memory.</summary>
    public long Length => _spilled + _count;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _bytes.Length - _count);
        _count += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes.AsMemory(_count);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _bytes.AsSpan(_count);
    }

    public void WriteByte(byte value)
    {
        Reserve(1);
        _bytes[_count++] = value;
    }

    /// <summary>Forgets everything written after the first <paramref name="length"/> bytes.</summary>
    public void Truncate(long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length);
        if (length >= _spilled)
        {
            _count = (int)(length - _spilled);
            return;
        }
        _spill!.SetLength(length);
        _spill.Position = length;
        _spilled = length;
        _count = 0;
    }

    /// <summary>Copies everything written to <paramref name="output"/>, in order, and empties the buffer.</summary>
    public void CopyTo(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_spilled > 0)
        {
            _spill!.Position = 0;
            _spill.CopyTo(output);
            _spill.SetLength(0);
            _spilled = 0;
        }
        output.Write(_bytes, 0, _count);
        Clear();
    }

    /// <summary>Empties the buffer, giving back the memory a very large record made it take.</summary>
    public void Clear()
    {
        _count = 0;
        if (_spilled > 0)
        {
            _spill!.SetLength(0);
            _spilled = 0;
        }
        if (_bytes.Length > 16 * _initialCapacity)
        {
            _bytes = new byte[_initialCapacity];
        }
    }

    public void Dispose()
    {
        _spill?.Dispose();
        _spill = null;
        _spilled = 0;
    }

    private void Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_bytes.Length - _count >= needed)
        {
            return;
        }
        if (_count > 0 && (long)_count + needed > SpillBytes)
        {
            Spill();
            if (_bytes.Length >= needed)
            {
                return;
            }
        }
        long size = Math.Max((long)_bytes.Length * 2, (long)_count + needed);
        Array.Resize(ref _bytes, (int)Math.Min(size, Array.MaxLength));
        if (_bytes.Length - _count < needed)
        {
            throw new InvalidOperationException("One value of a record is too large to buffer (over 2 GB).");
        }
    }

    /// <summary>Moves the bytes in memory to the end of the temporary file.</summary>
    private void Spill()
    {
        _spill ??= new FileStream(
            Path.Combine(Path.GetTempPath(), "textpipe-" + Path.GetRandomFileName()),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
        _spill.Position = _spilled;
        _spill.Write(_bytes, 0, _count);
        _spilled += _count;
        _count = 0;
    }
}
