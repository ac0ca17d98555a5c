namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// The segmenter's vocabulary as a flat trie: every word found at a position of the text is reported
/// by one walk from that position. Children of a node are contiguous and sorted, so the trie is a few
/// arrays (no per-node objects) and the first level is a direct 64K table, the step taken most often.
/// Immutable after construction, hence thread-safe.
/// </summary>
internal sealed class WordDictionary
{
    private readonly int[] rootChild;       // first char → node, 0 = none (node 0 is the root)
    private readonly char[] nodeLabel;      // the char leading into each node
    private readonly int[] nodeFirstChild;
    private readonly int[] nodeChildCount;
    private readonly int[] nodeWord;        // word id ending at this node, or -1
    private readonly int[] frequencies;     // by word id; an array, not a list, for the hot path

    /// <summary>Builds the trie from words sorted by UTF-16 code units, without duplicates.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public WordDictionary(IReadOnlyList<string> sortedWords, IReadOnlyList<int> frequencies)
    {
        Words = sortedWords;
        this.frequencies = [.. frequencies];
        var labels = new List<char> { '\0' };
        var firstChild = new List<int> { 0 };
        var childCount = new List<int> { 0 };
        var word = new List<int> { -1 };
        // Breadth-first over ranges of the sorted list: the words under one node share a prefix of
        // length depth and form a contiguous range, so no temporary tree is needed.
        var queue = new Queue<(int Node, int Lo, int Hi, int Depth)>();
        queue.Enqueue((0, 0, sortedWords.Count, 0));
        while (queue.Count > 0)
        {
            var (node, lo, hi, depth) = queue.Dequeue();
            if (lo < hi && sortedWords[lo].Length == depth)
            {
                word[node] = lo;
                lo++;
            }
            firstChild[node] = labels.Count;
            int i = lo;
            while (i < hi)
            {
                char c = sortedWords[i][depth];
                int j = i + 1;
                while (j < hi && sortedWords[j][depth] == c)
                {
                    j++;
                }
                int child = labels.Count;
                labels.Add(c);
                firstChild.Add(0);
                childCount.Add(0);
                word.Add(-1);
                queue.Enqueue((child, i, j, depth + 1));
                i = j;
            }
            childCount[node] = labels.Count - firstChild[node];
        }
        nodeLabel = [.. labels];
        nodeFirstChild = [.. firstChild];
        nodeChildCount = [.. childCount];
        nodeWord = [.. word];
        rootChild = new int[65536];
        for (int n = nodeFirstChild[0]; n < nodeFirstChild[0] + nodeChildCount[0]; n++)
        {
            rootChild[nodeLabel[n]] = n;
        }
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>How often word <paramref name="id"/> occurred in the dictionary's corpus.</summary>
    public int Frequency(int id) => frequencies[id];

    public int Count => Words.Count;

    /// <summary>Id of <paramref name="word"/>, or -1 when it is not in the dictionary.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return -1;
        }
        int node = rootChild[word[0]];
        for (int k = 1; k < word.Length && node != 0; k++)
        {
            node = Child(node, word[k]);
        }
        return node == 0 ? -1 : nodeWord[node];
    }

    /// <summary>
    /// Calls back with (length, word id) for every dictionary word that starts at text[start],
    /// shortest first, never reading past <paramref name="limit"/> characters.
    /// </summary>
    public int Prefixes(ReadOnlySpan<char> text, int start, int limit, Span<int> lengths, Span<int> ids)
    {
        int found = 0;
        int node = rootChild[text[start]];
        int k = 1;
        while (node != 0)
        {
            if (nodeWord[node] >= 0 && found < lengths.Length)
            {
                lengths[found] = k;
                ids[found] = nodeWord[node];
                found++;
            }
            if (k >= limit)
            {
                break;
            }
            node = Child(node, text[start + k]);
            k++;
        }
        return found;
    }

    private int Child(int node, char c)
    {
        int lo = nodeFirstChild[node];
        int count = nodeChildCount[node];
        // Deep in the trie a node has a handful of children: a straight scan beats the branchy search.
        if (count <= 8)
        {
            ReadOnlySpan<char> labels = nodeLabel.AsSpan(lo, count);
            int at = labels.IndexOf(c);
            return at < 0 ? 0 : lo + at;
        }
        int hi = lo + count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            char label = nodeLabel[mid];
            if (label == c)
            {
                return mid;
            }
            if (label < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return 0;
    }
}
