using TextPipe.Documents;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Finds the line written directly under a photo in the source, in the same paragraph, as its last line
/// (<c>![](expo.jpg)</c> / <c>Visitors try a VR headset at the expo.</c>): the Markdown way of captioning a
/// picture. Only photos (not badges or icons: <c>.svg</c>) and only a line that ends the paragraph, so
/// prose that merely follows a picture keeps running.
/// </summary>
internal static class ImageCaptions
{
    private static readonly string[] PhotoExtensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".tif", ".tiff", ".bmp"];

    /// <summary>Trimmed texts of the lines that sit under a photo in <paramref name="block"/>'s source.</summary>
    public static List<string> LinesUnderPhotos(CleanBlock block)
    {
        var found = new List<string>();
        if (!block.Source.Inlines.Any(i => i.Kind == InlineKind.Image))
        {
            // Most blocks: no need to split the source into lines (a list of ten million spans for a text of as many lines).
            return found;
        }
        string source = block.Source.Text;
        var lines = BlockLines.Split(source);
        foreach (var image in block.Source.Inlines)
        {
            if (image.Kind != InlineKind.Image || !IsPhoto(image.Target))
            {
                continue;
            }
            int line = BlockLines.LineOf(lines, image.Start);
            var (start, end) = lines[line];
            bool alone = source.AsSpan(start, end - start).Trim().Length == image.Length;
            if (alone && line == lines.Count - 2)
            {
                string under = source[lines[line + 1].Start..lines[line + 1].End].Trim();
                if (under.Length > 0)
                {
                    found.Add(under);
                }
            }
        }
        return found;
    }

    private static bool IsPhoto(string target)
    {
        string path = target.Split('?', '#')[0];
        return PhotoExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
