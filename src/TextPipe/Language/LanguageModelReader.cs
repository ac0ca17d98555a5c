
using System.Runtime.InteropServices;
using System.Text;

namespace TextPipe.Language;

/// <summary>
/// Reads the binary model written by <c>data/build-langid.py</c> (two files, embedded in this assembly):
/// n-gram tables and Han variant sets, then the word lexicon. Arrays are read in bulk, so loading is a few
/// milliseconds.
/// </summary>
internal static class LanguageModelReader
{
    private const int Version = 1;
    private const int RivalVersion = 2;

    public static LanguageModel LoadEmbedded()
    {
        var assembly = typeof(LanguageModelReader).Assembly;
        using var ngrams = assembly.GetManifestResourceStream("TextPipe.Language.langid-ngrams.bin")
            ?? throw new InvalidOperationException("The language model resource langid-ngrams.bin is missing from the assembly.");
        using var lexicon = assembly.GetManifestResourceStream("TextPipe.Language.langid-lexicon.bin")
            ?? throw new InvalidOperationException("The language model resource langid-lexicon.bin is missing from the assembly.");
        using var soleWords = assembly.GetManifestResourceStream("TextPipe.Language.langid-sole-words.txt")
            ?? throw new InvalidOperationException("The language model resource langid-sole-words.txt is missing from the assembly.");
        var model = Read(ngrams, lexicon, soleWords);
        // The rivals' words are read on the first detection that needs them, not when the model loads.
        model.UseRivals(() =>
        {
            using var rivals = assembly.GetManifestResourceStream("TextPipe.Language.langid-rivals.bin")
                ?? throw new InvalidOperationException("The language model resource langid-rivals.bin is missing from the assembly.");
            return ReadRivals(rivals, model.Languages);
        });
        return model;
    }

    /// <summary>`lang TAB word` lines (data/scripts/build-sole-script-words.py) as word hashes per language.</summary>
    private static Dictionary<string, HashSet<ulong>> ReadSoleScriptWords(Stream stream)
    {
        var words = new Dictionary<string, HashSet<ulong>>(StringComparer.Ordinal);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }
            ulong hash = WordLexicon.HashSeed;
            foreach (char c in line.AsSpan(tab + 1))
            {
                hash = WordLexicon.HashAdd(hash, char.ToLowerInvariant(c));
            }
            string lang = line[..tab];
            if (!words.TryGetValue(lang, out var set))
            {
                words[lang] = set = [];
            }
            set.Add(hash);
        }
        return words;
    }

    public static LanguageModel Read(Stream ngramStream, Stream lexiconStream, Stream? soleWordStream = null, Stream? rivalStream = null)
    {
        using var r = new BinaryReader(ngramStream, Encoding.UTF8, leaveOpen: true);
        Expect(r, "TPLN");
        int langCount = r.ReadInt32();
        _ = r.ReadByte(); // maximum n-gram order: the table keys carry their own length
        float quantum = r.ReadSingle();
        var languages = new string[langCount];
        for (int i = 0; i < langCount; i++)
        {
            languages[i] = ReadShortString(r);
        }
        var tables = new NGramTable[r.ReadInt32()];
        for (int t = 0; t < tables.Length; t++)
        {
            string name = ReadShortString(r);
            int[] langs = Array.ConvertAll(r.ReadBytes(r.ReadInt32()), b => (int)b);
            char[] alphabet = ReadArray<char>(r, r.ReadInt32());
            int rows = r.ReadInt32();
            var keys = ModelBytes.Take(r.BaseStream, rows * sizeof(long));
            var costs = ModelBytes.Take(r.BaseStream, rows * langs.Length);
            tables[t] = new NGramTable(name, langs, alphabet, keys, costs, quantum);
        }
        var traditional = new HashSet<int>(ReadArray<int>(r, r.ReadInt32()));
        var simplified = new HashSet<int>(ReadArray<int>(r, r.ReadInt32()));

        using var x = new BinaryReader(lexiconStream, Encoding.UTF8, leaveOpen: true);
        Expect(x, "TPLX");
        var lexicon = ReadLexiconBody(x);
        var model = new LanguageModel(languages, tables, lexicon, traditional, simplified)
        {
            SoleScriptWords = soleWordStream is null ? new Dictionary<string, HashSet<ulong>>(StringComparer.Ordinal) : ReadSoleScriptWords(soleWordStream),
        };
        if (rivalStream is not null)
        {
            var rivals = ReadRivals(rivalStream, languages);
            model.UseRivals(() => rivals);
        }
        return model;
    }

    /// <summary>Frequent-word hashes and masks, then the Bloom filter: the body of langid-lexicon.bin and of langid-rivals.bin.</summary>
    private static WordLexicon ReadLexiconBody(BinaryReader x)
    {
        int frequentCount = x.ReadInt32();
        ulong[] hashes = ReadArray<ulong>(x, frequentCount);
        uint[] masks = ReadArray<uint>(x, frequentCount);
        int slots = x.ReadInt32();
        int hashCount = x.ReadInt32();
        var bloom = ModelBytes.Take(x.BaseStream, slots * sizeof(uint));
        return new WordLexicon(hashes, masks, bloom, hashCount);
    }

    /// <summary>The rivals' words (data/scripts/build-rival-words.py): each rival's code and its supported neighbour, their stop words, their word lists' Bloom filter.</summary>
    private static RivalWords ReadRivals(Stream stream, string[] languages)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        Expect(r, "TPLR", RivalVersion);
        var pairs = new RivalPair[r.ReadInt32()];
        for (int i = 0; i < pairs.Length; i++)
        {
            string rival = ReadShortString(r);
            string target = ReadShortString(r);
            int targetIndex = Array.IndexOf(languages, target);
            if (targetIndex < 0)
            {
                throw new InvalidDataException($"The rival {rival} is mistaken for {target}, which the language model does not have.");
            }
            pairs[i] = new RivalPair(rival, targetIndex, r.ReadByte(), r.ReadByte());
        }
        int stopWordCount = r.ReadInt32();
        ulong[] hashes = ReadArray<ulong>(r, stopWordCount);
        uint[] masks = ReadArray<uint>(r, stopWordCount);
        var stopWords = new Dictionary<ulong, uint>(stopWordCount);
        for (int i = 0; i < stopWordCount; i++)
        {
            stopWords[hashes[i]] = masks[i];
        }
        int bitsLog2 = r.ReadInt32();
        int probes = r.ReadInt32();
        var bloom = ModelBytes.Take(r.BaseStream, 1 << (bitsLog2 - 3));
        return new RivalWords(pairs, stopWords, bloom, bitsLog2, probes);
    }

    private static void Expect(BinaryReader r, string magic, int version = Version)
    {
        if (Encoding.ASCII.GetString(r.ReadBytes(4)) != magic || r.ReadInt32() != version)
        {
            throw new InvalidDataException($"Not a version {version} language model file ({magic}); rebuild it with data/build-langid.py (data/scripts/build-rival-words.py for TPLR).");
        }
    }

    private static string ReadShortString(BinaryReader r) => Encoding.UTF8.GetString(r.ReadBytes(r.ReadByte()));

    private static T[] ReadArray<T>(BinaryReader r, int count)
        where T : unmanaged
    {
        // Every element is overwritten below, so the (large) arrays need not be zeroed first.
        var result = GC.AllocateUninitializedArray<T>(count);
        var bytes = MemoryMarshal.AsBytes(result.AsSpan());
        r.BaseStream.ReadExactly(bytes);
        return result;
    }
}
