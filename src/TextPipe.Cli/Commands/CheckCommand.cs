using System.CommandLine;
using TextPipe.Conversion;
using TextPipe.Inputs;
using TextPipe.Validation;
using TextPipe.Validation.Reports;

namespace TextPipe.Cli.Commands;

/// <summary><c>textpipe check</c>: inputs through the conversion, then the check rules; a report and an exit code CI can trust. Symbols here, work in the library.</summary>
internal sealed class CheckCommand
{
    private const string Description = "Check documents against rules (hygiene, length, languages, cleanup residue, quality, duplicates, dataset fields) and report; exit 0 when all pass, 1 when any fails, 2 for a usage error or a bad rules file.";

    public const string Examples = """
          textpipe check corpus/ --rules rules.yaml                   human report, grouped by file
          textpipe check data.jsonl --rules rules.yaml --report github  annotations in a GitHub Actions log
          textpipe check corpus/ --report junit -o check.xml          test results for CI
          textpipe check corpus/ --report sarif -o check.sarif        for code-scanning views
          textpipe check corpus/ --write-baseline baseline.json       accept today's findings ...
          textpipe check corpus/ --baseline baseline.json             ... and fail only on new ones

        Exit codes: 0 every document passed (warnings allowed); 1 a document failed (an error finding, or an input that could not be read); 2 usage error or bad rules file (the message names its line and key).
        """;

    private readonly ConversionSettings conversionSettings = new(offerCleanupRuleSpec: false);

    private readonly Argument<string[]> paths = new("PATH")
    {
        Description = "Files or directories to check (directories are searched recursively); - reads stdin.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> rules = new("--rules")
    {
        Description = "Check rules file (YAML or JSON): per rule its settings, severity, on/off, and overrides by path glob (see docs/check.md). Default: every rule's defaults. (Cleanup rules come from --profile and --rules-file.)",
        HelpName = "FILE",
    };

    private readonly Option<string> report = new("--report")
    {
        Description = "Report format: text (grouped by file), json, junit (a test case per document and rule), github (workflow annotations) or sarif (SARIF 2.1.0). Each ends with the summary: documents, passed, failed, warnings, duplicates.",
        DefaultValueFactory = _ => "text",
        HelpName = "FORMAT",
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write the report to this file (missing parent folders are created). Default: stdout.",
        HelpName = "FILE",
    };

    private readonly Option<string?> baseline = new("--baseline")
    {
        Description = "Accept the findings recorded in this baseline (from --write-baseline): they are counted, not reported, and do not fail the check.",
        HelpName = "FILE",
    };

    private readonly Option<string?> writeBaseline = new("--write-baseline")
    {
        Description = "Write every finding's fingerprint (rule id, path, hash of the snippet) to this file, for --baseline.",
        HelpName = "FILE",
    };

    private readonly Option<int?> maxFailures = new("--max-failures")
    {
        Description = "Stop after N documents have failed (the report and exit code say so).",
        HelpName = "N",
    };

    private readonly Option<int?> jobs = new("--jobs", "-j")
    {
        Description = "Inputs checked in parallel. Default: all cores. The report is identical for any value.",
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

    private readonly Option<bool> hidden = new("--hidden")
    {
        Description = "Also read hidden files and folders (names starting with a dot) under directories.",
    };

    public CheckCommand()
    {
        report.AcceptOnlyFromAmong([.. CheckReports.Names]);
    }

    public Command Build(CliEnvironment environment)
    {
        var command = new Command("check", Description) { paths, rules, report, output, baseline, writeBaseline, maxFailures, jobs, include, exclude, hidden };
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
        if (parse.GetValue(maxFailures) is < 1)
        {
            throw new UsageException("--max-failures must be at least 1");
        }
        var config = LoadRules(parse.GetValue(rules));
        var accepted = LoadBaseline(parse.GetValue(baseline));
        string[] pathValues = parse.GetValue(paths) ?? [];
        ConvertCommand.RejectUnknownOptions(pathValues);
        var filter = new InputFilter(parse.GetValue(include) ?? [], parse.GetValue(exclude) ?? [], parse.GetValue(hidden));
        var inputs = new InputExpander(filter).Expand(pathValues);
        var converter = conversionSettings.CreateConverter(parse, environment, jobCount);
        var checker = new CorpusChecker(config, jobCount) { TextField = conversionSettings.TextField(parse) };
        string? reportPath = parse.GetValue(output);
        string? baselineOut = parse.GetValue(writeBaseline);
        var fingerprints = baselineOut is null ? null : new List<string>();
        var format = Enum.Parse<ReportFormat>(parse.GetValue(report)!, ignoreCase: true);

        var reporter = new StderrReporter(environment, ProgressPolicy.ShowProgress(environment.ErrorIsTerminal, environment.OutputIsTerminal, reportPath is null, quiet: false));
        var results = converter.Convert(inputs).Select(result =>
        {
            if (result.Succeeded)
            {
                reporter.Converted(result);
            }
            else
            {
                reporter.Failed(result);
            }
            return result;
        });
        CheckSummary summary;
        using (var target = reportPath is null ? null : new FileStream(OutputFolders.Prepare(reportPath, "-o"), FileMode.Create, FileAccess.Write, FileShare.None))
        {
            var stream = target ?? environment.StandardOutput;
            bool color = format == ReportFormat.Text && target is null && environment.OutputIsTerminal && !environment.NoColor;
            using var checkReport = CheckReports.Create(format, stream, config.Catalog, color);
            var run = new CheckRun(checkReport)
            {
                Baseline = accepted,
                MaxFailures = parse.GetValue(maxFailures),
                Fingerprints = fingerprints,
            };
            summary = run.Run(checker.Check(results));
            stream.Flush();
        }
        reporter.Finish();
        if (baselineOut is not null)
        {
            using var file = new FileStream(OutputFolders.Prepare(baselineOut, "--write-baseline"), FileMode.Create, FileAccess.Write, FileShare.None);
            Baseline.Write(file, fingerprints!);
        }
        return summary.Failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    private static CheckConfig LoadRules(string? path)
    {
        if (path is null)
        {
            return CheckConfig.Default;
        }
        try
        {
            return CheckRulesFile.Parse(File.ReadAllText(path), Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
    }

    private static Baseline? LoadBaseline(string? path)
    {
        if (path is null)
        {
            return null;
        }
        try
        {
            using var file = File.OpenRead(path);
            return Baseline.Read(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new UsageException($"--baseline {path}: {e.Message}");
        }
    }
}
