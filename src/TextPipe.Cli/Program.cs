using TextPipe.Cli;

return TextPipeApp.Run(args, CliEnvironment.FromProcess());
