using System.Text;
using TextPipe.Documents;

namespace TextPipe.Cleanup;

/// <summary>Rebuilds the text cleanup started from, out of the clean text and the edits: the audit's proof.</summary>
public static class EditReplay
{
    public static string Restore(string cleanText, IReadOnlyList<Edit> edits)
    {
        ArgumentNullException.ThrowIfNull(edits);
        var text = new StringBuilder(cleanText);
        for (int i = edits.Count - 1; i >= 0; i--)
        {
            var edit = edits[i];
            if (edit.Action == EditAction.Flagged)
            {
                continue;
            }
            text.Remove(edit.Offset, edit.Replacement.Length).Insert(edit.Offset, edit.Original);
        }
        return text.ToString();
    }
}
