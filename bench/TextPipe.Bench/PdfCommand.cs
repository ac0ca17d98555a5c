using System.Diagnostics;
using System.Globalization;
using System.Text;
using TextPipe.Cleanup;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Pdf;

namespace TextPipe.Bench;

/// <summary>
/// Extracts every PDF of a folder (and its sub-folders) to OUT/NAME.txt for benchmarks/pdf/score.py: content
/// blocks, one paragraph per block, a blank line between. The reader keeps line breaks and end-of-line hyphens
/// inside a paragraph for the cleanup's line-wrap rule, so the bench runs that one rule after the reader (as the
/// pipeline does; <c>--raw</c> skips it). Prints pages per second of the reader alone, on one thread, after an
/// untimed warm-up pass over all files (JIT and PdfPig's process-wide caches: .NET and library start-up are not counted).
/// </summary>
internal sealed class PdfCommand : IBenchCommand
{
    public string Name => "pdf";

    public string Usage => "pdf PDF_DIR OUT_DIR [--ocr] [--raw] [--repeat N]   (predictions for benchmarks/pdf/score.py)";

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count < 2)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }
        bool ocr = args.Contains("--ocr");
        bool raw = args.Contains("--raw");
        int repeatAt = args.ToList().IndexOf("--repeat");
        int repeat = repeatAt >= 0 ? int.Parse(args[repeatAt + 1], CultureInfo.InvariantCulture) : 1;
        var files = Directory.EnumerateFiles(args[0], "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(args[1]);
        var reader = new PdfReader(new ReaderOptions { Ocr = ocr });
        var contents = files.Select(File.ReadAllBytes).ToList();
        // Warm-up, untimed: JIT, and PdfPig's process-wide caches (predefined CJK CMaps, standard fonts).
        for (int i = 0; i < files.Count; i++)
        {
            TryRead(reader, contents[i], files[i]);
        }

        long pages = 0;
        var timer = new Stopwatch();
        for (int i = 0; i < files.Count; i++)
        {
            string name = Path.GetFileNameWithoutExtension(files[i]);
            Document? document = null;
            var fileTimer = Stopwatch.StartNew();
            for (int r = 0; r < repeat; r++)
            {
                timer.Start();
                document = TryRead(reader, contents[i], files[i]);
                timer.Stop();
            }
            fileTimer.Stop();
            if (document is null)
            {
                continue;
            }
            pages += (document.Metadata.PageCount ?? 0) * repeat;
            string text = raw ? document.Text : JoinWrappedLines(document);
            File.WriteAllText(Path.Combine(args[1], name + ".txt"), text + "\n", new UTF8Encoding(false));
            string flags = string.Join("; ", document.Flags.Select(f => f.Code + ": " + f.Message));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"FILE {name} pages={document.Metadata.PageCount} ms={fileTimer.Elapsed.TotalMilliseconds / repeat:F1} furniture={document.Blocks.Count(b => !b.IsContent)} {flags}"));
        }
        double seconds = timer.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"TIME pdf files={files.Count} pages={pages} seconds={seconds:F3} pages_per_s={pages / Math.Max(seconds, 1e-9):F1} (reader only, one thread{(ocr ? ", with OCR" : "")})"));
        return 0;
    }

    private static Document? TryRead(PdfReader reader, byte[] content, string path)
    {
        try
        {
            return reader.Read(content, SourceInfo.FromPath(path));
        }
        catch (InputException e)
        {
            Console.WriteLine($"ERROR {Path.GetFileName(path)}: {e.Message}");
            return null;
        }
    }

    /// <summary>Runs the cleanup's line-wrap rule alone: joins wrapped lines and undoes end-of-line hyphenation.</summary>
    private static string JoinWrappedLines(Document document)
    {
        var options = new CleanupOptions { Profile = "default", EnabledRules = ["line-wrap"] };
        var context = new CleanupContext(document, options);
        context.Run(new LineWrapRule());
        return context.CurrentText;
    }
}
