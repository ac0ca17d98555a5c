using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace TextPipe.Readers;

/// <summary>A reader and the file extensions (lower case, with the dot; <c>""</c> for none) that select it.</summary>
public sealed record ReaderRegistration(IDocumentReader Reader, ImmutableArray<string> Extensions);

/// <summary>
/// The readers a run can use, by format id, with the extensions that select each and the sniffers that may
/// upgrade plain text to a richer text format. Immutable once built, so one instance serves every thread.
/// New formats (pdf, html, docx, srt, vtt, jsonl, csv...) come in as more registrations; format detection
/// needs no change beyond, for binary formats, the magic bytes it already knows in <see cref="FormatDetector"/>.
/// </summary>
public sealed class ReaderRegistry
{
    private readonly FrozenDictionary<string, IDocumentReader> _readers;
    private readonly FrozenDictionary<string, string> _formatByExtension;

    /// <exception cref="ArgumentException">Two readers share a format id, or two formats claim one extension.</exception>
    public ReaderRegistry(IEnumerable<ReaderRegistration> registrations, IEnumerable<ITextFormatSniffer>? sniffers = null)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        var readers = new Dictionary<string, IDocumentReader>(StringComparer.OrdinalIgnoreCase);
        var extensions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var registration in registrations)
        {
            ArgumentNullException.ThrowIfNull(registration);
            string format = registration.Reader.Format;
            if (!readers.TryAdd(format, registration.Reader))
            {
                throw new ArgumentException($"two readers for format '{format}'", nameof(registrations));
            }
            foreach (string extension in registration.Extensions.IsDefault ? [] : registration.Extensions)
            {
                if (extension.Length > 0 && extension[0] != '.')
                {
                    throw new ArgumentException($"extension '{extension}' of format '{format}' must start with a dot", nameof(registrations));
                }
                if (!extensions.TryAdd(extension, format))
                {
                    throw new ArgumentException($"extension '{extension}' claimed by both '{extensions[extension]}' and '{format}'", nameof(registrations));
                }
            }
        }
        _readers = readers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _formatByExtension = extensions.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Formats = [.. readers.Keys.Order(StringComparer.Ordinal)];
        Sniffers = sniffers is null ? [] : [.. sniffers];
    }

    /// <summary>Registered format ids, sorted.</summary>
    public ImmutableArray<string> Formats { get; }

    /// <summary>Sniffers asked, in order, whether a plain-text input is really in a richer text format.</summary>
    public ImmutableArray<ITextFormatSniffer> Sniffers { get; }

    /// <summary>The readers available today: plain text and Markdown, with Markdown sniffing for plain text.</summary>
    public static ReaderRegistry CreateDefault(ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ReaderRegistry(
            [
                new ReaderRegistration(new PlainTextReader(options), [".txt", ".text", ".log", ""]),
                new ReaderRegistration(new MarkdownReader(options), [".md", ".markdown", ".mdown"]),
                new ReaderRegistration(new Pdf.PdfReader(options), [".pdf"]),
                new ReaderRegistration(new Html.HtmlReader(options), [".html", ".htm", ".xhtml"]),
                new ReaderRegistration(new Docx.DocxReader(options), [".docx"]),
                new ReaderRegistration(new Subtitles.SrtReader(options), [".srt"]),
                new ReaderRegistration(new Subtitles.VttReader(options), [".vtt"]),
                new ReaderRegistration(new Datasets.JsonlDatasetReader(options), [".jsonl", ".ndjson"]),
                new ReaderRegistration(new Datasets.CsvDatasetReader(options), [".csv"]),
            ],
            [new Subtitles.VttSniffer(), new Subtitles.SrtSniffer(), new Html.HtmlSniffer(), new MarkdownSniffer()]);
    }

    public bool Contains(string format) => _readers.ContainsKey(format);

    public bool TryGet(string format, [NotNullWhen(true)] out IDocumentReader? reader) => _readers.TryGetValue(format, out reader);

    /// <summary>The reader for <paramref name="format"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No reader has that id; the message lists the valid ones.</exception>
    public IDocumentReader Get(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (_readers.TryGetValue(format, out var reader))
        {
            return reader;
        }
        throw new ArgumentException($"unknown input format '{format}'; valid formats: {string.Join(", ", Formats)}", nameof(format));
    }

    /// <summary>The format an extension selects (<c>.md</c> → <c>markdown</c>; <c>""</c> → <c>text</c>), or null if none claims it.</summary>
    public string? FormatForExtension(string extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        return _formatByExtension.TryGetValue(extension, out var format) ? format : null;
    }
}
