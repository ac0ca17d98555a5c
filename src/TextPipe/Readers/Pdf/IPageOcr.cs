namespace TextPipe.Readers.Pdf;

/// <summary>Recognises the text of one PDF page from its image, for pages without a usable text layer.</summary>
public interface IPageOcr
{
    /// <summary>
    /// The page's text (paragraphs separated by blank lines), or throws <see cref="OcrUnavailableException"/>
    /// when the OCR tools are missing or fail; the reader then flags the page instead.
    /// </summary>
    /// <param name="pdf">The whole PDF file.</param>
    /// <param name="page">1-based page number.</param>
    string Recognize(ReadOnlyMemory<byte> pdf, int page);
}

/// <summary>OCR could not run (a tool is missing, or failed); the message says which and how to fix it.</summary>
public sealed class OcrUnavailableException : Exception
{
    public OcrUnavailableException(string message)
        : base(message)
    {
    }

    public OcrUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OcrUnavailableException()
    {
    }
}
