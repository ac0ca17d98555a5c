using System.Diagnostics;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// The segmenter's data, read once from cws.bin (embedded in this assembly; built by
/// data/build-smartcn.sh): ICTCLAS word frequencies and word bigrams, jieba's character HMM, and the
/// character roles of person names.
/// Loading is a copy and a few array fills, no text parsing. Immutable and thread-safe.
/// </summary>
public sealed class ChineseSegmenterData
{
    private const string ResourceName = "TextPipe.Segmentation.Chinese.cws.bin";
    private static readonly byte[] Magic = "TPCWS003"u8.ToArray();
    private static readonly Lazy<ChineseSegmenterData> DefaultData = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private ChineseSegmenterData(List<string> words, List<int> frequencies, BigramTable bigrams, CharacterHmm hmm, PersonNameRoles names, long startedTimestamp)
    {
        BaseWords = words;
        BaseFrequencies = frequencies;
        Dictionary = new WordDictionary(words, frequencies);
        Bigrams = bigrams;
        Hmm = hmm;
        Names = names;
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

    internal PersonNameRoles Names { get; }

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
        byte[] payload;
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            payload = buffer.ToArray();
        }
        var reader = new PayloadReader(payload);
        var (words, frequencies) = ReadWords(ref reader);
        BigramTable bigrams = ReadBigrams(ref reader);
        CharacterHmm hmm = ReadHmm(ref reader);
        PersonNameRoles names = ReadNameRoles(ref reader);
        return new ChineseSegmenterData(words, frequencies, bigrams, hmm, names, started);
    }

    // The loops below run once per start; optimising them straight away (skipping tier-0 code)
    // is what keeps the load in milliseconds.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (List<string> Words, List<int> Frequencies) ReadWords(ref PayloadReader reader)
    {
        int wordCount = reader.Int32();
        var words = new List<string>(wordCount);
        var frequencies = new List<int>(wordCount);
        for (int i = 0; i < wordCount; i++)
        {
            int length = reader.Byte();
            words.Add(new string(MemoryMarshal.Cast<byte, char>(reader.Bytes(length * 2))));
            frequencies.Add(reader.Int32());
        }
        return (words, frequencies);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static BigramTable ReadBigrams(ref PayloadReader reader)
    {
        int bigramCount = reader.Int32();
        var keys = new uint[bigramCount];
        uint previous = 0;
        for (int i = 0; i < bigramCount; i++)
        {
            previous += (uint)reader.Leb128();
            keys[i] = previous;
        }
        var counts = new int[bigramCount];
        for (int i = 0; i < bigramCount; i++)
        {
            counts[i] = (int)reader.Leb128();
        }
        return new BigramTable(keys, counts);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CharacterHmm ReadHmm(ref PayloadReader reader)
    {
        var start = new float[4];
        for (int s = 0; s < 4; s++)
        {
            start[s] = reader.Single();
        }
        var transition = new float[16];
        for (int i = 0; i < 16; i++)
        {
            transition[i] = reader.Single();
        }
        float[] emission = CharacterHmm.EmptyEmissions();
        for (int s = 0; s < 4; s++)
        {
            int count = reader.Int32();
            for (int i = 0; i < count; i++)
            {
                char c = (char)reader.UInt16();
                emission[(s << 16) + c] = reader.Single();
            }
        }
        return new CharacterHmm(start, transition, emission);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PersonNameRoles ReadNameRoles(ref PayloadReader reader)
    {
        float[] surname = PersonNameRoles.EmptyScores();
        float[] given = PersonNameRoles.EmptyScores();
        int count = reader.Int32();
        for (int i = 0; i < count; i++)
        {
            char c = (char)reader.UInt16();
            surname[c] = reader.Single();
            given[c] = reader.Single();
        }
        return new PersonNameRoles(surname, given);
    }

    private static ChineseSegmenterData LoadEmbedded()
    {
        using Stream stream = typeof(ChineseSegmenterData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        return Load(stream);
    }
}

/// <summary>Little-endian reads over the decompressed payload, without a stream per value.</summary>
internal ref struct PayloadReader(ReadOnlySpan<byte> payload)
{
    private readonly ReadOnlySpan<byte> payload = payload;
    private int position;

    public byte Byte() => payload[position++];

    public ReadOnlySpan<byte> Bytes(int count)
    {
        ReadOnlySpan<byte> slice = payload.Slice(position, count);
        position += count;
        return slice;
    }

    public ushort UInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2));

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

    public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Bytes(4));

    public ulong Leb128()
    {
        ulong value = 0;
        int shift = 0;
        while (true)
        {
            byte b = payload[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return value;
            }
            shift += 7;
        }
    }
}
