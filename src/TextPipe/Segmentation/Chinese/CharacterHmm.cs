namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// A four-state character HMM (B = begins a word, M = inside, E = ends, S = single-character word),
/// as jieba uses to guess words the dictionary lacks: the Viterbi path over the states of a run of
/// characters gives its word boundaries. Parameters are log probabilities; immutable after load.
/// </summary>
internal sealed class CharacterHmm
{
    public const int B = 0, M = 1, E = 2, S = 3;

    // A character the model never saw emits with this log probability from any state, so the
    // transitions alone decide around it (jieba forbids such characters instead, which breaks runs).
    private const float UnseenEmission = -14f;

    private readonly float[] start;         // [state]
    private readonly float[] transition;    // [from * 4 + to]
    private readonly float[] emission;      // [state * 65536 + char]

    public CharacterHmm(float[] start, float[] transition, float[] emission)
    {
        this.start = start;
        this.transition = transition;
        this.emission = emission;
    }

    public static float[] EmptyEmissions()
    {
        var table = new float[4 * 65536];
        Array.Fill(table, UnseenEmission);
        return table;
    }

    /// <summary>
    /// Writes into <paramref name="wordEnds"/> the exclusive end of each word of <paramref name="run"/>
    /// (relative to the run) and returns how many words there are.
    /// </summary>
    public int Segment(ReadOnlySpan<char> run, Span<int> wordEnds)
    {
        int n = run.Length;
        if (n == 0)
        {
            return 0;
        }
        if (n == 1)
        {
            wordEnds[0] = 1;
            return 1;
        }
        Span<float> scores = n <= 256 ? stackalloc float[n * 4] : new float[n * 4];
        Span<byte> back = n <= 256 ? stackalloc byte[n * 4] : new byte[n * 4];
        for (int s = 0; s < 4; s++)
        {
            scores[s] = start[s] + emission[(s << 16) + run[0]];
        }
        for (int t = 1; t < n; t++)
        {
            int c = run[t];
            for (int s = 0; s < 4; s++)
            {
                float best = float.NegativeInfinity;
                int from = 0;
                for (int p = 0; p < 4; p++)
                {
                    float score = scores[((t - 1) * 4) + p] + transition[(p * 4) + s];
                    if (score > best)
                    {
                        best = score;
                        from = p;
                    }
                }
                scores[(t * 4) + s] = best + emission[(s << 16) + c];
                back[(t * 4) + s] = (byte)from;
            }
        }
        // A run must end a word: only E or S may close it.
        int state = scores[((n - 1) * 4) + E] >= scores[((n - 1) * 4) + S] ? E : S;
        Span<byte> states = n <= 256 ? stackalloc byte[n] : new byte[n];
        for (int t = n - 1; t >= 0; t--)
        {
            states[t] = (byte)state;
            state = back[(t * 4) + state];
        }
        int count = 0;
        for (int t = 0; t < n; t++)
        {
            if (states[t] is E or S || t == n - 1)
            {
                wordEnds[count++] = t + 1;
            }
        }
        return count;
    }
}
