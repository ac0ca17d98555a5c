using System.Globalization;
using AngleSharp.Dom;
using TextPipe.Documents;

namespace TextPipe.Readers.Html;

/// <summary>
/// A frameset page has no body: its text lives in the documents its frames load, which a reader of one file
/// cannot follow. Rather than an empty success, the page reads as no blocks and an <c>html-frameset</c> flag
/// naming the frames, so the conversion can report why nothing came out.
/// </summary>
internal static class HtmlFrameset
{
    public const string FlagCode = "html-frameset";

    private const int FramesNamed = 5;

    public static bool IsFrameset(IElement body) => body.LocalName == "frameset";

    public static HtmlWalk Read(IElement frameset)
    {
        var sources = frameset.Descendants<IElement>()
            .Where(e => e.LocalName is "frame" or "iframe")
            .Select(e => e.GetAttribute("src")?.Trim())
            .Where(src => !string.IsNullOrEmpty(src))
            .ToList();
        string named = sources.Count == 0 ? "" : ": " + string.Join(", ", sources.Take(FramesNamed)) + (sources.Count > FramesNamed ? ", …" : "");
        string message = string.Create(CultureInfo.InvariantCulture,
            $"frameset page without text of its own; its text is in {sources.Count} frame document{(sources.Count == 1 ? "" : "s")}{named}");
        return new HtmlWalk([], [], [new Flag(FlagCode, message)], []);
    }
}
