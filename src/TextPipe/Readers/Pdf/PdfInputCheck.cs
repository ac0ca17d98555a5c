namespace TextPipe.Readers.Pdf;

/// <summary>Rejects input that cannot be a PDF before PdfPig sees it, with a reason a person understands.</summary>
internal static class PdfInputCheck
{
    /// <summary>The PDF header may follow some junk; readers accept it within the first kilobyte.</summary>
    private const int HeaderWindow = 1024;

    public static void Check(ReadOnlySpan<byte> content, ReaderOptions options)
    {
        if (content.IsEmpty)
        {
            throw new InputException("empty file: no PDF content");
        }
        if (content.Length > options.MaxInputBytes)
        {
            throw new InputException($"PDF of {content.Length} bytes is over the {options.MaxInputBytes}-byte input limit");
        }
        var head = content[..Math.Min(content.Length, HeaderWindow)];
        if (head.IndexOf("%PDF-"u8) < 0)
        {
            throw new InputException("not a PDF: no %PDF- header");
        }
        if (content.LastIndexOf("%%EOF"u8) < 0 && content.LastIndexOf("startxref"u8) < 0)
        {
            throw new InputException("truncated PDF: no end-of-file marker (%%EOF) or cross-reference table");
        }
    }
}
