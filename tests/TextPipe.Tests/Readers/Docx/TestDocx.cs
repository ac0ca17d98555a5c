using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace TextPipe.Tests.Readers.Docx;

/// <summary>Builds small DOCX files in memory with the Open XML SDK, with the styles Word's built-ins have.</summary>
internal static class TestDocx
{
    public static byte[] Create(
        Action<Body, MainDocumentPart> fill,
        string? title = null,
        string? author = null,
        string? header = null,
        string? footer = null,
        Action<Styles>? moreStyles = null)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
            stylesPart.Styles = new Styles(
                ParagraphStyle("Normal", "Normal", isDefault: true),
                ParagraphStyle("Title", "Title"),
                ParagraphStyle("Heading1", "heading 1"),
                ParagraphStyle("Heading2", "heading 2"),
                ParagraphStyle("berschrift3", "heading 3"), // a German-localised style id
                ParagraphStyle("ListBullet", "List Bullet", numId: 1),
                ParagraphStyle("Caption", "caption"),
                ParagraphStyle("TOC1", "toc 1"),
                ParagraphStyle("MyChapter", "My Chapter", outlineLevel: 0),
                ParagraphStyle("MySubChapter", "My Sub Chapter", basedOn: "MyChapter"));
            moreStyles?.Invoke(stylesPart.Styles);
            var body = new Body();
            main.Document = new Document(body);
            fill(body, main);
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(Paragraph(header));
            }
            if (footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(Paragraph(footer));
            }
            word.PackageProperties.Title = title;
            word.PackageProperties.Creator = author;
        }
        return stream.ToArray();
    }

    public static Paragraph Paragraph(string text, string? style = null, int? numId = null, int? outlineLevel = null)
    {
        var paragraph = new Paragraph();
        if (style is not null || numId is not null || outlineLevel is not null)
        {
            var properties = new ParagraphProperties();
            if (style is not null)
            {
                properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
            }
            if (numId is not null)
            {
                properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId });
            }
            if (outlineLevel is not null)
            {
                properties.OutlineLevel = new OutlineLevel { Val = outlineLevel };
            }
            paragraph.Append(properties);
        }
        paragraph.Append(Run(text));
        return paragraph;
    }

    public static Run Run(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Table Table(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(c => new TableCell(Paragraph(c))))));

    private static Style ParagraphStyle(string id, string name, bool isDefault = false, int? numId = null, int? outlineLevel = null, string? basedOn = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }
        if (numId is not null || outlineLevel is not null)
        {
            var properties = new StyleParagraphProperties();
            if (numId is not null)
            {
                properties.Append(new NumberingProperties(new NumberingId { Val = numId }));
            }
            if (outlineLevel is not null)
            {
                properties.Append(new OutlineLevel { Val = outlineLevel });
            }
            style.Append(properties);
        }
        return style;
    }
}
