namespace TextPipe.Pipeline;

/// <summary>
/// Bounds the garbage one large document leaves between its steps (cleanup rules, stages). The runtime collects its
/// oldest generation and its large-object heap (where the arrays of a long document's lines, spans and hashes go) only
/// after a budget that grows with the heap, so the temporary arrays of each rule stayed until well after the next one
/// had made its own: 2 million lines in one paragraph (11 MB) peaked at about 400 MB where the live data never passed
/// 180. Looking costs next to nothing (the runtime's own count of bytes allocated), so it is done after every step; a
/// full collection is made only when the heap has grown by more than the allowance since the last one, which an
/// ordinary document never reaches.
/// </summary>
internal sealed class GarbageBudget
{
    /// <summary>The least growth that triggers a collection: far above what a page or an article makes.</summary>
    public const long MinAllowanceBytes = 64L * 1024 * 1024;

    private readonly long _allowance;
    private long _baseline;

    /// <param name="allowanceBytes">Growth of the heap allowed between collections.</param>
    public GarbageBudget(long allowanceBytes)
    {
        _allowance = allowanceBytes;
        _baseline = allowanceBytes == long.MaxValue ? 0 : GC.GetTotalMemory(forceFullCollection: false);
    }

    /// <summary>
    /// Documents shorter than this never look: their steps cannot make <see cref="MinAllowanceBytes"/> of garbage (the
    /// largest tables are tens of bytes a character), and a corpus of millions of rows would read the heap's size a
    /// dozen times a row for nothing.
    /// </summary>
    public const long LookFromChars = 256 * 1024;

    private static readonly GarbageBudget Never = new(long.MaxValue);

    /// <summary>The growth allowed between collections; <see cref="long.MaxValue"/> for a document too short to look.</summary>
    public long AllowanceBytes => _allowance;

    /// <summary>
    /// The budget for a document of <paramref name="chars"/> characters: one more copy of its text, at least
    /// <see cref="MinAllowanceBytes"/>; none below <see cref="LookFromChars"/>.
    /// </summary>
    public static GarbageBudget ForDocument(long chars) =>
        chars < LookFromChars ? Never : new(Math.Max(MinAllowanceBytes, chars * sizeof(char)));

    /// <summary>Least growth allowed while a parsed tree is held (<see cref="ForParsedTree"/>).</summary>
    public const long MinTreeAllowanceBytes = 16L * 1024 * 1024;

    /// <summary>
    /// The budget while a reader holds a page's parsed tree (hundreds of bytes an element, ten or more a character of the
    /// page): the garbage of the passes over the tree is collected once it passes one copy of the page's text (at least
    /// <see cref="MinTreeAllowanceBytes"/>), before the walk that makes the blocks adds its own on top of the tree. A page
    /// of half a million paragraphs peaked 40 MB lower. None below <see cref="LookFromChars"/>.
    /// </summary>
    public static GarbageBudget ForParsedTree(long chars) =>
        chars < LookFromChars ? Never : new(Math.Max(MinTreeAllowanceBytes, chars * sizeof(char)));

    /// <summary>
    /// A full, compacting collection that also gives the freed memory back to the system (the one way this pipeline
    /// collects, here and in <see cref="StageGarbage"/>). A forced collection left what it freed committed, so what a rule
    /// had freed still counted in the resident size and the next rule's large arrays took new memory beside it (a text of
    /// 10M lines: 296 MB resident for 96 MB live after the reader's garbage went).
    /// </summary>
    public static void CollectAll() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>Collects if the heap grew past the allowance since the last collection; says whether it did.</summary>
    public bool Check()
    {
        if (_allowance == long.MaxValue || GC.GetTotalMemory(forceFullCollection: false) - _baseline <= _allowance)
        {
            return false;
        }
        CollectAll();
        _baseline = GC.GetTotalMemory(forceFullCollection: false);
        return true;
    }
}
