using TextPipe.Cleanup;
using System.CommandLine;
using TextPipe.Conversion;
using TextPipe.Inputs;
using TextPipe.Pipeline;
using TextPipe.Readers;
using TextPipe.Readers.Compression;
using TextPipe.Writers;

namespace TextPipe.Cli.Commands;

/// <summary><c>textpipe convert</c>: inputs to clean records. Symbols here, work in the library.</summary>
internal sealed class ConvertCommand
{
    private const string Description = "Convert documents into clean, structured records (JSONL by default) on stdout.";

    public const string Examples = """
          textpipe convert seeds                         every file under seeds/, JSONL to stdout
          textpipe convert a.txt b.md -o out.jsonl       two files into one JSONL file
          textpipe convert corpus/ -o clean/ --jobs 8    one output file per input, mirrored under clean/
          cat page.txt | textpipe convert -              read stdin
          parallel textpipe convert corpus/ --shard {}/4 -o part-{}.jsonl ::: 0 1 2 3     four processes, a quarter each
          textpipe convert docs --include '*.md' --exclude 'drafts/**' --unit sentence --format csv
        """;

    private readonly ConversionSettings conversionSettings = new();

    private readonly Argument<string[]> paths = new("PATH")
    {
        Description = "Files or directories to convert (directories are searched recursively); - reads stdin.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write to this file (.jsonl, .csv or .txt, optionally .gz or .zst to compress; missing parent folders are created), or to this directory (existing, or ending in /) with one output per input. Each file is written under a hidden temporary name and renamed when complete, so a failed or interrupted run leaves no half-written output. Default: stdout.",
        HelpName = "PATH",
    };

    private readonly Option<string?> format = new("--format")
    {
        Description = "Output format: jsonl, csv, txt or parquet (columns as the JSONL fields, lists and objects as JSON text; not to a terminal). Default: from the -o file's extension, else jsonl.",
        HelpName = "FORMAT",
    };

    private readonly Option<string> unit = new("--unit")
    {
        Description = "One record per document, paragraph or sentence.",
        DefaultValueFactory = _ => "document",
        HelpName = "UNIT",
    };

    private readonly Option<int?> jobs = new("--jobs", "-j")
    {
        Description = "Inputs converted in parallel. Default: all cores. Output is identical for any value.",
        HelpName = "N",
    };

    private readonly Option<string[]> include = new("--include")
    {
        Description = "Only files under a directory that match this glob (repeatable; *.md matches at any depth).",
        HelpName = "GLOB",
    };

    private readonly Option<string[]> exclude = new("--exclude")
    {
        Description = "Skip files under a directory that match this glob (repeatable).",
        HelpName = "GLOB",
    };

    private readonly Option<string?> stats = new("--stats")
    {
        Description = "Write run totals as JSON to this file: documents, characters in/out, and per rule the edits and characters removed.",
        HelpName = "FILE",
    };

    private readonly Option<string?> fields = new("--fields")
    {
        Description = "Write only these top-level fields of document records, comma-separated (JSONL: id,source,format,encoding,lang,lang_confidence,langs,lang_candidates,title,meta,text,paragraphs,edits,flags,stats; CSV: its columns; Parquet: as JSONL). id is always written.",
        HelpName = "LIST",
    };

    private readonly Option<bool> lean = new("--lean")
    {
        Description = "Lean JSONL document records: the text once, without paragraphs, edits and lang_candidates (--fields id,source,format,encoding,lang,lang_confidence,langs,title,meta,text,flags,stats).",
    };

    private readonly Option<bool> quiet = new("--quiet", "-q")
    {
        Description = "No progress line and no closing summary line; each failed input still gets its error line. (Progress is drawn on stderr only when stderr is a terminal and records do not go to the terminal.)",
    };

    private readonly Option<string?> shard = new("--shard")
    {
        Description = "Convert only share K of N (K from 0 to N-1): files chosen by a hash of their path, dataset rows (JSONL, CSV, stdin included) by a hash of their line; the N shards together hold every record once. For GNU parallel, Slurm arrays, Kubernetes indexed Jobs.",
        HelpName = "K/N",
    };

    private readonly Option<bool> hidden = new("--hidden")
    {
        Description = "Also read hidden files and folders (names starting with a dot) under directories.",
    };

    public ConvertCommand()
    {
        format.AcceptOnlyFromAmong("jsonl", "csv", "txt", "parquet");
        unit.AcceptOnlyFromAmong("document", "paragraph", "sentence");
    }

    public Command Build(CliEnvironment environment)
    {
        var command = new Command("convert", Description) { paths, output, format, unit, jobs, include, exclude, hidden, shard, stats, fields, lean, quiet };
        conversionSettings.AddTo(command);
        command.SetAction(parse => CommandRunner.Guard(environment, () => Run(parse, environment)));
        return command;
    }

    private int Run(ParseResult parse, CliEnvironment environment)
    {
        int jobCount = parse.GetValue(jobs) ?? environment.ProcessorCount;
        if (jobCount < 1)
        {
            throw new UsageException("--jobs must be at least 1");
        }
        string? outputPath = parse.GetValue(output);
        var outputFormat = ResolveFormat(parse.GetValue(format), outputPath);
        var recordUnit = ParseUnit(parse.GetValue(unit)!);
        var writerOptions = new WriterOptions(outputFormat, recordUnit)
        {
            IncludeTokens = conversionSettings.WantsTokens(parse),
            Fields = ChooseFields(parse.GetValue(fields), parse.GetValue(lean), outputFormat, recordUnit),
        };

        var filter = new InputFilter(parse.GetValue(include) ?? [], parse.GetValue(exclude) ?? [], parse.GetValue(hidden));
        string[] pathValues = parse.GetValue(paths) ?? [];
        RejectUnknownOptions(pathValues);
        var inputs = new InputExpander(filter).Expand(pathValues);
        if (outputPath is not null)
        {
            inputs = OutputAmongInputs.Exclude(inputs, pathValues, outputPath, IsDirectoryTarget(outputPath));
        }
        var converter = conversionSettings.CreateConverter(parse, environment, jobCount, ParseShard(parse.GetValue(shard)));
        bool beQuiet = parse.GetValue(quiet);
        var reporter = new StderrReporter(environment, ProgressPolicy.ShowProgress(environment.ErrorIsTerminal, environment.OutputIsTerminal, outputPath is null, beQuiet));
        var statistics = new RunStatistics();
        var observer = new ObserverGroup(reporter, statistics);

        // Output files appear only when complete: on Ctrl-C or a kill, the temporary ones are deleted.
        var files = new OutputFiles();
        using var interrupts = InterruptCleanup.Register(files.DeletePending);
        ConvertSummary summary;
        if (outputPath is null && outputFormat == OutputFormat.Parquet && environment.OutputIsTerminal)
        {
            throw new UsageException("--format parquet writes a binary file: give -o FILE.parquet or redirect standard output");
        }
        if (outputPath is null)
        {
            try
            {
                summary = new ConvertJob(converter, OutputTarget.SingleStream(environment.StandardOutput), writerOptions).Run(inputs, observer);
                environment.StandardOutput.Flush();
            }
            catch (IOException e) when (ClosedPipe.Is(e))
            {
                // The reader has what it wanted (| head -1): stop at once, quietly, as cat and grep do.
                reporter.Finish();
                return reporter.Failures > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
            }
        }
        else if (IsDirectoryTarget(outputPath))
        {
            summary = new ConvertJob(converter, OutputTarget.PerInputDirectory(outputPath, files), writerOptions).Run(inputs, observer);
        }
        else
        {
            string path = OutputFolders.Prepare(outputPath, "-o");
            using var file = files.Create(path);
            using (var stream = CompressedOutput.Wrap(file.Stream, CompressedInput.FromName(path)))
            {
                summary = new ConvertJob(converter, OutputTarget.SingleStream(stream), writerOptions).Run(inputs, observer);
            }
            file.Complete();
        }
        reporter.Finish();
        if (parse.GetValue(stats) is string statsPath)
        {
            using var statsFile = files.Create(OutputFolders.Prepare(statsPath, "--stats"));
            statistics.WriteJson(statsFile.Stream);
            statsFile.Complete();
        }
        if (!summary.AllSucceeded)
        {
            // A dataset row counts like a file: both are one document that could not be made.
            if (!beQuiet)
            {
                environment.StandardError.WriteLine($"textpipe: {summary.Failed:N0} of {summary.Converted + summary.Failed:N0} documents failed (files or dataset rows)");
            }
            return ExitCodes.InputFailed;
        }
        return ExitCodes.Success;
    }

    /// <summary>
    /// The parser takes an unknown <c>--option</c> as a path; say it is an unknown option instead
    /// (a file whose name starts with a dash can be given as ./-name).
    /// </summary>
    internal static void RejectUnknownOptions(IEnumerable<string> pathValues)
    {
        string? unknown = pathValues.FirstOrDefault(p => p.Length > 1 && p[0] == '-');
        if (unknown is not null)
        {
            throw new UsageException($"unknown option '{unknown}' (a file whose name starts with '-' can be given as ./{unknown})");
        }
    }

    private static bool IsDirectoryTarget(string path) =>
        Directory.Exists(path) || path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar);

    /// <summary>
    /// The output format: <c>--format</c>, else the <c>-o</c> file's extension (after a .gz/.zst suffix), else JSONL.
    /// An extension that names no format we write (<c>out.xlsx</c>) is a usage error rather than JSONL under a
    /// misleading name.
    /// </summary>
    internal static OutputFormat ResolveFormat(string? requested, string? outputPath)
    {
        string? name = requested;
        if (name is null && outputPath is not null && !IsDirectoryTarget(outputPath))
        {
            string extension = Path.GetExtension(CompressedOutput.FormatName(outputPath)).ToLowerInvariant();
            name = extension switch
            {
                "" or ".jsonl" or ".ndjson" => "jsonl",
                ".csv" => "csv",
                ".txt" => "txt",
                ".parquet" => "parquet",
                _ => throw new UsageException(
                    $"-o {outputPath}: unknown output extension '{extension}'; supported: .jsonl, .ndjson, .csv, .txt, each optionally followed by .gz or .zst, and .parquet (or choose the format with --format)"),
            };
        }
        if (name == "parquet" && outputPath is not null && !IsDirectoryTarget(outputPath) && CompressedOutput.FormatName(outputPath) != outputPath)
        {
            // Parquet compresses its columns itself (zstd); a gzip around the file would hide its footer from every reader.
            throw new UsageException($"-o {outputPath}: Parquet files are compressed inside; write to a name ending in .parquet");
        }
        return name switch
        {
            "csv" => OutputFormat.Csv,
            "txt" => OutputFormat.Txt,
            "parquet" => OutputFormat.Parquet,
            _ => OutputFormat.Jsonl,
        };
    }

    /// <summary>The fields of <c>--fields</c> or <c>--lean</c>, checked against what the format writes; null for all.</summary>
    internal static System.Collections.Immutable.ImmutableHashSet<string>? ChooseFields(string? list, bool lean, OutputFormat format, RecordUnit unit)
    {
        if (list is not null && lean)
        {
            throw new UsageException("--fields and --lean cannot be combined (--lean is a preset list of fields)");
        }
        if (lean && format is not (OutputFormat.Jsonl or OutputFormat.Parquet))
        {
            throw new UsageException("--lean is for JSONL or Parquet output (a CSV row holds the text once already; choose its columns with --fields)");
        }
        string[]? names = lean ? [.. RecordFields.Lean]
            : list?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names is null)
        {
            return null;
        }
        if (names.Length == 0)
        {
            throw new UsageException("--fields needs field names separated by commas");
        }
        try
        {
            return RecordFields.Choose(format, unit, names);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"{(lean ? "--lean" : "--fields")}: {e.Message}");
        }
    }

    internal static Shard? ParseShard(string? value)
    {
        try
        {
            return value is null ? null : Shard.Parse(value);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--shard: {e.Message}");
        }
    }

    private static RecordUnit ParseUnit(string value) => value switch
    {
        "paragraph" => RecordUnit.Paragraph,
        "sentence" => RecordUnit.Sentence,
        _ => RecordUnit.Document,
    };
}
