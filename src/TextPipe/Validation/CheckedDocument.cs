using TextPipe.Documents;

namespace TextPipe.Validation;

/// <summary>
/// A converted document as the check rules see it: the document, the name reports give it, and its clean text
/// with positions in it. A dataset row is named by its file and points at its line; a file points into its clean text.
/// </summary>
public sealed class CheckedDocument
{
    private int[]? lineStarts;

    public CheckedDocument(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Text = document.Text;
    }

    public Document Document { get; }

    /// <summary>The source path as given (<c>-</c> for stdin); several dataset rows share one.</summary>
    public string Source => Document.Metadata.Source;

    /// <summary>The clean text (content blocks joined by a blank line).</summary>
    public string Text { get; }

    public bool IsDatasetRow => Document.Metadata.Line is not null;

    /// <summary>The dataset field the text was read from (<c>--text-field</c>), for the rules that rebuild a row.</summary>
    public string TextField { get; init; } = "text";

    /// <summary>How reports name this document: its source, and for a dataset row its line (<c>data.jsonl:12</c>).</summary>
    public string Name => Document.Metadata.Line is long line ? $"{Source}:{line}" : Source;

    /// <summary>A finding at <paramref name="offset"/> in <see cref="Text"/>, with its line, column and a snippet around it.</summary>
    public Finding At(Finding finding, int offset, int length)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var (line, column) = Position(offset);
        return finding with { Line = line, Column = column, Snippet = Snippets.Around(Text, offset, length) };
    }

    /// <summary>A finding about the whole document: a dataset row's line, or none; the opening of the text as snippet.</summary>
    public Finding Whole(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding with { Line = Document.Metadata.Line, Snippet = finding.Snippet.Length > 0 ? finding.Snippet : Snippets.Opening(Text) };
    }

    /// <summary>1-based line and column of <paramref name="offset"/>: in the dataset (row line, no column) or in the clean text.</summary>
    public (long Line, int? Column) Position(int offset)
    {
        if (Document.Metadata.Line is long row)
        {
            return (row, null);
        }
        lineStarts ??= LineStarts(Text);
        int index = Array.BinarySearch(lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }
        return (index + 1, offset - lineStarts[index] + 1);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return [.. starts];
    }
}
