using System.Numerics;
using TextPipe.Text;

namespace TextPipe.Language;

/// <summary>
/// One pass over a text: splits it into words of one writing system, scores words of shared scripts with the
/// n-gram model and the lexicon, and counts letters of scripts that decide alone.
/// </summary>
internal sealed class EvidenceScanner
{
    private const long KeyMask = (1L << 40) - 1;
    private const int MaxWordLength = 64;

    // Once one language leads by this many nats after a few words, more letters cannot change the answer:
    // the scanner stops scoring that script (the words still count for the shares). Keeps long text fast.
    private const int SettleAfterWords = 8;
    private const double SettleMargin = 25;

    // After settling, the words are still scored for the fit (how well the winner's data fits the text, the
    // measure behind `und` for unknown languages) up to this many words: a relative of the winner shows in its
    // letters over a paragraph, not in the eight words that settle the ranking. Bounds the extra cost per text.
    private const int FitWords = 64;
    private readonly LanguageModel _model;
    private readonly LanguageDetectorOptions _options;
    private readonly GroupEvidence?[] _groupBySystem;
    private readonly int[] _wordCosts = new int[32];
    private readonly double[] _wordScores = new double[32];

    // State of the word being read.
    private WritingSystem _system;
    private GroupEvidence? _group;
    private long _key;
    private int _keyLength;
    private ulong _hash;
    private int _letters;
    private int _advances;
    private int _unseen;
    private HashSet<ulong>? _soleWords;
    private int _soleRivalTarget = -1;
    private readonly uint _englishMask;
    private int _upper;
    private bool _innerCapital;
    private bool _lastWasLower;

    public EvidenceScanner(LanguageModel model, LanguageDetectorOptions options, ScriptEvidence evidence)
    {
        _model = model;
        _options = options;
        Evidence = evidence;
        _englishMask = model.EnglishMask;
        var tableIndex = model.TableIndexBySystem;
        _groupBySystem = new GroupEvidence?[tableIndex.Length];
        for (int s = 0; s < tableIndex.Length; s++)
        {
            _groupBySystem[s] = tableIndex[s] >= 0 ? evidence.Groups[tableIndex[s]] : null;
        }
    }

    public ScriptEvidence Evidence { get; }

    public void Scan(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }
            var system = WritingSystems.Of(cp);
            if (system == WritingSystem.None)
            {
                if (_system != WritingSystem.None && cp <= 0xFFFF && WritingSystems.IsMark(c))
                {
                    AddLetter(c, isMark: true);
                }
                else
                {
                    EndWord();
                }
                continue;
            }
            if (system != _system)
            {
                EndWord();
                StartWord(system);
            }
            switch (system)
            {
                case WritingSystem.Han:
                    CountHan(cp);
                    break;
                case WritingSystem.Kana:
                    Evidence.Kana++;
                    break;
                default:
                    AddLetter(cp <= 0xFFFF ? c : ' ', isMark: false);
                    break;
            }
        }
        EndWord();
    }

    private void CountHan(int cp)
    {
        Evidence.Han++;
        if (_model.TraditionalOnly.Contains(cp))
        {
            Evidence.TraditionalHan++;
        }
        else if (_model.SimplifiedOnly.Contains(cp))
        {
            Evidence.SimplifiedHan++;
        }
    }

    private void StartWord(WritingSystem system)
    {
        _system = system;
        _group = _groupBySystem[(int)system];
        _letters = 0;
        _upper = 0;
        _innerCapital = false;
        _lastWasLower = false;
        _hash = WordLexicon.HashSeed;
        _key = 1; // the word boundary
        _keyLength = 1;
        _advances = 0;
        _unseen = 0;
        string? soleLang = WritingSystems.SoleLanguage(system);
        _soleWords = soleLang is null ? null : _model.SoleScriptWords.GetValueOrDefault(soleLang);
        _soleRivalTarget = soleLang is null ? -1 : _model.SoleRivalTarget(system);
        if (_group is not null)
        {
            _wordCosts.AsSpan(0, _group.Table.Languages.Length).Clear();
        }
    }

    private void AddLetter(char c, bool isMark)
    {
        _letters += isMark ? 0 : 1;
        if (_group is null)
        {
            if ((_soleWords is not null || _soleRivalTarget >= 0) && _letters <= MaxWordLength)
            {
                if (_system == WritingSystem.Hebrew)
                {
                    HebrewFolding.Fold(c, ref _hash);
                }
                else
                {
                    _hash = WordLexicon.HashAdd(_hash, InvariantLower.Of(c));
                }
            }
            return;
        }
        if (_letters > MaxWordLength)
        {
            return;
        }
        char lower = InvariantLower.Of(c);
        // Words after settling do not move the ranking, but they are still checked against the rivals' word lists
        // and, up to FitWords, scored for the fit.
        _hash = WordLexicon.HashAdd(_hash, lower);
        if (_group.Settled && _group.ScoredWords >= FitWords)
        {
            return;
        }
        if (!isMark)
        {
            bool isUpper = lower != c;
            _upper += isUpper ? 1 : 0;
            _innerCapital |= isUpper && _lastWasLower;
            _lastWasLower = !isUpper;
        }
        byte code = _group.Table.CodeOf(lower);
        if (code == 0 && isMark)
        {
            // A combining accent the model never saw (decomposed Vietnamese, ễ as e + ̂ + ̃) is how the letter is
            // spelt, not a foreign letter: it breaks the context as before but is not charged as unseen.
            _keyLength = 0;
            _key = 0;
            return;
        }
        _unseen += code == 0 ? 1 : 0;
        Advance(code);
    }

    private void Advance(byte code)
    {
        _advances++;
        if (code == 0)
        {
            _keyLength = 0; // a letter the model never saw breaks the context
            _key = 0;
            return;
        }
        _key = ((_key << 8) | code) & KeyMask;
        _keyLength = Math.Min(_keyLength + 1, 5);
        _group!.Table.AddCosts(_key, _keyLength, _wordCosts);
    }

    private void EndWord()
    {
        if (_system == WritingSystem.None)
        {
            return;
        }
        var system = _system;
        _system = WritingSystem.None;
        if (_group is { } group)
        {
            EndModelWord(group);
            return;
        }
        string? sole = WritingSystems.SoleLanguage(system);
        // Thai (and many scripts we do not know: Khmer, Lao, Burmese) is written without spaces: a run of letters
        // is a phrase, not a word.
        double weight = system is WritingSystem.Thai or WritingSystem.Other ? Math.Max(1, _letters / 4.0) : 1;
        if (system == WritingSystem.Other)
        {
            Evidence.UnknownScriptWeight += weight;
        }
        else if (sole is not null && system != WritingSystem.Kana)
        {
            Evidence.SoleScriptWeights[sole] = Evidence.SoleScriptWeights.GetValueOrDefault(sole) + weight;
            if (_soleWords is not null && _letters <= MaxWordLength)
            {
                var (words, known) = Evidence.SoleScriptWords.GetValueOrDefault(sole);
                Evidence.SoleScriptWords[sole] = (words + 1, known + (_soleWords.Contains(_hash) ? 1 : 0));
            }
            if (_soleRivalTarget >= 0 && _letters <= MaxWordLength)
            {
                var lexicon = _model.Lexicon;
                CountRivalWords(Evidence.SoleScriptRivals, 1u << _soleRivalTarget, lexicon.FrequentMask(_hash), _letters >= 3 ? lexicon.DictionaryMask(_hash) : 0);
            }
        }
    }

    private void EndModelWord(GroupEvidence group)
    {
        // Brand names and identifiers (iPhone, eBay) and short acronyms (OK, USA) say nothing about the language.
        bool acronym = _upper == _letters && _letters <= 4 && _letters > 1;
        if (_innerCapital || acronym || _letters == 0 || _letters > MaxWordLength)
        {
            return;
        }
        group.Words++;
        group.Letters += _letters;
        if (group.Settled)
        {
            EndSettledWord(group);
            return;
        }
        Advance(1);
        int n = group.Table.Languages.Length;
        var scores = _wordScores.AsSpan(0, n);
        double quantum = group.Table.Quantum;
        for (int i = 0; i < n; i++)
        {
            scores[i] = -_wordCosts[i] / quantum;
            group.NGramScores[i] += scores[i];
        }
        group.ScoredWords++;
        group.ScoredCharacters += _advances;
        group.UnseenLetters += _unseen;
        var lexicon = _model.Lexicon;
        uint frequent = lexicon.FrequentMask(_hash);
        uint dictionary = _letters >= 3 ? lexicon.DictionaryMask(_hash) : 0;
        AddWordBonus(group, scores, frequent, dictionary);
        CountRivalWords(group.Rivals, group.Table.LanguageMask, frequent, dictionary);
        group.Borrowing.AddWord(scores, group.Scores, group.OwnScores);
        group.Settled = group.Words >= SettleAfterWords && group.Margin() >= SettleMargin;
    }

    /// <summary>A word after the ranking settled: counted against the rivals and, while the fit takes words, scored for the fit only.</summary>
    private void EndSettledWord(GroupEvidence group)
    {
        var lexicon = _model.Lexicon;
        uint frequent = lexicon.FrequentMask(_hash);
        uint dictionary = _letters >= 3 ? lexicon.DictionaryMask(_hash) : 0;
        if (group.Rivals.Count > 0)
        {
            CountRivalWords(group.Rivals, group.Table.LanguageMask, frequent, dictionary);
        }
        if (group.ScoredWords >= FitWords)
        {
            return;
        }
        Advance(1);
        int n = group.Table.Languages.Length;
        double quantum = group.Table.Quantum;
        for (int i = 0; i < n; i++)
        {
            group.NGramScores[i] -= _wordCosts[i] / quantum;
        }
        group.ScoredWords++;
        group.ScoredCharacters += _advances;
        group.UnseenLetters += _unseen;
        CountKnownWord(group, frequent | dictionary);
    }

    private static void CountKnownWord(GroupEvidence group, uint languages)
    {
        var langs = group.Table.Languages;
        for (int i = 0; i < langs.Length; i++)
        {
            group.KnownWords[i] += (int)((languages >> langs[i]) & 1);
        }
    }

    /// <summary>
    /// Counts, for each rival whose supported neighbour is among <paramref name="languages"/> (the languages of the
    /// word's script), whether the word is the rival's alone or
    /// the neighbour's alone; a word both write (or neither) says nothing between them. A side has a word when its
    /// stop words or web word list hold it (the neighbour's model lexicon too); stop words are compared with stop
    /// words first, since web lists hold each other's commonest words as noise (Slovak "ako" in Czech's).
    /// </summary>
    private void CountRivalWords(RivalTally tally, uint languages, uint frequent, uint dictionary)
    {
        var rivals = _model.Rivals;
        uint rivalStop = rivals.StopWordMask(_hash);
        uint known = frequent | dictionary;
        uint englishMask = _englishMask;
        var lookups = default(ListLookups);
        for (int r = 0; r < rivals.Count; r++)
        {
            uint targetBit = 1u << rivals.Targets[r];
            if ((languages & targetBit) == 0)
            {
                continue;
            }
            bool rivalStopWord = ((rivalStop >> r) & 1) != 0;
            if (rivalStopWord && (frequent & targetBit) == 0)
            {
                tally.RivalOnlyWords[r]++;
                continue;
            }
            if ((known & englishMask) != 0)
            {
                // The web lists are stored without English words (English text is quoted everywhere), so an English
                // word is judged by neither side, not by the neighbour's model lexicon alone ("persona", "general").
                continue;
            }
            bool inRival = rivalStopWord || rivals.RivalListed(r, _hash, _letters, ref lookups);
            // The web lists hold words of three letters or more: a shorter word is judged by the stop words of both
            // sides, so for a rival without stop words it counts for neither ("di" is Corsican as well as Italian).
            bool judged = _letters >= 3 || rivals.HasStopWords(r);
            bool inTarget = judged && ((known & targetBit) != 0 || rivals.NeighbourListed(r, _hash, _letters, ref lookups));
            if (inRival && !inTarget)
            {
                tally.RivalOnlyWords[r]++;
            }
            else if (inTarget && !inRival)
            {
                tally.TargetOnlyWords[r]++;
            }
        }
    }

    private void AddWordBonus(GroupEvidence group, Span<double> scores, uint frequent, uint dictionary)
    {
        if ((frequent | dictionary) == 0)
        {
            return;
        }
        CountKnownWord(group, frequent | dictionary);
        // A word many languages share ("de", "film") says less than one only this language has.
        uint groupMask = group.Table.LanguageMask;
        double frequentBonus = _options.FrequentWordBonus / Math.Sqrt(Math.Max(1, BitOperations.PopCount(frequent & groupMask)));
        double dictionaryBonus = _options.DictionaryWordBonus / Math.Sqrt(Math.Max(1, BitOperations.PopCount(dictionary & groupMask)));
        var langs = group.Table.Languages;
        for (int i = 0; i < langs.Length; i++)
        {
            uint bit = 1u << langs[i];
            if ((frequent & bit) != 0)
            {
                scores[i] += frequentBonus;
            }
            else if ((dictionary & bit) != 0)
            {
                scores[i] += dictionaryBonus;
            }
        }
    }
}
