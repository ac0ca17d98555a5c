using System.CommandLine;
using TextPipe.Cleanup;
using TextPipe.Conversion;
using TextPipe.Language;
using TextPipe.Readers;
using TextPipe.Segmentation;
using TextPipe.Segmentation.Chinese;

namespace TextPipe.Cli.Commands;

/// <summary>Everything that decides how one input becomes a document (reading and cleanup), shared by convert and inspect.</summary>
internal sealed class ConversionSettings
{
    private readonly ReadOptions readOptions = new();
    private readonly CleanupSettings cleanupSettings;

    /// <param name="offerCleanupRuleSpec">False for <c>check</c>, whose <c>--rules</c> names its rules file.</param>
    public ConversionSettings(bool offerCleanupRuleSpec = true) => cleanupSettings = new CleanupSettings(offerCleanupRuleSpec);

    public Option<string?> Langs { get; } = new("--langs")
    {
        Description = "Only these languages are candidates for detection (e.g. zh,en,fr); text that fits none of them is und; the record lists them in lang_candidates. A code outside the 31 supported is a usage error.",
        HelpName = "CODES",
    };

    public Option<bool> Tokens { get; } = new("--tokens")
    {
        Description = "Add word tokens (Chinese words included) to each paragraph record.",
    };

    public Option<string?> UserDict { get; } = new("--user-dict")
    {
        Description = "Extra Chinese words for --tokens, one per line (optionally followed by a frequency).",
        HelpName = "FILE",
    };

    public Option<string> WordConvention { get; } = new("--word-convention")
    {
        Description = "Chinese word length for --tokens: pku (fine: 1995年 / 6月, 王 / 光荣) or msr (whole dates, numbers with their unit, full names).",
        HelpName = "pku|msr",
        DefaultValueFactory = _ => "pku",
    };

    /// <summary>The default of <c>--timeout-per-doc</c>: far above any real document (the slowest seen take seconds), low enough that a stuck batch is noticed.</summary>
    public const double DefaultTimeoutSeconds = 60;

    public Option<double?> TimeoutPerDoc { get; } = new("--timeout-per-doc")
    {
        Description = $"Fail a document still being converted after this many seconds with an error naming this option, and go on with the others; 0 for no limit. Default: {DefaultTimeoutSeconds}.",
        HelpName = "SECONDS",
    };

    public void AddTo(Command command)
    {
        readOptions.AddTo(command);
        command.Add(TimeoutPerDoc);
        cleanupSettings.AddTo(command);
        command.Add(Langs);
        command.Add(Tokens);
        command.Add(UserDict);
        WordConvention.AcceptOnlyFromAmong("pku", "msr");
        command.Add(WordConvention);
    }

    public bool WantsTokens(ParseResult parse) => parse.GetValue(Tokens);

    /// <summary>The dataset field the text is read from (<c>--text-field</c>).</summary>
    public string TextField(ParseResult parse) => readOptions.Resolve(parse).TextField;

    /// <summary>Validates the options (usage errors throw <see cref="UsageException"/>) and builds the converter.</summary>
    public BatchConverter CreateConverter(ParseResult parse, CliEnvironment environment, int jobs, Shard? shard = null)
    {
        var readerOptions = readOptions.Resolve(parse);
        var catalog = DefaultRules.CreateCatalog();
        var pipeline = PipelineFactory.Create(catalog, cleanupSettings.Resolve(parse, catalog), ParseLanguages(parse), CreateTokenStage(parse));
        return new BatchConverter(new DocumentLoader(readerOptions), pipeline, jobs, environment.OpenStandardInput)
        {
            Shard = shard,
            DocumentTimeout = ResolveTimeout(parse),
        };
    }

    private TimeSpan ResolveTimeout(ParseResult parse)
    {
        double seconds = parse.GetValue(TimeoutPerDoc) ?? DefaultTimeoutSeconds;
        if (!(seconds >= 0) || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            throw new UsageException("--timeout-per-doc takes a number of seconds (0 for no limit)");
        }
        return seconds == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(seconds);
    }

    private LanguageSet? ParseLanguages(ParseResult parse)
    {
        string? list = parse.GetValue(Langs);
        if (list is null)
        {
            return null;
        }
        var codes = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? bad = codes.FirstOrDefault(c => !LanguageCodes.IsWellFormed(c));
        if (codes.Length == 0 || bad is not null)
        {
            throw new UsageException($"--langs takes language codes separated by commas (e.g. zh,en,fr), not '{bad ?? list}'");
        }
        var known = PipelineFactory.DetectableLanguages;
        string[] unknown = [.. codes.Where(c => !known.Contains(c))];
        if (unknown.Length > 0)
        {
            // A typo (fe for fr) would otherwise make every document und without a word.
            throw new UsageException($"--langs: unknown language code{(unknown.Length == 1 ? "" : "s")} {string.Join(", ", unknown.Select(c => $"'{c}'"))}; valid codes: {string.Join(",", known.Codes.Order(StringComparer.Ordinal))}");
        }
        return new LanguageSet(codes);
    }

    private TokenStage? CreateTokenStage(ParseResult parse)
    {
        string? userDict = parse.GetValue(UserDict);
        bool conventionGiven = parse.GetResult(WordConvention) is { Implicit: false };
        if (!parse.GetValue(Tokens))
        {
            return userDict is not null ? throw new UsageException("--user-dict only applies with --tokens")
                : conventionGiven ? throw new UsageException("--word-convention only applies with --tokens")
                : null;
        }
        var convention = parse.GetValue(WordConvention) == "msr" ? ChineseWordConvention.Msr : ChineseWordConvention.Pku;
        if (userDict is null && convention == ChineseWordConvention.Pku)
        {
            return new TokenStage(new WordTokenizer(ChineseSegmenter.Default));
        }
        IReadOnlyDictionary<string, int>? words = null;
        if (userDict is not null)
        {
            try
            {
                words = ChineseSegmenterOptions.ReadUserDictionary(userDict);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                throw new UsageException($"{userDict}: {e.Message}");
            }
        }
        var options = words is null
            ? new ChineseSegmenterOptions { Convention = convention }
            : new ChineseSegmenterOptions { Convention = convention, UserWords = words };
        return new TokenStage(new WordTokenizer(new ChineseSegmenter(options)));
    }
}
