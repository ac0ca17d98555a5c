using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// OCR through the command-line tools: <c>pdftoppm</c> (poppler-utils) renders the page at 300 dpi, since PdfPig
/// does not render, and <c>tesseract</c> (tesseract-ocr, with its chi-sim, fra... language packs) reads it with
/// every installed language of <see cref="PreferredLanguages"/>. A missing tool is reported, never a crash.
/// Stateless apart from the language list found once; safe to share between threads.
/// </summary>
public sealed class TesseractPageOcr : IPageOcr
{
    /// <summary>Tesseract languages used when installed: the project's languages, Chinese first.</summary>
    public static readonly IReadOnlyList<string> PreferredLanguages = ["chi_sim", "eng", "fra"];

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private readonly Lazy<string> _languages = new(FindLanguages);

    public string Recognize(ReadOnlyMemory<byte> pdf, int page)
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
            return Run("tesseract", "tesseract-ocr", [image + ".png", "stdout", "-l", _languages.Value, "--psm", "3"]);
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

    private static string FindLanguages()
    {
        string listed = Run("tesseract", "tesseract-ocr", ["--list-langs"]);
        var installed = listed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
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
