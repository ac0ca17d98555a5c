using TextPipe.Documents;
using TextPipe.Readers;

namespace TextPipe.Bench.WebExtract;

/// <summary>
/// Diagnosis for main-content extraction: what the HTML reader alone made of each page (no cleanup), one line per
/// block with its kind (<c>~</c> marks page furniture) and the start of its text, so a missed or leaked line can be
/// traced to the reader's choice.
/// </summary>
internal sealed class HtmlBlocksCommand : IBenchCommand
{
    private const int ShownChars = 110;

    public string Name => "htmlblocks";

    public string Usage => "htmlblocks FILE.html...   (the HTML reader's blocks, furniture marked ~: for diagnosing webextract misses)";

    public int Run(IReadOnlyList<string> args)
    {
        var loader = new DocumentLoader(new ReaderOptions());
        foreach (string path in args)
        {
            Console.WriteLine($"### {path}");
            try
            {
                var document = loader.Load(File.ReadAllBytes(path), SourceInfo.FromPath(path));
                Console.WriteLine($"title: {document.Metadata.Title}");
                foreach (var flag in document.Flags)
                {
                    Console.WriteLine($"flag: {flag.Code} {flag.Message}");
                }
                foreach (var block in document.Blocks)
                {
                    string text = block.Text.ReplaceLineEndings(" ");
                    string mark = block.IsContent ? " " : "~";
                    Console.WriteLine($"{mark} {block.Kind,-14} {text[..Math.Min(ShownChars, text.Length)]}");
                }
            }
            catch (InputException e)
            {
                Console.WriteLine($"error: {e.Message}");
            }
        }
        return 0;
    }
}
