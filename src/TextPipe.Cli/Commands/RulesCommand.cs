using System.CommandLine;
using System.Text;
using TextPipe.Cleanup;

namespace TextPipe.Cli.Commands;

/// <summary><c>textpipe rules</c>: the cleanup rules, one line each, in the order they run.</summary>
internal static class RulesCommand
{
    public const string Examples = """
          textpipe rules
          textpipe convert seeds --rules -image-links,+urls --urls mask
        """;

    public static Command Build(CliEnvironment environment)
    {
        var command = new Command("rules", "List the cleanup rules in the order they run, with the profiles that enable them.");
        command.SetAction(_ => CommandRunner.Guard(environment, () => Run(environment)));
        return command;
    }

    private static int Run(CliEnvironment environment)
    {
        var catalog = DefaultRules.CreateCatalog();
        using var output = new StreamWriter(environment.StandardOutput, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        int width = catalog.Rules.Select(r => r.Descriptor.Id.Length).DefaultIfEmpty(4).Max();
        foreach (var rule in catalog.Rules)
        {
            var d = rule.Descriptor;
            string profiles = string.Join(",", RuleCatalog.ProfileNames.Where(d.Profiles.Contains));
            output.WriteLine($"{d.Id.PadRight(width)}  {profiles,-22}  {d.Summary}");
        }
        return ExitCodes.Success;
    }
}
