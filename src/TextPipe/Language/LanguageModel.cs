

namespace TextPipe.Language;

/// <summary>The detector's data, loaded once and read-only afterwards (so safe to share between threads).</summary>
internal sealed class LanguageModel
{
    public LanguageModel(string[] languages, NGramTable[] tables, WordLexicon lexicon, HashSet<int> traditionalOnly, HashSet<int> simplifiedOnly)
    {
        Languages = languages;
        Tables = tables;
        Lexicon = lexicon;
        TraditionalOnly = traditionalOnly;
        SimplifiedOnly = simplifiedOnly;
        EnglishMask = Array.IndexOf(languages, "en") is var english and >= 0 ? 1u << english : 0;
        TableIndexBySystem = new int[Enum.GetValues<WritingSystem>().Length];
        foreach (var system in Enum.GetValues<WritingSystem>())
        {
            TableIndexBySystem[(int)system] = TableFor(system) is { } table ? Array.IndexOf(tables, table) : -1;
        }
    }

    /// <summary>English's lexicon bit (0 when the model has no English).</summary>
    public uint EnglishMask { get; }

    /// <summary>Index into <see cref="Tables"/> of the model for each writing system, -1 for scripts that decide alone.</summary>
    public int[] TableIndexBySystem { get; }

    /// <summary>Language codes; a language's index is its bit in lexicon masks.</summary>
    public string[] Languages { get; }

    public NGramTable[] Tables { get; }

    public WordLexicon Lexicon { get; }

    /// <summary>Han characters used only in traditional writing (東, 國), from Unihan's variant data.</summary>
    public HashSet<int> TraditionalOnly { get; }

    /// <summary>Han characters used only in simplified writing (东, 国).</summary>
    public HashSet<int> SimplifiedOnly { get; }

    /// <summary>
    /// Frequent words (as <see cref="WordLexicon"/> hashes) of the languages whose script others also write (hi, bn): a
    /// Marathi text in Devanagari has few Hindi ones.
    /// </summary>
    public IReadOnlyDictionary<string, HashSet<ulong>> SoleScriptWords { get; init; } = new Dictionary<string, HashSet<ulong>>(StringComparer.Ordinal);

    private Lazy<RivalWords> _rivals = new(RivalWords.None);

    /// <summary>Words of unsupported close relatives of supported languages (<see cref="RivalWords"/>), read on first use.</summary>
    public RivalWords Rivals => _rivals.Value;

    /// <summary>Whether the rivals' words have been read yet (they are read on the first detection that needs them).</summary>
    public bool RivalsLoaded => _rivals.IsValueCreated;

    /// <summary>Sets where the rivals' words come from; called once by the reader, before the model is shared.</summary>
    internal void UseRivals(Func<RivalWords> read)
    {
        _rivals = new Lazy<RivalWords>(read, LazyThreadSafetyMode.ExecutionAndPublication);
        _soleRivalTargets = new Lazy<int[]>(SoleRivalTargets, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private Lazy<int[]> _soleRivalTargets = new(() => []);

    /// <summary>
    /// For a script that decides its language alone (Hebrew), that language's model index when some rival writes the
    /// same script (Yiddish) and its words are to be counted; else -1.
    /// </summary>
    public int SoleRivalTarget(WritingSystem system)
    {
        var targets = _soleRivalTargets.Value;
        return (int)system < targets.Length ? targets[(int)system] : -1;
    }

    private int[] SoleRivalTargets()
    {
        var systems = Enum.GetValues<WritingSystem>();
        var targets = new int[systems.Length];
        foreach (var system in systems)
        {
            int target = WritingSystems.SoleLanguage(system) is { } lang ? LanguageIndex(lang) : -1;
            targets[(int)system] = target >= 0 && Rivals.HasRivalFor(target) ? target : -1;
        }
        return targets;
    }

    /// <summary>The index (lexicon bit) of a language code, -1 when the model does not have it.</summary>
    public int LanguageIndex(string lang) => Array.IndexOf(Languages, lang);

    public NGramTable? TableFor(WritingSystem system) => system switch
    {
        WritingSystem.Latin => Find("latin"),
        WritingSystem.Cyrillic => Find("cyrillic"),
        WritingSystem.Arabic => Find("arabic"),
        _ => null,
    };

    private NGramTable? Find(string name) => Array.Find(Tables, t => t.Name == name);
}
