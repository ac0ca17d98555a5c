using TextPipe.Inputs;
using TextPipe.Writers;

namespace TextPipe.Conversion;

/// <summary>
/// Where records go: one stream for all inputs (stdout or a file), or a directory with one output file
/// per input that mirrors the inputs' relative paths.
/// </summary>
public abstract class OutputTarget
{
    /// <summary>All records to one stream, which the caller owns.</summary>
    public static OutputTarget SingleStream(Stream stream) => new SingleStreamTarget(stream);

    /// <summary>One file per input under <paramref name="directory"/>, named after the input with the format's extension.</summary>
    public static OutputTarget PerInputDirectory(string directory) => new DirectoryTarget(directory);

    internal abstract IRecordWriter Open(InputItem input, WriterOptions options);

    /// <summary>Whether writers opened by <see cref="Open"/> live for the whole batch (true) or one input.</summary>
    internal abstract bool Shared { get; }

    private sealed class SingleStreamTarget(Stream stream) : OutputTarget
    {
        internal override bool Shared => true;

        internal override IRecordWriter Open(InputItem input, WriterOptions options) =>
            RecordWriterFactory.Create(stream, options, leaveOpen: true);
    }

    private sealed class DirectoryTarget(string directory) : OutputTarget
    {
        internal override bool Shared => false;

        internal override IRecordWriter Open(InputItem input, WriterOptions options)
        {
            string path = Path.Join(directory, input.RelativeName + ExtensionOf(options.Format));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
            return RecordWriterFactory.Create(stream, options, leaveOpen: false);
        }

        private static string ExtensionOf(OutputFormat format) => format switch
        {
            OutputFormat.Jsonl => ".jsonl",
            OutputFormat.Csv => ".csv",
            OutputFormat.Parquet => ".parquet",
            _ => ".txt",
        };
    }
}
