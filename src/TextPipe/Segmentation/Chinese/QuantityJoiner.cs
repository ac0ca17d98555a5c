namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// The MSR convention's longer units of quantity and time, made by joining words the segmenter found
/// separately (PKU convention): a number with its measure word (５６０万/元 → ５６０万元, ３万/多/个 →
/// ３万多个, 第/十五/届 → 第十五届), a full date or time (１９９５年/６月/２９日 → one word, 下午/３时 →
/// 下午３时, 今年/５月 → 今年５月). Measure words and time words are closed classes of the grammar,
/// listed here.
/// </summary>
internal static class QuantityJoiner
{
    // Measure words (量词) and units that follow a number; several characters are also ordinary words
    // (人, 家, 头), which is why only a number in front makes them one unit.
    private static readonly HashSet<string> MeasureWords = new(StringComparer.Ordinal)
    {
        "个", "元", "名", "家", "岁", "项", "天", "倍", "种", "亩", "吨", "处", "次", "条", "人", "位", "座",
        "户", "头", "米", "件", "只", "张", "台", "辆", "架", "艘", "所", "间", "套", "本", "部", "届", "批",
        "份", "期", "篇", "句", "层", "级", "股", "场", "列", "片", "块", "根", "把", "支", "株", "棵", "匹",
        "幅", "首", "步", "回", "遍", "趟", "斤", "升", "度", "克", "码", "尺", "寸", "角", "枚", "颗", "粒",
        "封", "顿", "口", "页", "章", "节", "轮", "集", "路", "班", "组", "类", "栋", "幢", "周", "年",
        "公里", "公斤", "美元", "千米", "厘米", "毫米", "平方米", "平方公里", "立方米", "公顷", "千克",
        "港元", "日元", "欧元", "英镑", "马克", "法郎", "卢布", "千瓦", "千瓦时", "小时", "分钟", "周年",
        "多年", "余年", "英里", "海里", "平方", "立方", "吨位", "人次", "美分", "万元", "亿元",
    };

    // Magnitudes the dictionary keeps as words of their own between a number and its unit.
    private static readonly HashSet<string> Magnitudes = new(StringComparer.Ordinal) { "十", "百", "千", "万", "亿", "千万", "百万", "万亿" };

    // Units that complete a quantity already closed by a measure word.
    private static readonly HashSet<string> CompletingUnits = new(StringComparer.Ordinal) { "百分点", "千分点", "人民币" };

    // Parts of a period that close a date: １９９３年５月/末, 今年１１月/上旬, １９９５年/冬.
    private static readonly HashSet<string> PeriodParts = new(StringComparer.Ordinal)
    {
        "初", "末", "底", "中", "上旬", "中旬", "下旬", "份", "春", "夏", "秋", "冬", "春天", "夏天", "秋天", "冬天", "年初", "年底", "年末", "钟",
    };

    // "About" words between a number and its measure word: ３万多个, ３０００余年, 十来天.
    private static readonly HashSet<string> Approximations = new(StringComparer.Ordinal) { "多", "余", "来", "几" };

    // Words that name the year, month or part of day a following date or time belongs to, with the
    // rank of the unit they stand for (a following time word must be finer).
    private static readonly Dictionary<string, int> TimePrefixes = new(StringComparer.Ordinal)
    {
        ["今年"] = 0, ["去年"] = 0, ["明年"] = 0, ["前年"] = 0, ["后年"] = 0, ["当年"] = 0,
        ["本月"] = 1, ["上月"] = 1, ["下月"] = 1,
        ["上午"] = 2, ["下午"] = 2, ["中午"] = 2, ["凌晨"] = 2, ["早上"] = 2, ["晚上"] = 2, ["傍晚"] = 2, ["清晨"] = 2, ["深夜"] = 2,
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MeasureWordLookup = MeasureWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ApproximationLookup = Approximations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MagnitudeLookup = Magnitudes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompletingUnitLookup = CompletingUnits.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PeriodPartLookup = PeriodParts.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> TimePrefixLookup = TimePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Joins, in place, the words of <paramref name="text"/> from index <paramref name="first"/> on.</summary>
    public static void Join(ReadOnlySpan<char> text, List<WordSpan> words, int first)
    {
        int write = first;
        int k = first;
        while (k < words.Count)
        {
            int next = JoinDate(text, words, k);
            if (next == k)
            {
                next = JoinQuantity(text, words, k);
            }
            words[write++] = next == k ? words[k] : new WordSpan(words[k].Start, words[next - 1].End - words[k].Start);
            k = next == k ? k + 1 : next;
        }
        words.RemoveRange(write, words.Count - write);
    }

    /// <summary>Index after the date or time starting at words[k] (k itself when there is none).</summary>
    private static int JoinDate(ReadOnlySpan<char> text, List<WordSpan> words, int k)
    {
        int rank;
        int j = k;
        // Every prefix has two characters; testing the length first spares a hash for most words.
        if (words[k].Length == 2 && TimePrefixLookup.TryGetValue(Text(text, words[k]), out int prefixRank))
        {
            rank = prefixRank;
            j++;
        }
        else
        {
            rank = -1;
        }
        int start = j;
        while (j < words.Count && TimeRank(text.Slice(words[j].Start, words[j].Length)) is int r and >= 0 && r > rank)
        {
            rank = r;
            j++;
        }
        int timeWords = j - start;
        // A lone date word needs nothing; a prefix needs one time word after it, a chain needs two.
        bool joined = start > k ? timeWords >= 1 : timeWords >= 2;
        if (timeWords >= 1 && j < words.Count && PeriodPartLookup.Contains(Text(text, words[j])))
        {
            // 钟 only follows an hour (１０点钟); the other parts follow a year or month.
            bool clock = Text(text, words[j]) is "钟";
            if (clock == (rank == 3))
            {
                return j + 1;
            }
        }
        return joined ? j : k;
    }

    /// <summary>Index after the quantity starting at words[k] (k itself when there is none).</summary>
    private static int JoinQuantity(ReadOnlySpan<char> text, List<WordSpan> words, int k)
    {
        int j = k;
        ReadOnlySpan<char> word = Text(text, words[j]);
        if (word is "第" or "数" or "几")
        {
            j++;
            if (j >= words.Count || !AtomScanner.IsNumberWord(Text(text, words[j])))
            {
                return k;
            }
        }
        else if (!AtomScanner.IsNumberWord(word))
        {
            return k;
        }
        j++;
        j = Skip(text, words, j, ApproximationLookup);
        j = Skip(text, words, j, MagnitudeLookup);          // ３０００/余/万/元
        j = Skip(text, words, j, ApproximationLookup);      // 十/万/多/个
        if (j < words.Count && IsMeasureWord(Text(text, words[j])))
        {
            j++;
            // ５.５个百分点, ６５０亿元人民币: a second unit that only completes the first.
            return Skip(text, words, j, CompletingUnitLookup);
        }
        // 第/三 without a unit stays apart (第三世界); 数/十 likewise.
        return k;
    }

    /// <summary>A measure word, possibly behind a magnitude the dictionary glued to it (万元, 万个).</summary>
    private static bool IsMeasureWord(ReadOnlySpan<char> word)
    {
        int magnitudes = word.IndexOfAnyExcept("十百千万亿");
        return magnitudes >= 0 && MeasureWordLookup.Contains(word[magnitudes..]);
    }

    private static int Skip(ReadOnlySpan<char> text, List<WordSpan> words, int j, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> optional) =>
        j < words.Count && optional.Contains(Text(text, words[j])) ? j + 1 : j;

    /// <summary>
    /// Rank of the unit a time word ends in (年 0, 月 1, 日 2, 时 3, 分 4, 秒 5) when it is a number
    /// followed by that unit, else -1.
    /// </summary>
    private static int TimeRank(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return -1;
        }
        int unitLength = word.EndsWith("年代") || word.EndsWith("世纪") ? 2 : 1;
        if (word.Length <= unitLength || !AtomScanner.IsNumberWord(word[..^unitLength]))
        {
            return -1;
        }
        return unitLength == 2 ? 0 : word[^1] switch
        {
            '年' => 0,
            '月' => 1,
            '日' or '号' => 2,
            '时' or '点' => 3,
            '分' => 4,
            '秒' => 5,
            _ => -1,
        };
    }

    private static ReadOnlySpan<char> Text(ReadOnlySpan<char> text, WordSpan word) => text.Slice(word.Start, word.Length);
}
