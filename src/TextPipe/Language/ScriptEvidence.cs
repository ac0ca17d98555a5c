namespace TextPipe.Language;

/// <summary>
/// Evidence gathered from one scan of a text: letters per writing system, words per script model with their
/// summed n-gram costs and word bonuses, and the Han variant counts. Mutable scratch for one detection.
/// </summary>
internal sealed class ScriptEvidence
{
    public ScriptEvidence(LanguageModel model)
    {
        Groups = model.Tables.Select(t => new GroupEvidence(t)).ToArray();
    }

    public GroupEvidence[] Groups { get; }

    public int Han { get; set; }

    public int Kana { get; set; }

    public int TraditionalHan { get; set; }

    public int SimplifiedHan { get; set; }

    /// <summary>Words (or, for scripts without spaces, weighted letters) per script that decides its language alone.</summary>
    public Dictionary<string, double> SoleScriptWeights { get; } = new(StringComparer.Ordinal);
}

/// <summary>Evidence for the languages of one n-gram model: total costs and bonuses over the words that counted.</summary>
internal sealed class GroupEvidence
{
    public GroupEvidence(NGramTable table)
    {
        Table = table;
        Costs = new int[table.Languages.Length];
        Bonus = new double[table.Languages.Length];
    }

    public NGramTable Table { get; }

    public int[] Costs { get; }

    public double[] Bonus { get; }

    public int Words { get; set; }

    public int Letters { get; set; }

    /// <summary>True once the leader is out of reach: later words are counted but not scored.</summary>
    public bool Settled { get; set; }

    /// <summary>How far the best language leads the second (nats).</summary>
    public double Margin()
    {
        double best = double.NegativeInfinity;
        double second = double.NegativeInfinity;
        for (int i = 0; i < Costs.Length; i++)
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

    /// <summary>Log-likelihood of the text in each language of the group (nats, higher is better).</summary>
    public double Score(int i) => -Costs[i] / (double)Table.Quantum + Bonus[i];
}
