using System.CommandLine;
using TextPipe.Readers;
using TextPipe.Text;

namespace TextPipe.Cli.Commands;

/// <summary>Options about reading inputs, shared by every command that reads files.</summary>
internal sealed class ReadOptions
{
    public Option<string?> FormatIn { get; } = new("--format-in")
    {
        Description = "Force the input format instead of detecting it (text, markdown, srt, vtt, jsonl, csv...).",
        HelpName = "FORMAT",
    };

    public Option<string> TextField { get; } = new("--text-field")
    {
        Description = "The field (JSONL) or column (CSV) of a dataset row that holds the text; the others go to meta.fields.",
        DefaultValueFactory = _ => ReaderOptions.Default.TextField,
        HelpName = "NAME",
    };

    public Option<int> MaxLineChars { get; } = new("--max-line-chars")
    {
        Description = "Reject an input with a line longer than this many characters.",
        DefaultValueFactory = _ => ReaderOptions.Default.MaxLineChars,
        HelpName = "N",
    };

    public Option<bool> Ocr { get; } = new("--ocr")
    {
        Description = "OCR PDF pages that have no usable text layer (needs pdftoppm from poppler-utils and tesseract-ocr with its chi-sim/kor/fra/eng data; a script whose data is missing is flagged ocr-language-missing); without it such pages are flagged needs-ocr.",
    };

    public Option<bool> AllowEmpty { get; } = new("--allow-empty")
    {
        Description = "Write a document with no text after reading (an image-only PDF, empty DOCX tables, an empty dataset row) as a record with its flags, instead of failing it with 'empty document (reason)' and exit code 1.",
    };

    public Option<string?> Encoding { get; } = new("--encoding")
    {
        Description = "Decode text inputs (text, Markdown, subtitles, JSONL, CSV) with this encoding instead of detecting it: utf-8, gb18030 (gbk), big5, shift_jis, euc-kr, windows-1252... An unknown name is a usage error.",
        HelpName = "NAME",
    };

    public void AddTo(Command command)
    {
        command.Add(AllowEmpty);
        command.Add(Encoding);
        command.Add(FormatIn);
        command.Add(Ocr);
        command.Add(MaxLineChars);
        command.Add(TextField);
    }

    public ReaderOptions Resolve(ParseResult parse)
    {
        int maxLine = parse.GetValue(MaxLineChars);
        if (maxLine < 1)
        {
            throw new UsageException("--max-line-chars must be at least 1");
        }
        string? format = parse.GetValue(FormatIn);
        string textField = parse.GetValue(TextField) ?? ReaderOptions.Default.TextField;
        if (textField.Length == 0)
        {
            throw new UsageException("--text-field needs a field name");
        }
        string? encoding = parse.GetValue(Encoding);
        string? canonicalEncoding = encoding is null ? null
            : TextDecoder.CanonicalEncodingName(encoding) ?? throw new UsageException($"--encoding: unknown encoding '{encoding}'; for example {TextDecoder.EncodingExamples}");
        var options = ReaderOptions.Default with
        {
            MaxLineChars = maxLine,
            ForcedFormat = format,
            TextField = textField,
            Ocr = parse.GetValue(Ocr),
            AllowEmpty = parse.GetValue(AllowEmpty),
            Encoding = canonicalEncoding,
        };
        var registry = ReaderRegistry.CreateDefault(options);
        if (format is not null && !registry.Contains(format))
        {
            throw new UsageException($"unknown input format '{format}'; valid formats: {string.Join(", ", registry.Formats)}");
        }
        return options;
    }
}
