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
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public (string Text, ImmutableArray<InlineElement> Inlines) Read(Paragraph paragraph)
    {
        var text = new StringBuilder();
        var inlines = new List<InlineElement>();
        Append(paragraph, text, inlines);
        string full = text.ToString();
        string trimmed = full.Trim();
        int shift = full.Length - full.TrimStart().Length;
        var located = inlines
            .Select(e => e with { Start = e.Start - shift })
            .Where(e => e.Start >= 0 && e.Length > 0 && e.Start + e.Length <= trimmed.Length)
            .ToImmutableArray();
        return (trimmed, located);
    }

    /// <summary>An element whose children are being read; a hyperlink is located once its children are.</summary>
    private readonly record struct Frame(IEnumerator<OpenXmlElement> Children, Hyperlink? Link, int Start);

    /// <summary>
    /// Reads the paragraph's descendants in document order with a stack of its own, however deep runs, hyperlinks and
    /// content controls nest (the part's depth is bounded by <see cref="DocxPartScan"/> before the SDK loads it).
    /// </summary>
    private void Append(OpenXmlElement paragraph, StringBuilder text, List<InlineElement> inlines)
    {
        var stack = new Stack<Frame>();
        stack.Push(new Frame(Children(paragraph), null, 0));
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            if (!frame.Children.MoveNext())
            {
                stack.Pop();
                frame.Children.Dispose();
                if (frame.Link is { } link && text.Length > frame.Start)
                {
                    string label = text.ToString(frame.Start, text.Length - frame.Start);
                    inlines.Add(new InlineElement(InlineKind.Link, frame.Start, label.Length, Target(link), label));
                }
                continue;
            }
            var child = frame.Children.Current;
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
                        stack.Push(new Frame(Children(choice), null, 0));
                    }
                    break;
                case Hyperlink link:
                    stack.Push(new Frame(Children(link), link, text.Length));
                    break;
                case Paragraph: // a text box's paragraphs (inside a drawing) are read as part of this one
                    if (text.Length > 0 && text[^1] != '\n')
                    {
                        text.Append('\n');
                    }
                    stack.Push(new Frame(Children(child), null, 0));
                    break;
                case OpenXmlUnknownElement unknown when unknown.NamespaceUri == WordNamespace:
                    // Markup the SDK's schema does not place here, such as w:smartTag (dropped from Word 2010's schema):
                    // its runs load as unknown elements too, so they are read by their names.
                    if (AppendUnknown(unknown, text))
                    {
                        stack.Push(new Frame(Children(child), null, 0));
                    }
                    break;
                default:
                    stack.Push(new Frame(Children(child), null, 0));
                    break;
            }
        }
    }

    /// <summary>Appends what a run-level element the SDK did not recognise shows; true when its children are to be read.</summary>
    private static bool AppendUnknown(OpenXmlUnknownElement element, StringBuilder text)
    {
        switch (element.LocalName)
        {
            case "t":
                text.Append(element.InnerText);
                return false;
            case "tab" or "ptab":
                text.Append('\t');
                return false;
            case "br" or "cr":
                text.Append('\n');
                return false;
            case "delText" or "instrText" or "delInstrText" or "rPr" or "pPr" or "smartTagPr" or "del"
                or "footnoteReference" or "endnoteReference" or "commentReference":
                return false;
            default:
                return true;
        }
    }

    private static IEnumerator<OpenXmlElement> Children(OpenXmlElement element) =>
        ((IEnumerable<OpenXmlElement>)element.ChildElements).GetEnumerator();

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
