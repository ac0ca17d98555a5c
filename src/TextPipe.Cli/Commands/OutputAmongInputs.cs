using TextPipe.Inputs;

namespace TextPipe.Cli.Commands;

/// <summary>
/// Keeps the output out of the inputs: <c>convert a.txt -o a.txt</c> would replace the input with its own records,
/// and <c>convert dir -o dir/all.jsonl</c> would read the previous run's output as an input.
/// </summary>
internal static class OutputAmongInputs
{
    /// <summary>
    /// The inputs without the output file (or, for an output folder, without the files under it) found under a directory;
    /// an output named as an input on the command line is a usage error, since the user asked for both.
    /// </summary>
    /// <exception cref="UsageException">The output file is one of the paths given.</exception>
    public static IEnumerable<InputItem> Exclude(IEnumerable<InputItem> inputs, IEnumerable<string> pathValues, string outputPath, bool outputIsFolder)
    {
        string output = Full(outputPath);
        if (!outputIsFolder && pathValues.Any(p => p != "-" && File.Exists(p) && Full(p) == output))
        {
            throw new UsageException($"-o {outputPath}: that file is also an input; write the output somewhere else");
        }
        string folder = output.EndsWith(Path.DirectorySeparatorChar) ? output : output + Path.DirectorySeparatorChar;
        return inputs.Where(input => input is not FileInput file || !(outputIsFolder ? Full(file.Path).StartsWith(folder, StringComparison.Ordinal) : Full(file.Path) == output));
    }

    private static string Full(string path) => Path.GetFullPath(path);
}
