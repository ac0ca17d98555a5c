namespace TextPipe.Cleanup.Rules;

/// <summary>What a break between two blocks of a document can be, by the reader that made the blocks.</summary>
internal enum BlockBreaks
{
    /// <summary>Blank lines of plain text or a dataset field: the author's paragraphs, or lines a dump put apart.</summary>
    Text,

    /// <summary>Blocks of a page layout (PDF): a page or column break splits a paragraph between two blocks.</summary>
    Layout,

    /// <summary>Elements of markup or subtitle cues (HTML, Markdown, DOCX, SRT, WebVTT): every break is the author's.</summary>
    Authored,
}

internal static class BlockBreaksOfFormat
{
    public static BlockBreaks Of(string format) => format switch
    {
        Readers.Pdf.PdfReader.FormatId => BlockBreaks.Layout,
        Readers.Html.HtmlReader.FormatId or Readers.MarkdownReader.FormatId or Readers.Docx.DocxReader.FormatId
            or Readers.Subtitles.SrtReader.FormatId or Readers.Subtitles.VttReader.FormatId => BlockBreaks.Authored,
        _ => BlockBreaks.Text,
    };
}
