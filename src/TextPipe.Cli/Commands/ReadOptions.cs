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

    public Option<string?> MaxLineChars { get; } = new("--max-line-chars", "--max-line-bytes")
    {
        Description = $"Reject an input with a line (a JSONL row, a CSV record) longer than this. Counted in characters after decoding, also under its other name --max-line-bytes (a JSONL row is cut off at 4 bytes per character). K/M/G suffixes allowed. Default: {ReaderOptions.Default.MaxLineChars}.",
        HelpName = "N",
    };

    public Option<string?> MaxInputBytes { get; } = new("--max-input-bytes")
    {
        Description = $"Reject an input larger than this, counted after decompression (one document is held in memory at a time). K/M/G suffixes: 64K, 512M, 2G. Default: {SizeArgument.Format(ReaderOptions.Default.MaxInputBytes)}.",
        HelpName = "SIZE",
    };

    public Option<double?> MaxDecompressionRatio { get; } = new("--max-decompression-ratio")
    {
        Description = $"Reject a gzip/zstd input or DOCX part that inflates to more than this many times its compressed size (a decompression bomb), checked while inflating. Default: {ReaderOptions.Default.MaxDecompressionRatio}.",
        HelpName = "RATIO",
    };

    public Option<int?> MaxDepth { get; } = new("--max-depth")
    {
        Description = $"Deepest nesting of elements followed in HTML, DOCX and PDF objects; deeper content is flattened or skipped with a flag. Default: {ReaderOptions.Default.MaxNestingDepth}.",
        HelpName = "N",
    };

    public Option<int?> MaxBlocks { get; } = new("--max-blocks")
    {
        Description = $"Reject a document of more blocks (paragraphs, cues, table cells) than this. Default: {ReaderOptions.Default.MaxBlocks}.",
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
        command.Add(MaxInputBytes);
        command.Add(MaxDecompressionRatio);
        command.Add(MaxDepth);
        command.Add(MaxBlocks);
        command.Add(TextField);
    }

    public ReaderOptions Resolve(ParseResult parse)
    {
        var limits = ResolveLimits(parse);
        string? format = parse.GetValue(FormatIn);
        string textField = parse.GetValue(TextField) ?? ReaderOptions.Default.TextField;
        if (textField.Length == 0)
        {
            throw new UsageException("--text-field needs a field name");
        }
        string? encoding = parse.GetValue(Encoding);
        string? canonicalEncoding = encoding is null ? null
            : TextDecoder.CanonicalEncodingName(encoding) ?? throw new UsageException($"--encoding: unknown encoding '{encoding}'; for example {TextDecoder.EncodingExamples}");
        var options = limits with
        {
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

    /// <summary>The limits of the command line, each checked and named in its usage error.</summary>
    private ReaderOptions ResolveLimits(ParseResult parse)
    {
        var defaults = ReaderOptions.Default;
        long maxLine = parse.GetValue(MaxLineChars) is { } line ? SizeArgument.Parse(line, "--max-line-chars") : defaults.MaxLineChars;
        if (maxLine < 1 || maxLine > int.MaxValue)
        {
            throw new UsageException($"--max-line-chars must be from 1 to {int.MaxValue:N0}");
        }
        long maxInput = parse.GetValue(MaxInputBytes) is { } size ? SizeArgument.Parse(size, "--max-input-bytes") : defaults.MaxInputBytes;
        if (maxInput < 1)
        {
            throw new UsageException("--max-input-bytes must be at least 1");
        }
        double ratio = parse.GetValue(MaxDecompressionRatio) ?? defaults.MaxDecompressionRatio;
        if (!(ratio >= 1) || double.IsInfinity(ratio))
        {
            throw new UsageException("--max-decompression-ratio must be a number of at least 1");
        }
        int depth = parse.GetValue(MaxDepth) ?? defaults.MaxNestingDepth;
        if (depth < 1)
        {
            throw new UsageException("--max-depth must be at least 1");
        }
        int blocks = parse.GetValue(MaxBlocks) ?? defaults.MaxBlocks;
        if (blocks < 1)
        {
            throw new UsageException("--max-blocks must be at least 1");
        }
        return defaults with
        {
            MaxLineChars = (int)maxLine,
            MaxInputBytes = maxInput,
            MaxDecompressionRatio = ratio,
            MaxNestingDepth = depth,
            MaxBlocks = blocks,
        };
    }
}
