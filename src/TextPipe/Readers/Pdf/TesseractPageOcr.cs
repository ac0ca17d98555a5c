using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using TextPipe.Language;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// OCR through the command-line tools: <c>pdftoppm</c> (poppler-utils) renders the page at 300 dpi, since PdfPig
/// does not render, and <c>tesseract</c> (tesseract-ocr, with its chi-sim, kor, fra... language packs) reads it with
/// the installed languages for the scripts the page is expected to hold (<see cref="TesseractLanguages"/>). A
/// missing tool is reported, never a crash.
/// Stateless apart from the language list found once; safe to share between threads.
/// </summary>
public sealed class TesseractPageOcr : IPageOcr
{
    /// <summary>Tesseract languages used for single glyphs when installed: the project's languages, Chinese first.</summary>
    public static readonly IReadOnlyList<string> PreferredLanguages = ["chi_sim", "eng", "fra"];

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly Lazy<string> _languages = new(FindLanguages);

    private readonly Lazy<IReadOnlySet<string>> _installed = new(FindInstalled);

    /// <summary>Reads the page with every installed language we know.</summary>
    public string Recognize(ReadOnlyMemory<byte> pdf, int page) => Recognize(pdf, page, []).Text;

    /// <summary>
    /// Reads the page with the installed languages for <paramref name="scripts"/> (<see cref="TesseractLanguages"/>),
    /// and reports the scripts none of them reads (Korean without tesseract-ocr-kor gives confident garbage).
    /// </summary>
    public OcrResult Recognize(ReadOnlyMemory<byte> pdf, int page, IReadOnlyCollection<WritingSystem> scripts)
    {
        var (languages, missing) = TesseractLanguages.Choose(_installed.Value, scripts);
        if (languages.Length == 0)
        {
            throw new OcrUnavailableException("tesseract has no language data installed: install tesseract-ocr-eng, tesseract-ocr-chi-sim or another tesseract-ocr-* package");
        }
        return new OcrResult(RecognizeWith(pdf, page, languages), languages, missing);
    }

    private static string RecognizeWith(ReadOnlyMemory<byte> pdf, int page, string languages)
    {
        string folder = Path.Combine(Path.GetTempPath(), "textpipe-ocr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string input = Path.Combine(folder, "in.pdf");
            File.WriteAllBytes(input, pdf.ToArray());
            string image = Path.Combine(folder, "page");
            string number = page.ToString(CultureInfo.InvariantCulture);
            Run("pdftoppm", "poppler-utils", ["-r", "300", "-gray", "-png", "-singlefile", "-f", number, "-l", number, input, image]);
            return Run("tesseract", "tesseract-ocr", [image + ".png", "stdout", "-l", languages, "--psm", "3"]);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is not worth failing the document for.
            }
        }
    }

    /// <summary>
    /// Renders each glyph's box (no margin: ink of a neighbour at the edge turns "!" into "|") at 300 dpi through <c>pdftoppm -x -y -W -H</c>, pads it with
    /// white, and reads it with <c>tesseract --psm 8</c> (one word), then <c>--psm 10</c> (one character) if that
    /// found nothing; spaces in the result are removed.
    /// </summary>
    public IReadOnlyList<string> RecognizeGlyphs(ReadOnlyMemory<byte> pdf, int page, PdfBox pageBox, IReadOnlyList<PdfBox> glyphs)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        string folder = Path.Combine(Path.GetTempPath(), "textpipe-ocr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string input = Path.Combine(folder, "in.pdf");
            File.WriteAllBytes(input, pdf.ToArray());
            string number = page.ToString(CultureInfo.InvariantCulture);
            var texts = new List<string>(glyphs.Count);
            for (int g = 0; g < glyphs.Count; g++)
            {
                var (x, y, width, height) = PixelBox(pageBox, glyphs[g]);
                if (width <= 0 || height <= 0)
                {
                    texts.Add("");
                    continue;
                }
                string image = Path.Combine(folder, "glyph" + g.ToString(CultureInfo.InvariantCulture));
                Run("pdftoppm", "poppler-utils",
                [
                    "-r", "300", "-gray", "-singlefile", "-f", number, "-l", number,
                    "-x", Invariant(x), "-y", Invariant(y), "-W", Invariant(width), "-H", Invariant(height), input, image,
                ]);
                string padded = image + "-padded.pgm";
                if (!GrayImage.TryPad(image + ".pgm", padded))
                {
                    texts.Add("");
                    continue;
                }
                string text = Run("tesseract", "tesseract-ocr", [padded, "stdout", "-l", _languages.Value, "--psm", "8"]);
                if (string.IsNullOrWhiteSpace(text))
                {
                    text = Run("tesseract", "tesseract-ocr", [padded, "stdout", "-l", _languages.Value, "--psm", "10"]);
                }
                texts.Add(string.Concat(text.Where(c => !char.IsWhiteSpace(c))));
            }
            return texts;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is not worth failing the document for.
            }
        }
    }

    /// <summary>The glyph box, in pixels of a 300 dpi rendering of the crop box (y downwards).</summary>
    internal static (int X, int Y, int Width, int Height) PixelBox(PdfBox pageBox, PdfBox glyph)
    {
        const double Scale = 300.0 / 72;
        double left = Math.Max(glyph.Left, pageBox.Left);
        double right = Math.Min(glyph.Right, pageBox.Right);
        double top = Math.Min(glyph.Top, pageBox.Top);
        double bottom = Math.Max(glyph.Bottom, pageBox.Bottom);
        const double Slack = 1e-6; // 54 pt * 300 / 72 is 225.00000000000003, still 225 pixels
        int x = (int)Math.Floor(((left - pageBox.Left) * Scale) + Slack);
        int y = (int)Math.Floor(((pageBox.Top - top) * Scale) + Slack);
        int width = (int)Math.Ceiling(((right - pageBox.Left) * Scale) - Slack) - x;
        int height = (int)Math.Ceiling(((pageBox.Top - bottom) * Scale) - Slack) - y;
        return (x, y, width, height);
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The installed language data, from <c>tesseract --list-langs</c> (its first line is a heading).</summary>
    private static HashSet<string> FindInstalled()
    {
        string listed = Run("tesseract", "tesseract-ocr", ["--list-langs"]);
        return listed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.Contains(' ', StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string FindLanguages()
    {
        var installed = FindInstalled();
        var chosen = PreferredLanguages.Where(installed.Contains).ToList();
        if (chosen.Count == 0)
        {
            throw new OcrUnavailableException("tesseract has none of the languages chi_sim, eng, fra: install tesseract-ocr-chi-sim, tesseract-ocr-eng or tesseract-ocr-fra");
        }
        return string.Join('+', chosen);
    }

    /// <summary>Runs a tool and returns its standard output; a missing tool or a failure becomes <see cref="OcrUnavailableException"/>.</summary>
    private static string Run(string tool, string package, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            throw new OcrUnavailableException($"OCR needs '{tool}', which is not installed (Debian package {package})", e);
        }
        if (process is null)
        {
            throw new OcrUnavailableException($"could not start '{tool}'");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new OcrUnavailableException($"'{tool}' took longer than {Timeout.TotalSeconds:0} s");
            }
            if (process.ExitCode != 0)
            {
                string message = error.Result.Trim();
                throw new OcrUnavailableException($"'{tool}' failed (exit code {process.ExitCode}): {message.Split('\n')[0]}");
            }
            return output;
        }
    }
}
