using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// Chinese word segmentation by the ICTCLAS method (as in Lucene SmartCn): every dictionary word of a
/// stretch of text becomes an edge of a lattice, and the cheapest path under smoothed word-bigram
/// statistics is the segmentation. Numbers, dates, Latin words, URLs and e-mails come from rules and
/// score as the ICTCLAS word classes (未##数, 未##时, 未##串). Runs of single characters the path
/// leaves behind are re-segmented by a character HMM, which recovers words the dictionary lacks.
/// Under the MSR convention (<see cref="ChineseSegmenterOptions.Convention"/>) full person names, dates
/// and quantities are then joined into single words. Whitespace separates stretches and yields no word.
/// Immutable and thread-safe.
/// </summary>
public sealed class ChineseSegmenter : IChineseWordSegmenter
{
    private const int MaxWordsAtPosition = 64;

    // Single-character words at least this frequent in the core dictionary (about 1 in 1,000 words
    // of its corpus) are taken as words, not as parts of unknown ones.
    private const int CommonSingleWordFrequency = 2000;

    private static readonly Lazy<ChineseSegmenter> DefaultSegmenter = new(() => new ChineseSegmenter());

    // Bigram keys of the word classes, indexed by AtomKind (None is an ordinary word, keyed by its text).
    private static readonly string[] ClassKeys = ["", "未##数", "未##时", "未##串", "未##串", "未##串"];

    [ThreadStatic]
    private static Lattice? threadLattice;

    private readonly WordDictionary dictionary;
    private readonly BigramTable bigrams;
    private readonly CharacterHmm hmm;
    private readonly bool guessUnknownWords;
    private readonly ChineseWordConvention convention;
    private readonly PersonNameJoiner names;
    private readonly bool[] commonSingleWords;   // by character: a single-character word at least that frequent
    private readonly ulong sentenceStartState;
    private readonly int sentenceStartFrequency;
    private readonly ulong[] classLeftStates;
    private readonly int[] classFrequencies;

    public ChineseSegmenter(ChineseSegmenterOptions? options = null, ChineseSegmenterData? data = null)
    {
        options ??= new ChineseSegmenterOptions();
        data ??= ChineseSegmenterData.Default;
        dictionary = options.UserWords.Count == 0 ? data.Dictionary : MergeUserWords(data, options.UserWords);
        bigrams = data.Bigrams;
        hmm = data.Hmm;
        guessUnknownWords = options.GuessUnknownWords;
        convention = options.Convention;
        names = new PersonNameJoiner(data.Names);
        commonSingleWords = CommonSingleWords(dictionary);
        sentenceStartFrequency = FrequencyOf("始##始");
        sentenceStartState = LeftState("始##始");
        classLeftStates = [.. ClassKeys.Select(LeftState)];
        classFrequencies = [.. ClassKeys.Select(FrequencyOf)];
    }

    /// <summary>A segmenter over the shipped data, without user words, created on first use.</summary>
    public static ChineseSegmenter Default => DefaultSegmenter.Value;

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="words"/>, in order.</summary>
    public void Segment(ReadOnlySpan<char> text, List<WordSpan> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Lattice lattice = threadLattice ??= new Lattice();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }
            SegmentStretch(text[i..end], i, lattice, words);
            i = end;
        }
    }

    /// <summary>The words of <paramref name="text"/> as spans.</summary>
    public IReadOnlyList<WordSpan> Segment(ReadOnlySpan<char> text)
    {
        var words = new List<WordSpan>();
        Segment(text, words);
        return words;
    }

    /// <summary>The words of <paramref name="text"/> as strings.</summary>
    public IReadOnlyList<string> Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Segment(text.AsSpan()).Select(w => text.Substring(w.Start, w.Length))];
    }

    /// <inheritdoc />
    public IEnumerable<Token> Segment(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length);
        var words = new List<WordSpan>();
        Segment(text.AsSpan(start, length), words);
        var tokens = new List<Token>(words.Count);
        foreach (WordSpan word in words)
        {
            tokens.Add(new Token(text.Substring(start + word.Start, word.Length), start + word.Start));
        }
        return tokens;
    }

    private void SegmentStretch(ReadOnlySpan<char> text, int offset, Lattice lattice, List<WordSpan> words)
    {
        int n = text.Length;
        lattice.Reset(n);
        MarkForcedAtoms(text, lattice);
        Span<int> lengths = stackalloc int[MaxWordsAtPosition];
        Span<int> ids = stackalloc int[MaxWordsAtPosition];
        for (int p = 0; p < n; p++)
        {
            if (p > 0 && lattice.EndHead[p] < 0)
            {
                continue; // inside a rule-made word: nothing may start here
            }
            if (lattice.ForcedLength[p] > 0)
            {
                AddEdge(text, lattice, p, lattice.ForcedLength[p], (AtomKind)lattice.ForcedKind[p], classFrequencies[lattice.ForcedKind[p]]);
                continue;
            }
            int limit = lattice.NextForced[p] - p;
            int found = dictionary.Prefixes(text, p, limit, lengths, ids);
            bool hasSingle = false;
            int numeral = AtomScanner.MatchChineseNumeral(text, p, out AtomKind numeralKind);
            for (int k = 0; k < found; k++)
            {
                hasSingle |= lengths[k] == 1;
                if (lengths[k] == numeral)
                {
                    numeral = 0; // the dictionary knows this number word already
                }
                AddEdge(text, lattice, p, lengths[k], AtomKind.None, dictionary.Frequency(ids[k]));
            }
            if (!hasSingle)
            {
                int width = char.IsHighSurrogate(text[p]) && p + 1 < n && char.IsLowSurrogate(text[p + 1]) && limit > 1 ? 2 : 1;
                AddEdge(text, lattice, p, width, AtomKind.None, 0);
            }
            if (numeral > 0 && numeral <= limit)
            {
                AddEdge(text, lattice, p, numeral, numeralKind, classFrequencies[(int)numeralKind]);
            }
        }
        int last = BestFinalEdge(lattice, n);
        EmitPath(text, offset, lattice, last, words);
    }

    private static void MarkForcedAtoms(ReadOnlySpan<char> text, Lattice lattice)
    {
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            int length = AtomScanner.MatchForced(text, i, out AtomKind kind);
            if (length > 0)
            {
                lattice.ForcedLength[i] = length;
                lattice.ForcedKind[i] = (int)kind;
                i += length;
            }
            else
            {
                i++;
            }
        }
        int next = n;
        for (int p = n - 1; p >= 0; p--)
        {
            if (lattice.ForcedLength[p] > 0)
            {
                next = p;
            }
            lattice.NextForced[p] = next;
        }
    }

    private void AddEdge(ReadOnlySpan<char> text, Lattice lattice, int start, int length, AtomKind kind, int frequency)
    {
        ReadOnlySpan<char> key = kind == AtomKind.None ? text.Slice(start, length) : ClassKeys[(int)kind];
        double best = double.PositiveInfinity;
        int bestPrevious = -1;
        if (start == 0)
        {
            best = StartWeight(key);
        }
        else
        {
            for (int e = lattice.EndHead[start]; e >= 0; e = lattice.NextEnd[e])
            {
                double cost = lattice.Cost[e] + Weight(lattice, e, key);
                if (cost < best)
                {
                    best = cost;
                    bestPrevious = e;
                }
            }
        }
        ulong leftState = kind == AtomKind.None
            ? BigramTable.Hash(BigramTable.Hash(BigramTable.FnvOffset, key), '@')
            : classLeftStates[(int)kind];
        lattice.Add(start, length, frequency, leftState, best, bestPrevious);
    }

    private int BestFinalEdge(Lattice lattice, int n)
    {
        double best = double.PositiveInfinity;
        int bestEdge = -1;
        for (int e = lattice.EndHead[n]; e >= 0; e = lattice.NextEnd[e])
        {
            double cost = lattice.Cost[e] + Weight(lattice, e, "末##末");
            if (cost < best)
            {
                best = cost;
                bestEdge = e;
            }
        }
        return bestEdge;
    }

    private double Weight(Lattice lattice, int left, ReadOnlySpan<char> rightKey)
    {
        int pair = bigrams.Frequency(BigramTable.Hash(lattice.LeftState[left], rightKey));
        return pair == 0 ? lattice.NoPairWeight[left] : -Math.Log(lattice.PairBase[left] + (lattice.PairScale[left] * pair));
    }

    private double StartWeight(ReadOnlySpan<char> rightKey)
    {
        int pair = bigrams.Frequency(BigramTable.Hash(sentenceStartState, rightKey));
        double left = 1.0 + sentenceStartFrequency;
        return -Math.Log((BigramWeight.Lambda * left / BigramWeight.CorpusSize)
            + ((1 - BigramWeight.Lambda) * (((1 - BigramWeight.Mu) * pair / left) + BigramWeight.Mu)));
    }

    private void EmitPath(ReadOnlySpan<char> text, int offset, Lattice lattice, int last, List<WordSpan> words)
    {
        int first = words.Count;
        for (int e = last; e >= 0; e = lattice.Previous[e])
        {
            words.Add(new WordSpan(lattice.Start[e], lattice.Length[e]));
        }
        words.Reverse(first, words.Count - first);
        if (guessUnknownWords)
        {
            GuessWordsInSingleCharacterRuns(text, lattice, words, first);
        }
        if (convention == ChineseWordConvention.Msr)
        {
            names.Join(text, words, first);
            QuantityJoiner.Join(text, words, first);
        }
        for (int k = first; k < words.Count; k++)
        {
            words[k] = new WordSpan(words[k].Start + offset, words[k].Length);
        }
    }

    /// <summary>
    /// jieba's idea: where the dictionary path fell apart into single Han characters, the text is most
    /// likely a word the dictionary does not have; the character HMM decides where its boundaries are.
    /// </summary>
    private void GuessWordsInSingleCharacterRuns(ReadOnlySpan<char> text, Lattice lattice, List<WordSpan> words, int first)
    {
        var result = lattice.Rewritten;
        result.Clear();
        Span<int> ends = stackalloc int[256];
        int k = first;
        while (k < words.Count)
        {
            int runEnd = k;
            while (runEnd < words.Count && IsSingleHan(text, words[runEnd]) && !IsCommonSingleWord(text, words[runEnd]) && runEnd - k < ends.Length)
            {
                runEnd++;
            }
            if (runEnd - k >= 2)
            {
                int runStart = words[k].Start;
                int runLength = words[runEnd - 1].End - runStart;
                int count = hmm.Segment(text.Slice(runStart, runLength), ends);
                int previous = 0;
                for (int w = 0; w < count; w++)
                {
                    result.Add(new WordSpan(runStart + previous, ends[w] - previous));
                    previous = ends[w];
                }
                k = runEnd;
            }
            else
            {
                result.Add(words[k]);
                k = Math.Max(runEnd, k + 1);
            }
        }
        words.RemoveRange(first, words.Count - first);
        words.AddRange(result);
    }

    /// <summary>
    /// A character that is a frequent word on its own (的, 了, 和, 在) stays one: letting the HMM glue it
    /// to an unknown neighbour costs more words than it finds.
    /// </summary>
    private bool IsCommonSingleWord(ReadOnlySpan<char> text, WordSpan word)
    {
        return commonSingleWords[text[word.Start]];
    }

    private static bool[] CommonSingleWords(WordDictionary dictionary)
    {
        var common = new bool[65536];
        for (int c = 0; c < common.Length; c++)
        {
            char ch = (char)c;
            int id = dictionary.Find(new ReadOnlySpan<char>(in ch));
            common[c] = id >= 0 && dictionary.Frequency(id) >= CommonSingleWordFrequency;
        }
        return common;
    }

    private static bool IsSingleHan(ReadOnlySpan<char> text, WordSpan word) => word.Length == 1 && Scripts.IsHan(text[word.Start]);

    private int FrequencyOf(string word)
    {
        int id = dictionary.Find(word);
        return id < 0 ? 0 : dictionary.Frequency(id);
    }

    private static ulong LeftState(string word) =>
        BigramTable.Hash(BigramTable.Hash(BigramTable.FnvOffset, word), '@');

    private static WordDictionary MergeUserWords(ChineseSegmenterData data, IReadOnlyDictionary<string, int> userWords)
    {
        var merged = new Dictionary<string, int>(data.BaseWords.Count + userWords.Count, StringComparer.Ordinal);
        for (int i = 0; i < data.BaseWords.Count; i++)
        {
            merged[data.BaseWords[i]] = data.BaseFrequencies[i];
        }
        foreach (var (word, frequency) in userWords)
        {
            if (word.Length is > 0 and <= 255)
            {
                merged[word] = Math.Max(frequency, merged.GetValueOrDefault(word));
            }
        }
        var words = merged.Keys.ToList();
        words.Sort(StringComparer.Ordinal);
        return new WordDictionary(words, [.. words.Select(w => merged[w])]);
    }
}
