using System.Collections.Immutable;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TextPipe.Documents;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace TextPipe.Readers.Docx;

/// <summary>
/// The visible text of a paragraph as Word shows it: runs in order, tabs and breaks as <c>\t</c> and
/// <c>\n</c>, inserted text kept and deleted text left out (tracked changes as if accepted), field results
/// kept and field codes left out, the first choice of alternate content only. Hyperlinks keep their text and
/// are located as <see cref="InlineElement"/>s with their target, as the Markdown and HTML readers do.
/// </summary>
internal sealed class DocxParagraphText(OpenXmlPart part)
{
    /// <summary>Nested runs, hyperlinks and content controls deeper than this are not real documents.</summary>
    private const int MaxDepth = 64;

    public (string Text, ImmutableArray<InlineElement> Inlines) Read(Paragraph paragraph)
    {
        var text = new StringBuilder();
        var inlines = new List<InlineElement>();
        Append(paragraph, text, inlines, 0);
        string full = text.ToString();
        string trimmed = full.Trim();
        int shift = full.Length - full.TrimStart().Length;
        var located = inlines
            .Select(e => e with { Start = e.Start - shift })
            .Where(e => e.Start >= 0 && e.Length > 0 && e.Start + e.Length <= trimmed.Length)
            .ToImmutableArray();
        return (trimmed, located);
    }

    private void Append(OpenXmlElement element, StringBuilder text, List<InlineElement> inlines, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case WordText t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('\u2011');
                    break;
                case SoftHyphen:
                    text.Append('\u00AD');
                    break;
                case DeletedText or DeletedRun or FieldCode or DeletedFieldCode or ParagraphProperties or RunProperties
                    or FootnoteReference or EndnoteReference or CommentReference:
                    break;
                case AlternateContent alternate:
                    if (alternate.ChildElements.OfType<AlternateContentChoice>().FirstOrDefault() is { } choice)
                    {
                        Append(choice, text, inlines, depth + 1);
                    }
                    break;
                case Hyperlink link:
                    int start = text.Length;
                    Append(link, text, inlines, depth + 1);
                    if (text.Length > start)
                    {
                        string label = text.ToString(start, text.Length - start);
                        inlines.Add(new InlineElement(InlineKind.Link, start, label.Length, Target(link), label));
                    }
                    break;
                case Paragraph: // a text box's paragraphs (inside a drawing) are read as part of this one
                    if (text.Length > 0 && text[^1] != '\n')
                    {
                        text.Append('\n');
                    }
                    Append(child, text, inlines, depth + 1);
                    break;
                default:
                    Append(child, text, inlines, depth + 1);
                    break;
            }
        }
    }

    /// <summary>A hyperlink's URL (from its relationship) or its bookmark anchor (<c>#name</c>).</summary>
    private string Target(Hyperlink link)
    {
        if (link.Id?.Value is { } id)
        {
            var relationship = part.HyperlinkRelationships.FirstOrDefault(r => r.Id == id);
            if (relationship is not null)
            {
                return relationship.Uri.OriginalString;
            }
        }
        return link.Anchor?.Value is { } anchor ? "#" + anchor : "";
    }
}
