using DocumentFormat.OpenXml.Wordprocessing;
using TextPipe.Documents;

namespace TextPipe.Readers.Docx;

/// <summary>What a paragraph style makes of a paragraph: its block kind, heading level, and whether it is numbered.</summary>
internal readonly record struct StyleRole(BlockKind Kind, int Level, bool Numbered, bool IsTableOfContents);

/// <summary>
/// Resolves paragraph styles through their <c>basedOn</c> chains. Word localises style ids
/// (<c>Heading1</c>, <c>berschrift1</c>, <c>1</c>) but not the built-in names in styles.xml (<c>heading 1</c>,
/// <c>Title</c>, <c>List Bullet</c>), so names decide first; a style's outline level decides for custom
/// heading styles. Built once per document.
/// </summary>
internal sealed class DocxStyles
{
    private const int MaxChain = 16;

    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleRole> _roles = new(StringComparer.Ordinal);

    public DocxStyles(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && (style.Type is null || IsParagraph(style)))
            {
                _byId.TryAdd(id, style);
            }
        }
        DefaultStyleId = styles?.Elements<Style>()
            .FirstOrDefault(s => DocxValues.IsOn(s.Default) && IsParagraph(s))?.StyleId?.Value;
    }

    // As written (see DocxValues): a type outside the SDK's enumeration (found by the fuzzer) is not a paragraph style.
    private static bool IsParagraph(Style style) => style.Type?.InnerText == "paragraph";

    /// <summary>The style of paragraphs that name none (<c>Normal</c>).</summary>
    public string? DefaultStyleId { get; }

    /// <summary>The role of the style <paramref name="styleId"/> (the default style when null).</summary>
    public StyleRole RoleOf(string? styleId)
    {
        styleId ??= DefaultStyleId;
        if (styleId is null)
        {
            return new StyleRole(BlockKind.Paragraph, 0, false, false);
        }
        if (!_roles.TryGetValue(styleId, out var role))
        {
            role = Resolve(styleId);
            _roles[styleId] = role;
        }
        return role;
    }

    private StyleRole Resolve(string styleId)
    {
        BlockKind? kind = null;
        int level = 0;
        bool? numbered = null;
        bool toc = false;
        string? id = styleId;
        for (int depth = 0; id is not null && depth < MaxChain && _byId.TryGetValue(id, out var style); depth++)
        {
            string name = (style.StyleName?.Val?.Value ?? id).Trim().ToLowerInvariant();
            if (kind is null && KindByName(name) is { } named)
            {
                (kind, level) = named;
            }
            toc |= name.StartsWith("toc ", StringComparison.Ordinal) || name == "toc heading";
            var properties = style.StyleParagraphProperties;
            if (kind is null && DocxValues.IntOf(properties?.OutlineLevel?.Val) is int outline && outline is >= 0 and <= 8)
            {
                (kind, level) = (BlockKind.Heading, outline + 1);
            }
            if (numbered is null && DocxValues.IntOf(properties?.NumberingProperties?.NumberingId?.Val) is int numId)
            {
                numbered = numId != 0;
            }
            id = style.BasedOn?.Val?.Value;
        }
        return new StyleRole(kind ?? BlockKind.Paragraph, Math.Min(level, 6), numbered ?? false, toc);
    }

    /// <summary>Built-in style names that say what a paragraph is.</summary>
    private static (BlockKind Kind, int Level)? KindByName(string name)
    {
        if (name == "title")
        {
            return (BlockKind.Heading, 1);
        }
        if (name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name.AsSpan(8), out int n) && n is >= 1 and <= 9)
        {
            return (BlockKind.Heading, n);
        }
        return name switch
        {
            "caption" or "table caption" or "figure caption" or "image caption" => (BlockKind.Caption, 0),
            "quote" or "intense quote" or "block text" or "quotations" or "block quotation" => (BlockKind.Quote, 0),
            "source code" or "html preformatted" or "preformatted text" or "code" => (BlockKind.Code, 0),
            "list paragraph" or "list" or "list bullet" or "list number" or "list continue" => (BlockKind.ListItem, 0),
            _ when name.StartsWith("list bullet ", StringComparison.Ordinal) || name.StartsWith("list number ", StringComparison.Ordinal) => (BlockKind.ListItem, 0),
            _ => null,
        };
    }
}
