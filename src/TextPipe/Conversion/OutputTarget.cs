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

    /// <summary>
    /// One file per input under <paramref name="directory"/>, named after the input with the format's extension, each
    /// written through <paramref name="files"/> so that it appears only when complete.
    /// </summary>
    public static OutputTarget PerInputDirectory(string directory, OutputFiles files) => new DirectoryTarget(directory, files);

    internal abstract OutputSink Open(InputItem input, WriterOptions options);

    /// <summary>Whether writers opened by <see cref="Open"/> live for the whole batch (true) or one input.</summary>
    internal abstract bool Shared { get; }

    private sealed class SingleStreamTarget(Stream stream) : OutputTarget
    {
        internal override bool Shared => true;

        internal override OutputSink Open(InputItem input, WriterOptions options) =>
            new(RecordWriterFactory.Create(stream, options, leaveOpen: true), file: null);
    }

    private sealed class DirectoryTarget(string directory, OutputFiles files) : OutputTarget
    {
        internal override bool Shared => false;

        internal override OutputSink Open(InputItem input, WriterOptions options)
        {
            string path = Path.Join(directory, input.RelativeName + ExtensionOf(options.Format));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var file = files.Create(path);
            try
            {
                return new OutputSink(RecordWriterFactory.Create(file.Stream, options, leaveOpen: true), file);
            }
            catch
            {
                file.Dispose();
                throw;
            }
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

/// <summary>
/// A writer and, for a file of its own, that file: <see cref="Complete"/> finishes the records and puts the file in place;
/// disposing it before that (the run failed or was stopped) throws the file away.
/// </summary>
internal sealed class OutputSink(IRecordWriter writer, OutputFile? file) : IDisposable
{
    private bool finished;

    public IRecordWriter Writer => writer;

    public void Complete()
    {
        finished = true;
        writer.Dispose(); // flushes the records
        file?.Complete();
    }

    public void Dispose()
    {
        if (finished)
        {
            return;
        }
        finished = true;
        try
        {
            writer.Dispose();
        }
        finally
        {
            file?.Dispose();
        }
    }
}
