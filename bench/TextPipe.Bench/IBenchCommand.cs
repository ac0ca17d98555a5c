namespace TextPipe.Bench;

/// <summary>One benchmark command: a name, a usage line, and a run method returning the exit code.</summary>
internal interface IBenchCommand
{
    string Name { get; }

    string Usage { get; }

    int Run(IReadOnlyList<string> args);
}
