using System.Globalization;
using TextPipe.Documents;

namespace TextPipe.Readers;

/// <summary>
/// Refuses a document that has no text once read (an image-only PDF, a DOCX of empty tables, a page whose main
/// content is empty), unless <see cref="ReaderOptions.AllowEmpty"/>: written silently, such a record lets a CI
/// gate pass on a lost document. The message says why when a reader said so in a flag (<c>needs-ocr</c>...).
/// </summary>
public static class EmptyDocumentCheck
{
    /// <exception cref="InputException">The document's content blocks hold no text (only whitespace at most).</exception>
    public static Document Ensure(Document document, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        if (options.AllowEmpty || document.ContentBlocks.Any(b => !b.Text.AsSpan().IsWhiteSpace()))
        {
            return document;
        }
        throw new InputException($"empty document ({Reason(document)}; --allow-empty writes it anyway)");
    }

    /// <summary>The reader's own explanation (its first flag, and how many more), else what was read.</summary>
    internal static string Reason(Document document)
    {
        if (document.Flags.IsDefaultOrEmpty)
        {
            return $"the {document.Metadata.Format} reader found no text";
        }
        var first = document.Flags[0];
        int more = document.Flags.Length - 1;
        string reason = $"{first.Code}: {first.Message}";
        return more == 0 ? reason : string.Create(CultureInfo.InvariantCulture, $"{reason}; {more} more flag{(more == 1 ? "" : "s")}");
    }
}
