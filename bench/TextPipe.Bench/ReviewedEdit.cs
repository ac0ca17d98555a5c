namespace TextPipe.Bench;

/// <summary>
/// Which text an edit is about, stable across runs: the file, the rule, the action, the original text, and the
/// how-many-th edit of that file with the same rule, action and original it is (1, 2...). Block numbers and
/// offsets are left out on purpose: they move whenever a reader or an earlier rule changes.
/// </summary>
internal sealed record EditKey(string File, string Rule, string Action, string Original, int Occurrence);

/// <summary>A reviewer's verdict on an edit: <c>noise</c> (the edit was right) or <c>text</c> (it damaged real text).</summary>
internal sealed record Verdict(string Value, string Note)
{
    public const string Noise = "noise";
    public const string Text = "text";

    public bool IsNoise => Value == Noise;
}

/// <summary>
/// The review file: TSV with a header, columns file, rule, action, original (escaped), occurrence, verdict, note.
/// An occurrence of <c>*</c> gives every edit of that file with that rule, action and original the same verdict
/// (identical originals reviewed once, e.g. a repeated heading); a numbered row wins over a <c>*</c> row.
/// </summary>
internal sealed class ReviewBook
{
    public static readonly string Header = "file\trule\taction\toriginal\toccurrence\tverdict\tnote";

    private readonly Dictionary<(string, string, string, string), Verdict> everyOccurrence = [];
    private readonly Dictionary<EditKey, Verdict> oneOccurrence = [];

    public static ReviewBook Load(string path)
    {
        var book = new ReviewBook();
        if (!File.Exists(path))
        {
            return book;
        }
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length < 6 || cells[5] is not (Verdict.Noise or Verdict.Text))
            {
                throw new FormatException($"{path}: line {lineNumber}: expected file, rule, action, original, occurrence, verdict (noise|text), note");
            }
            var verdict = new Verdict(cells[5], cells.Length > 6 ? cells[6] : "");
            string original = TsvText.Unescape(cells[3]);
            if (cells[4] == "*")
            {
                book.everyOccurrence[(cells[0], cells[1], cells[2], original)] = verdict;
            }
            else
            {
                book.oneOccurrence[new EditKey(cells[0], cells[1], cells[2], original, int.Parse(cells[4], System.Globalization.CultureInfo.InvariantCulture))] = verdict;
            }
        }
        return book;
    }

    public Verdict? Find(EditKey key) =>
        oneOccurrence.TryGetValue(key, out var verdict) ? verdict
        : everyOccurrence.GetValueOrDefault((key.File, key.Rule, key.Action, key.Original));
}
