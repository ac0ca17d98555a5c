using TextPipe.Bench;
using TextPipe.Bench.WebExtract;

// Accuracy benchmarks over ../shared/benchmarks: one small class per command; add new ones to this list.
IBenchCommand[] commands = [new MojibakeCommand(), new LangIdCommand(), new CwsCommand(), new SentencesCommand(), new LangIdExplainCommand(), new PdfCommand(), new EditsCommand(), new UdhrCommand(), new LangIdCalibrateCommand(), new WebExtractCommand(), new GenCorpusCommand(), new StagesCommand(), new StageMemoryCommand(), new NearDupCommand(), new HtmlBlocksCommand()];

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: textpipe-bench COMMAND ARGS...");
    foreach (var command in commands)
    {
        Console.Error.WriteLine($"  {command.Usage}");
    }
    return args.Length == 0 ? 2 : 0;
}

var chosen = commands.FirstOrDefault(c => c.Name == args[0]);
if (chosen is null)
{
    Console.Error.WriteLine($"unknown command '{args[0]}'; commands: {string.Join(", ", commands.Select(c => c.Name))}");
    return 2;
}
return chosen.Run(args[1..]);
