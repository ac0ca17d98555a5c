using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// The segmenter's data, read once from cws.bin (embedded in this assembly; built by
/// data/build-smartcn.sh): ICTCLAS word frequencies and word bigrams, and jieba's character HMM.
/// Loading is a decompression and a few array fills, no text parsing. Immutable and thread-safe.
/// </summary>
public sealed class ChineseSegmenterData
{
    private const string ResourceName = "TextPipe.Segmentation.Chinese.cws.bin";
    private static readonly byte[] Magic = "TPCWS001"u8.ToArray();
    private static readonly Lazy<ChineseSegmenterData> DefaultData = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private ChineseSegmenterData(List<string> words, List<int> frequencies, BigramTable bigrams, CharacterHmm hmm, long startedTimestamp)
    {
        BaseWords = words;
        BaseFrequencies = frequencies;
        Dictionary = new WordDictionary(words, frequencies);
        Bigrams = bigrams;
        Hmm = hmm;
        LoadTime = Stopwatch.GetElapsedTime(startedTimestamp);
    }

    /// <summary>The shipped data, loaded on first use.</summary>
    public static ChineseSegmenterData Default => DefaultData.Value;

    /// <summary>How long reading and indexing the data took (for the bench report).</summary>
    public TimeSpan LoadTime { get; }

    public int WordCount => Dictionary.Count;

    public int BigramCount => Bigrams.Count;

    internal IReadOnlyList<string> BaseWords { get; }

    internal IReadOnlyList<int> BaseFrequencies { get; }

    internal WordDictionary Dictionary { get; }

    internal BigramTable Bigrams { get; }

    internal CharacterHmm Hmm { get; }

    /// <summary>Reads data in the cws.bin format from <paramref name="stream"/>.</summary>
    public static ChineseSegmenterData Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long started = Stopwatch.GetTimestamp();
        Span<byte> magic = stackalloc byte[8];
        stream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a TextPipe Chinese segmenter data file (bad magic).");
        }
        using var inflated = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(inflated, 1 << 16), Encoding.Unicode);

        int wordCount = reader.ReadInt32();
        var words = new List<string>(wordCount);
        var frequencies = new List<int>(wordCount);
        Span<char> buffer = stackalloc char[256];
        for (int i = 0; i < wordCount; i++)
        {
            int length = reader.ReadByte();
            for (int k = 0; k < length; k++)
            {
                buffer[k] = (char)reader.ReadUInt16();
            }
            words.Add(new string(buffer[..length]));
            frequencies.Add(reader.ReadInt32());
        }

        int bigramCount = reader.ReadInt32();
        var keys = new uint[bigramCount];
        uint previous = 0;
        for (int i = 0; i < bigramCount; i++)
        {
            previous += (uint)ReadLeb128(reader);
            keys[i] = previous;
        }
        var counts = new int[bigramCount];
        for (int i = 0; i < bigramCount; i++)
        {
            counts[i] = (int)ReadLeb128(reader);
        }
        var bigrams = new BigramTable(keys, counts);

        var start = new float[4];
        for (int s = 0; s < 4; s++)
        {
            start[s] = reader.ReadSingle();
        }
        var transition = new float[16];
        for (int i = 0; i < 16; i++)
        {
            transition[i] = reader.ReadSingle();
        }
        float[] emission = CharacterHmm.EmptyEmissions();
        for (int s = 0; s < 4; s++)
        {
            int count = reader.ReadInt32();
            for (int i = 0; i < count; i++)
            {
                char c = (char)reader.ReadUInt16();
                emission[(s << 16) + c] = reader.ReadSingle();
            }
        }
        var hmm = new CharacterHmm(start, transition, emission);
        return new ChineseSegmenterData(words, frequencies, bigrams, hmm, started);
    }

    private static ChineseSegmenterData LoadEmbedded()
    {
        using Stream stream = typeof(ChineseSegmenterData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        return Load(stream);
    }

    private static ulong ReadLeb128(BinaryReader reader)
    {
        ulong value = 0;
        int shift = 0;
        while (true)
        {
            byte b = reader.ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
            shift += 7;
        }
    }
}
