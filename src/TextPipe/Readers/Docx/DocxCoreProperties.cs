using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using TextPipe.Documents;

namespace TextPipe.Readers.Docx;

/// <summary>
/// The title, author and language a DOCX states in its core properties (<c>docProps/core.xml</c>), read so that a part
/// the packaging library cannot parse costs the document its stated metadata, not its text.
/// </summary>
internal sealed record DocxCoreProperties(string? Title, string? Creator, string? Language, Flag? Unreadable)
{
    /// <summary>Flag code for core properties that could not be read: the title and author then come from the body, or none.</summary>
    public const string UnreadableFlag = "docx-properties-unreadable";

    private static readonly DocxCoreProperties None = new(null, null, null, null);

    public static DocxCoreProperties Read(WordprocessingDocument word)
    {
        try
        {
            var properties = word.PackageProperties;
            return new DocxCoreProperties(properties.Title, properties.Creator, properties.Language, null);
        }
        catch (Exception e) when (e is ArgumentException or XmlException or FormatException or InvalidOperationException or OpenXmlPackageException)
        {
            // System.IO.Packaging rejects well-formed XML it does not expect (an element of the Dublin Core namespace it
            // has no slot for, found by the fuzzer) with an ArgumentOutOfRangeException from its own tables.
            return None with
            {
                Unreadable = new Flag(UnreadableFlag, $"docx: docProps/core.xml could not be read ({e.Message}); its title, author and language are left out"),
            };
        }
    }
}
