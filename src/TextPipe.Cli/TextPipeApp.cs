using System.CommandLine;
using System.Text;
using TextPipe.Cli.Commands;

namespace TextPipe.Cli;

/// <summary>The command tree and its invocation: parse errors exit 2, as scripts expect of usage errors.</summary>
public static class TextPipeApp
{
    public static int Run(string[] args, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var convert = new ConvertCommand().Build(environment);
        var inspect = new InspectCommand().Build(environment);
        var check = new CheckCommand().Build(environment);
        var rules = RulesCommand.Build(environment);
        var root = new RootCommand("textpipe: extract and normalise multilingual text into clean, auditable records.") { convert, check, inspect, rules };
        HelpExamples.Install(root, new Dictionary<Command, string>
        {
            [root] = "  textpipe convert seeds > seeds.jsonl\n  textpipe inspect seeds/002_dc1707ab943e2af7.txt",
            [convert] = ConvertCommand.Examples,
            [check] = CheckCommand.Examples,
            [inspect] = InspectCommand.Examples,
            [rules] = RulesCommand.Examples,
        });
        var parse = root.Parse(args);
        try
        {
            return Invoke(root, parse, environment);
        }
        catch (IOException e) when (ClosedPipe.Is(e))
        {
            // `textpipe --help | head -5`: the reader has what it wanted; stop quietly, as convert does.
            return ExitCodes.Success;
        }
    }

    private static int Invoke(RootCommand root, ParseResult parse, CliEnvironment environment)
    {
        using var output = new StreamWriter(environment.StandardOutput, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n", AutoFlush = true };
        if (parse.Errors.Count > 0 && parse.Action is System.CommandLine.Invocation.ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                environment.StandardError.WriteLine($"textpipe: {error.Message}");
            }
            string commandPath = string.Join(' ', CommandPath(parse.CommandResult.Command, root));
            environment.StandardError.WriteLine($"Try '{commandPath} --help' for usage.");
            return ExitCodes.UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = environment.StandardError, EnableDefaultExceptionHandler = false });
    }

    private static IEnumerable<string> CommandPath(Command command, RootCommand root) =>
        command == root ? ["textpipe"] : ["textpipe", command.Name];
}
