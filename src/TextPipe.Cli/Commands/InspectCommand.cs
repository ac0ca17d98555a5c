using TextPipe.Cleanup;
using System.CommandLine;
using System.Text;
using TextPipe.Conversion;
using TextPipe.Inputs;
using TextPipe.Readers;
using TextPipe.Reporting;

namespace TextPipe.Cli.Commands;

/// <summary><c>textpipe inspect FILE</c>: a readable report of one input.</summary>
internal sealed class InspectCommand
{
    private const string Description =
        "Show what one input is and what the pipeline makes of it: format, encoding, size, blocks, languages, flags and edits. Colour only on a terminal (NO_COLOR turns it off).";

    public const string Examples = """
          textpipe inspect seeds/004_42a46058bb990097.txt
          textpipe inspect page.md --format-in text
          cat scraped.txt | textpipe inspect -
          textpipe inspect reviews.csv --text-field review --row 42
        """;

    private readonly ConversionSettings conversionSettings = new();

    private readonly Argument<string> file = new("FILE")
    {
        Description = "The file to inspect, or - for stdin.",
    };

    private readonly Option<string?> row = new("--row")
    {
        Description = "For a dataset (JSONL, CSV): inspect this row, by its number counted from 1 (blank lines and the CSV header are not rows) or by its record id.",
        HelpName = "N|ID",
    };

    public Command Build(CliEnvironment environment)
    {
        var command = new Command("inspect", Description) { file, row };
        conversionSettings.AddTo(command);
        command.SetAction(parse => CommandRunner.Guard(environment, () => Run(parse, environment)));
        return command;
    }

    private int Run(ParseResult parse, CliEnvironment environment)
    {
        string path = parse.GetValue(file)!;
        ConvertCommand.RejectUnknownOptions([path]);
        InputItem input = Directory.Exists(path)
            ? new UnreadableInput(path, "is a directory; inspect takes one file")
            : new InputExpander(InputFilter.All).Expand([path]).First();
        var converter = conversionSettings.CreateConverter(parse, environment, 1);
        string? rowSelector = parse.GetValue(row);
        if (rowSelector is not null && string.IsNullOrWhiteSpace(rowSelector))
        {
            throw new UsageException("--row needs a row number (from 1) or a record id");
        }
        var result = rowSelector is null ? converter.ConvertOne(input) : converter.ConvertRow(input, rowSelector.Trim());
        if (!result.Succeeded)
        {
            environment.StandardError.WriteLine($"textpipe: {result.Input.Name}: {result.Error}");
            return ExitCodes.InputFailed;
        }
        using var writer = new StreamWriter(environment.StandardOutput, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        new InspectionRenderer(writer, color: environment.OutputIsTerminal && !environment.NoColor).Render(InspectionReport.From(result.Document!));
        return ExitCodes.Success;
    }
}
