using System.CommandLine;
using TextPipe.Cleanup;

namespace TextPipe.Cli.Commands;

/// <summary>Options that choose the cleanup rules and their policies, shared by convert and inspect.</summary>
internal sealed class CleanupSettings
{
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

    public CleanupSettings()
    {
        Profile.AcceptOnlyFromAmong([.. RuleCatalog.ProfileNames]);
        GarbledNumbers.AcceptOnlyFromAmong("drop", "flag", "keep");
        Urls.AcceptOnlyFromAmong("keep", "mask", "remove");
    }

    public void AddTo(Command command)
    {
        command.Add(Profile);
        command.Add(Rules);
        command.Add(GarbledNumbers);
        command.Add(Urls);
    }

    public CleanupOptions Resolve(ParseResult parse, RuleCatalog catalog)
    {
        CleanupOptions options;
        try
        {
            options = catalog.Resolve(parse.GetValue(Profile)!, parse.GetValue(Rules));
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
        options = parse.GetValue(GarbledNumbers) switch
        {
            "drop" => options with { GarbledNumbers = GarbledNumbersPolicy.Drop },
            "flag" => options with { GarbledNumbers = GarbledNumbersPolicy.Flag },
            "keep" => options with { GarbledNumbers = GarbledNumbersPolicy.Keep },
            _ => options,
        };
        return parse.GetValue(Urls) switch
        {
            "keep" => options with { Urls = UrlPolicy.Keep },
            "mask" => options with { Urls = UrlPolicy.Mask },
            "remove" => options with { Urls = UrlPolicy.Remove },
            _ => options,
        };
    }
}
