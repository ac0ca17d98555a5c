using System.Collections.Immutable;
using TextPipe.Documents;

using TextPipe.Pipeline;

namespace TextPipe.Cleanup;

/// <summary>
/// The working state of one document during cleanup, and the only way rules change it. Every change is
/// recorded as an <see cref="Edit"/> whose <see cref="Edit.Offset"/> is a position in the document's content
/// text (content blocks joined by <see cref="Separator"/>) at the moment of the change, so replaying the
/// edits backwards over the clean text rebuilds the reader's text exactly (<see cref="EditReplay"/>).
/// Not thread-safe: one context per document.
/// </summary>
public sealed class CleanupContext
{
    /// <summary>What joins content blocks in <see cref="Document.Text"/>.</summary>
    public const string Separator = "\n\n";

    private readonly List<CleanBlock> blocks;
    private readonly List<Block> furniture;
    private readonly List<Edit> edits = [];

    // Start of each block in the content text, valid for the first `validStarts` blocks. A change to block i
    // leaves the starts of blocks 0..i as they were, so a rule walking forward (or backward) through the
    // blocks recomputes only what moved instead of summing every earlier block on every call.
    private readonly List<int> starts = [];
    private int validStarts;
    private readonly List<Flag> flags = [];
    private readonly Document original;

    // Blocks are removed by the thousand when a loop repeats one paragraph: its copies are equal, so their edits
    // share one string for the removed text instead of holding a copy each until the record is written.
    private readonly EqualText lastRemoval = new();
    private string rule = "";

    public CleanupContext(Document document, CleanupOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        original = document;
        Options = options ?? throw new ArgumentNullException(nameof(options));
        Metadata = document.Metadata;
        blocks = [];
        furniture = [];
        for (int i = 0; i < document.Blocks.Length; i++)
        {
            var block = document.Blocks[i];
            if (block.IsContent)
            {
                blocks.Add(new CleanBlock(block, i));
            }
            else
            {
                furniture.Add(block);
            }
        }
    }

    public CleanupOptions Options { get; }

    /// <summary>
    /// False on the settling passes after the first: findings were recorded once already, so Flag and
    /// AddFlag do nothing and the audit does not list them twice.
    /// </summary>
    public bool RecordFindings { get; set; } = true;

    public DocumentMetadata Metadata { get; private set; }

    /// <summary>
    /// Cancelled when the document's time is up (<c>--timeout-per-doc</c>): checked at each edit and block position a
    /// rule asks for, so a rule looping over a hostile document stops there with <see cref="OperationCanceledException"/>.
    /// </summary>
    public CancellationToken Cancellation { get; init; }

    public IReadOnlyList<CleanBlock> Blocks => blocks;

    /// <summary>The document's garbage budget, set by the stage: see <see cref="CollectGarbageIfPiledUp"/>.</summary>
    internal GarbageBudget? Garbage { get; init; }

    /// <summary>
    /// For a rule between two phases that each make arrays the size of the document (the repetition rule's measures,
    /// then its loop search): collects the first phase's garbage if it has piled up past the document's allowance.
    /// </summary>
    internal void CollectGarbageIfPiledUp() => Garbage?.Check();

    /// <summary>Edits made so far in this cleanup run, in order.</summary>
    public IReadOnlyList<Edit> Edits => edits;

    /// <summary>The content text as it stands now.</summary>
    public string CurrentText => string.Join(Separator, blocks.Select(b => b.Text));

    /// <summary>Runs one rule, then drops blocks it emptied (recording the separator's removal against it).</summary>
    public void Run(ICleanupRule cleanupRule)
    {
        ArgumentNullException.ThrowIfNull(cleanupRule);
        rule = cleanupRule.Descriptor.Id;
        try
        {
            cleanupRule.Apply(this);
            for (int i = blocks.Count - 1; i >= 0; i--)
            {
                if (blocks[i].Text.Length == 0)
                {
                    RemoveBlock(i, "block left empty");
                }
            }
        }
        finally
        {
            rule = "";
        }
    }

    /// <summary>Position of block <paramref name="index"/>'s first character in <see cref="CurrentText"/>.</summary>
    public int BlockStart(int index)
    {
        Cancellation.ThrowIfCancellationRequested();
        if (validStarts == 0 && blocks.Count > 0)
        {
            SetStart(0, 0);
            validStarts = 1;
        }
        for (; validStarts <= index; validStarts++)
        {
            int previous = validStarts - 1;
            SetStart(validStarts, starts[previous] + blocks[previous].Text.Length + Separator.Length);
        }
        return starts[index];
    }

    private void SetStart(int index, int start)
    {
        if (index < starts.Count)
        {
            starts[index] = start;
        }
        else
        {
            starts.Add(start);
        }
    }

    /// <summary>Block <paramref name="index"/> changed length or was removed: later starts must be recomputed.</summary>
    private void Moved(int index) => validStarts = Math.Min(validStarts, index + 1);

    /// <summary>
    /// Applies <paramref name="changes"/> to one block. They are given in the coordinates of the block's
    /// current text, sorted by start and not overlapping; each is recorded as its own edit.
    /// </summary>
    public void Rewrite(int block, IEnumerable<TextChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        Cancellation.ThrowIfCancellationRequested();
        var target = blocks[block];
        string text = target.Text;
        int blockStart = BlockStart(block);
        var rebuilt = new System.Text.StringBuilder(text.Length);
        int cursor = 0;
        int shift = 0;
        foreach (var change in changes)
        {
            if (change.Start < cursor || change.End > text.Length || change.Length < 0)
            {
                throw new ArgumentException($"rule '{rule}': change at {change.Start}+{change.Length} overlaps an earlier one or leaves the block (length {text.Length})");
            }
            string before = text.Substring(change.Start, change.Length);
            if (before == change.Replacement)
            {
                continue;
            }
            rebuilt.Append(text, cursor, change.Start - cursor).Append(change.Replacement);
            var action = change.Replacement.Length == 0 ? EditAction.Removed : EditAction.Replaced;
            edits.Add(new Edit(rule, action, before, change.Replacement, block, blockStart + change.Start + shift) { Note = change.Note });
            shift += change.Replacement.Length - change.Length;
            cursor = change.End;
        }
        if (cursor == 0 && rebuilt.Length == 0)
        {
            return;
        }
        rebuilt.Append(text, cursor, text.Length - cursor);
        target.Text = rebuilt.ToString();
        Moved(block);
    }

    public void Replace(int block, TextChange change) => Rewrite(block, [change]);

    /// <summary>Records a finding about a span without changing it (action <c>flagged</c>).</summary>
    public void Flag(int block, int start, int length, string note)
    {
        if (!RecordFindings)
        {
            return;
        }
        string span = blocks[block].Text.Substring(start, length);
        edits.Add(new Edit(rule, EditAction.Flagged, span, span, block, BlockStart(block) + start) { Note = note });
    }

    /// <summary>Records a finding about the whole document (e.g. a repetition ratio) in <c>flags</c>.</summary>
    public void AddFlag(string code, string message, int? block = null)
    {
        if (RecordFindings)
        {
            flags.Add(new Flag(code, message) { Block = block });
        }
    }

    /// <summary>Removes a whole block together with one separator next to it.</summary>
    public void RemoveBlock(int block, string? note)
    {
        var target = blocks[block];
        int start = BlockStart(block);
        string removed;
        int offset;
        if (blocks.Count == 1)
        {
            (removed, offset) = (target.Text, start);
        }
        else if (block < blocks.Count - 1)
        {
            (removed, offset) = (target.Text + Separator, start);
        }
        else
        {
            (removed, offset) = (Separator + target.Text, start - Separator.Length);
        }
        // The only block, already emptied, takes no text with it: its emptying was the edit.
        if (removed.Length > 0)
        {
            removed = lastRemoval.Share(removed);
            edits.Add(new Edit(rule, EditAction.Removed, removed, "", block, offset) { Note = note });
        }
        blocks.RemoveAt(block);
        Moved(block);
    }

    /// <summary>Joins block <paramref name="block"/> with the next one; the separator becomes <paramref name="joiner"/>.</summary>
    public void MergeWithNext(int block, string joiner, string? note)
    {
        ArgumentNullException.ThrowIfNull(joiner);
        var first = blocks[block];
        var second = blocks[block + 1];
        int offset = BlockStart(block) + first.Text.Length;
        edits.Add(new Edit(rule, joiner.Length == 0 ? EditAction.Removed : EditAction.Replaced, Separator, joiner, block, offset) { Note = note });
        first.Text = first.Text + joiner + second.Text;
        blocks.RemoveAt(block + 1);
        Moved(block);
    }

    public void SetTitle(string title) => Metadata = Metadata with { Title = title };

    public void SetByline(string byline) => Metadata = Metadata with { Byline = byline };

    public void AddCaption(string caption) => Metadata = Metadata with { Captions = Metadata.Captions.Add(caption) };

    /// <summary>The cleaned document: content blocks with their new text, furniture back in its original places.</summary>
    public Document ToDocument()
    {
        var result = ImmutableArray.CreateBuilder<Block>(blocks.Count + furniture.Count);
        int nextFurniture = 0;
        var furnitureIndexes = original.Blocks.Select((b, i) => (b, i)).Where(x => !x.b.IsContent).Select(x => x.i).ToList();
        foreach (var block in blocks)
        {
            while (nextFurniture < furniture.Count && furnitureIndexes[nextFurniture] < block.OriginIndex)
            {
                result.Add(furniture[nextFurniture++]);
            }
            result.Add(block.Unchanged ? block.Source : block.Source with { Text = block.Text, Inlines = [] });
        }
        while (nextFurniture < furniture.Count)
        {
            result.Add(furniture[nextFurniture++]);
        }
        return original with
        {
            Metadata = Metadata,
            Blocks = result.ToImmutable(),
            Edits = original.Edits.AddRange(edits),
            Flags = original.Flags.AddRange(flags),
        };
    }
}
