using System.Text;

namespace TextPipe.Text;

/// <summary>
/// Replaces each undecodable byte sequence with U+FFFD, like the default fallback, but counts them and
/// remembers where the first one was, so nothing is replaced silently.
/// </summary>
internal sealed class CountingDecoderFallback : DecoderFallback
{
    /// <summary>Number of undecodable byte sequences seen since the last <see cref="Reset"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Index of the first undecodable byte in the decoder's input, or -1.</summary>
    public int FirstIndex { get; private set; } = -1;

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new CountingBuffer(this);

    /// <summary>Forgets what was counted (the char-count pass runs the fallback too).</summary>
    public void Reset()
    {
        Count = 0;
        FirstIndex = -1;
    }

    private void Record(int index)
    {
        if (Count == 0)
        {
            FirstIndex = index;
        }
        Count++;
    }

    private sealed class CountingBuffer(CountingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private int _remaining;

        public override int Remaining => _remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Record(index);
            _remaining = 1;
            return true;
        }

        public override char GetNextChar()
        {
            if (_remaining == 0)
            {
                return '\0';
            }
            _remaining--;
            return '\uFFFD';
        }

        public override bool MovePrevious()
        {
            if (_remaining != 0)
            {
                return false;
            }
            _remaining = 1;
            return true;
        }

        public override void Reset() => _remaining = 0;
    }
}
