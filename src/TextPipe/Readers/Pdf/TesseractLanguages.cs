using TextPipe.Language;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// Which Tesseract languages read which writing systems, and which Debian package brings the usual one for each:
/// chooses the languages for a page from the scripts it is expected to hold and names the data that is missing.
/// </summary>
internal static class TesseractLanguages
{
    /// <summary>Languages we know, in order of preference within a script, with the scripts their data reads.</summary>
    private static readonly (string Code, WritingSystem[] Scripts)[] Known =
    [
        ("chi_sim", [WritingSystem.Han]),
        ("chi_tra", [WritingSystem.Han]),
        ("jpn", [WritingSystem.Han, WritingSystem.Kana]),
        ("kor", [WritingSystem.Hangul]),
        ("eng", [WritingSystem.Latin]),
        ("fra", [WritingSystem.Latin]),
        ("deu", [WritingSystem.Latin]),
        ("spa", [WritingSystem.Latin]),
        ("rus", [WritingSystem.Cyrillic]),
        ("ukr", [WritingSystem.Cyrillic]),
        ("ara", [WritingSystem.Arabic]),
        ("fas", [WritingSystem.Arabic]),
        ("ell", [WritingSystem.Greek]),
        ("heb", [WritingSystem.Hebrew]),
        ("hin", [WritingSystem.Devanagari]),
        ("ben", [WritingSystem.Bengali]),
        ("tha", [WritingSystem.Thai]),
    ];

    /// <summary>At most this many languages per script: each one Tesseract loads slows it down.</summary>
    private const int PerScript = 2;

    /// <summary>
    /// The languages to run (joined with <c>+</c>) and the scripts none of the installed data reads, each with the
    /// package to install. Without expected scripts, every installed language we know is used. When nothing
    /// installed reads any expected script, every installed language is used anyway: some text and a flag beat none.
    /// </summary>
    public static (string Languages, IReadOnlyList<MissingOcrScript> Missing) Choose(IReadOnlySet<string> installed, IReadOnlyCollection<WritingSystem> scripts)
    {
        ArgumentNullException.ThrowIfNull(installed);
        ArgumentNullException.ThrowIfNull(scripts);
        var available = Known.Where(k => installed.Contains(k.Code)).ToList();
        var chosen = new List<string>();
        var missing = new List<MissingOcrScript>();
        foreach (var script in scripts)
        {
            var readers = available.Where(k => k.Scripts.Contains(script)).Select(k => k.Code).Take(PerScript).ToList();
            if (readers.Count == 0)
            {
                if (PackageFor(script) is { } package)
                {
                    missing.Add(new MissingOcrScript(script, package));
                }
                continue;
            }
            chosen.AddRange(readers.Where(r => !chosen.Contains(r)));
        }
        if (chosen.Count == 0)
        {
            chosen.AddRange(available.Select(k => k.Code));
        }
        if (chosen.Count == 0)
        {
            chosen.AddRange(installed.Where(code => code is not "osd" and not "equ").Order(StringComparer.Ordinal));
        }
        return (string.Join('+', Known.Select(k => k.Code).Where(chosen.Contains).Concat(chosen.Where(c => !Known.Any(k => k.Code == c)))), missing);
    }

    /// <summary>The Debian package with the usual Tesseract data for a script, or null for scripts we have none for.</summary>
    public static string? PackageFor(WritingSystem script) => script switch
    {
        WritingSystem.Han => "tesseract-ocr-chi-sim",
        WritingSystem.Kana => "tesseract-ocr-jpn",
        WritingSystem.Hangul => "tesseract-ocr-kor",
        WritingSystem.Latin => "tesseract-ocr-eng",
        WritingSystem.Cyrillic => "tesseract-ocr-rus",
        WritingSystem.Arabic => "tesseract-ocr-ara",
        WritingSystem.Greek => "tesseract-ocr-ell",
        WritingSystem.Hebrew => "tesseract-ocr-heb",
        WritingSystem.Devanagari => "tesseract-ocr-hin",
        WritingSystem.Bengali => "tesseract-ocr-ben",
        WritingSystem.Thai => "tesseract-ocr-tha",
        _ => null,
    };
}
