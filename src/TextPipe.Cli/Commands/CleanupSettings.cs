using System.CommandLine;
using TextPipe.Cleanup;

namespace TextPipe.Cli.Commands;

/// <summary>Options that choose the cleanup rules and their policies, shared by convert and inspect.</summary>
internal sealed class CleanupSettings
{
    private readonly bool offerRuleSpec;

    public Option<string> Profile { get; } = new("--profile")
    {
        Description = "Rule set: minimal, default or strict.",
        DefaultValueFactory = _ => "default",
        HelpName = "NAME",
    };

    public Option<string?> Rules { get; } = new("--rules")
    {
        Description = "Adjust the profile's rules: -id drops one, +id adds one, bare ids choose exactly those (see 'textpipe rules').",
        HelpName = "SPEC",
    };

    public Option<string?> GarbledNumbers { get; } = new("--garbled-numbers")
    {
        Description = "Sentences with numbers damaged beyond certain repair: drop, flag or keep. Default: the profile's (drop).",
        HelpName = "POLICY",
    };

    public Option<string?> Urls { get; } = new("--urls")
    {
        Description = "With the urls rule on: keep, mask or remove URLs and e-mail addresses.",
        HelpName = "POLICY",
    };

    public Option<string?> FullWidthLatin { get; } = new("--fullwidth-latin")
    {
        Description = "Full-width letters and digits (ＡＢＣ１２３) to ASCII: chinese (in Chinese text; default, strict), keep (minimal) or all (Japanese and Korean too).",
        HelpName = "POLICY",
    };

    public Option<string?> RulesFile { get; } = new("--rules-file")
    {
        Description = "YAML or JSON file with profile, rules and policies; options given on the command line win.",
        HelpName = "FILE",
    };

    /// <summary>
    /// <paramref name="offerRuleSpec"/> false leaves out <c>--rules SPEC</c>: <c>check</c> gives <c>--rules</c> to its
    /// own rules file, and its cleanup rules come from the profile and <c>--rules-file</c>.
    /// </summary>
    public CleanupSettings(bool offerRuleSpec = true)
    {
        this.offerRuleSpec = offerRuleSpec;
        Profile.AcceptOnlyFromAmong([.. RuleCatalog.ProfileNames]);
        GarbledNumbers.AcceptOnlyFromAmong("drop", "flag", "keep");
        Urls.AcceptOnlyFromAmong("keep", "mask", "remove");
        FullWidthLatin.AcceptOnlyFromAmong("keep", "chinese", "all");
    }

    public void AddTo(Command command)
    {
        command.Add(Profile);
        if (offerRuleSpec)
        {
            command.Add(Rules);
        }
        command.Add(GarbledNumbers);
        command.Add(Urls);
        command.Add(FullWidthLatin);
        command.Add(RulesFile);
    }

    /// <summary>The rules file (if any) with the command line's settings laid over it, resolved in the catalog.</summary>
    public CleanupOptions Resolve(ParseResult parse, RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var file = LoadRulesFile(parse.GetValue(RulesFile));
        var merged = file with
        {
            Profile = parse.GetResult(Profile) is { Implicit: false } ? parse.GetValue(Profile) : file.Profile,
            Rules = string.Join(",", new[] { file.Rules, offerRuleSpec ? parse.GetValue(Rules) : null }.Where(r => !string.IsNullOrWhiteSpace(r))),
            GarbledNumbers = ParsePolicy<GarbledNumbersPolicy>(parse.GetValue(GarbledNumbers)) ?? file.GarbledNumbers,
            Urls = ParsePolicy<UrlPolicy>(parse.GetValue(Urls)) ?? file.Urls,
            FullWidthLatin = ParsePolicy<FullWidthLatinPolicy>(parse.GetValue(FullWidthLatin)) ?? file.FullWidthLatin,
        };
        try
        {
            return merged.Resolve(catalog, "default");
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static TextPipe.Cleanup.RulesFile LoadRulesFile(string? path)
    {
        if (path is null)
        {
            return new TextPipe.Cleanup.RulesFile();
        }
        try
        {
            return TextPipe.Cleanup.RulesFile.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
    }

    private static T? ParsePolicy<T>(string? value)
        where T : struct, Enum =>
        value is null ? null : Enum.Parse<T>(value, ignoreCase: true);
}
