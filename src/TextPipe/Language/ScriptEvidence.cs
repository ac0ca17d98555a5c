namespace TextPipe.Language;

/// <summary>
/// Evidence gathered from one scan of a text: letters per writing system, words per script model with their
/// summed n-gram costs and word bonuses, and the Han variant counts. Mutable scratch for one detection.
/// </summary>
internal sealed class ScriptEvidence
{
    public ScriptEvidence(LanguageModel model, WordBorrowing[] borrowing)
    {
        Groups = new GroupEvidence[model.Tables.Length];
        for (int t = 0; t < Groups.Length; t++)
        {
            Groups[t] = new GroupEvidence(model.Tables[t], borrowing[t], model.Rivals.Count);
        }
        SoleScriptRivals = new RivalTally(model.Rivals.Count);
    }

    public GroupEvidence[] Groups { get; }

    public int Han { get; set; }

    public int Kana { get; set; }

    public int TraditionalHan { get; set; }

    public int SimplifiedHan { get; set; }

    /// <summary>Words (or, for scripts without spaces, weighted letters) per script that decides its language alone.</summary>
    public Dictionary<string, double> SoleScriptWeights { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Words of the sole-script languages others' scripts share (hi, bn), and how many are among its frequent
    /// words (<see cref="LanguageModel.SoleScriptWords"/>).
    /// </summary>
    public Dictionary<string, (int Words, int Known)> SoleScriptWords { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The words of scripts that decide their language alone, counted for and against the relatives written in the same
    /// script (Yiddish in Hebrew letters).
    /// </summary>
    public RivalTally SoleScriptRivals { get; }

    /// <summary>Words (weighted as for sole scripts) in scripts none of the detector's languages write (Telugu, Georgian...).</summary>
    public double UnknownScriptWeight { get; set; }
}

/// <summary>Evidence for the languages of one n-gram model: total scores over the words that counted.</summary>
internal sealed class GroupEvidence
{
    public GroupEvidence(NGramTable table, WordBorrowing borrowing, int rivals)
    {
        Rivals = new RivalTally(rivals);
        Table = table;
        Borrowing = borrowing;
        Scores = new double[table.Languages.Length];
        OwnScores = new double[table.Languages.Length];
        NGramScores = new double[table.Languages.Length];
        KnownWords = new int[table.Languages.Length];
    }

    public NGramTable Table { get; }

    public WordBorrowing Borrowing { get; }

    /// <summary>Log-likelihood of the words so far in each language of the group, English loanwords allowed (nats, higher is better).</summary>
    public double[] Scores { get; }

    /// <summary>The same without borrowing: each word scored in each language's own model only.</summary>
    public double[] OwnScores { get; }

    /// <summary>Log-likelihood of the scored words under each language's n-gram model alone (no word bonus, no borrowing).</summary>
    public double[] NGramScores { get; }

    /// <summary>Scored words found among each language's frequent words or dictionary forms.</summary>
    public int[] KnownWords { get; }

    /// <summary>The group's words (all of them, after settling too) counted for and against each rival.</summary>
    public RivalTally Rivals { get; }

    /// <summary>Words whose letters were scored (words after the group settled are counted in <see cref="Words"/> only).</summary>
    public int ScoredWords { get; set; }

    /// <summary>Characters scored (letters, marks and word ends), letters the model never saw included.</summary>
    public int ScoredCharacters { get; set; }

    /// <summary>Scored letters outside the model's alphabet (ė, ų in Lithuanian text): the n-gram model costs them nothing.</summary>
    public int UnseenLetters { get; set; }

    public int Words { get; set; }

    public int Letters { get; set; }

    /// <summary>True once the leader is out of reach: later words are counted but not scored.</summary>
    public bool Settled { get; set; }

    /// <summary>How far the best language leads the second (nats).</summary>
    public double Margin()
    {
        double best = double.NegativeInfinity;
        double second = double.NegativeInfinity;
        for (int i = 0; i < Scores.Length; i++)
        {
            double score = Score(i);
            if (score > best)
            {
                second = best;
                best = score;
            }
            else if (score > second)
            {
                second = score;
            }
        }
        return best - second;
    }

    /// <summary>
    /// The score that ranks and calibrates language <paramref name="i"/>. Borrowing is about mixed text; a lone
    /// word cannot be a mixture, and borrowing would only flatten its probabilities (every language scoring at
    /// least English minus the penalty), so one word is scored on its own terms.
    /// </summary>
    public double Score(int i) => Words >= 2 ? Scores[i] : OwnScores[i];
}

/// <summary>Per rival (<see cref="RivalWords"/>), the words that are the rival's alone and those that are its neighbour's alone.</summary>
internal sealed class RivalTally
{
    public RivalTally(int rivals)
    {
        RivalOnlyWords = new int[rivals];
        TargetOnlyWords = new int[rivals];
    }

    /// <summary>Words in the rival's stop words or word list but not in the word lists of the supported language it is mistaken for.</summary>
    public int[] RivalOnlyWords { get; }

    /// <summary>Words in the supported neighbour's word lists but not in the rival's.</summary>
    public int[] TargetOnlyWords { get; }

    public int Count => RivalOnlyWords.Length;
}
