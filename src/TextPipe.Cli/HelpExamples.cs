using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace TextPipe.Cli;

/// <summary>
/// Adds an "Examples:" section at the end of each command's --help, so command descriptions stay one line
/// in the overview while every command still shows real invocations.
/// </summary>
internal static class HelpExamples
{
    public static void Install(RootCommand root, IReadOnlyDictionary<Command, string> examples)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction standard)
        {
            help.Action = new HelpWithExamplesAction(standard, examples);
        }
    }

    private sealed class HelpWithExamplesAction(HelpAction standard, IReadOnlyDictionary<Command, string> examples)
        : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int result = standard.Invoke(parseResult);
            if (examples.TryGetValue(parseResult.CommandResult.Command, out string? text))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                output.WriteLine(text.TrimEnd());
                output.WriteLine();
                // A command whose exit codes mean something else (check) says so at the end of its examples.
                if (text.Contains("Exit codes:", StringComparison.Ordinal))
                {
                    return result;
                }
                output.WriteLine("Exit codes: 0 success; 1 an input failed (unreadable, empty document, bad dataset row, over a limit or --timeout-per-doc: one 'textpipe: PATH: reason' line each) or the output could not be written (a reader that closed the pipe, as head does, is not a failure); 2 usage error (unknown option, field, encoding, language code or output extension; a limit out of range).");
            }
            return result;
        }
    }
}
