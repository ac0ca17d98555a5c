namespace TextPipe.Writers;

/// <summary>Creates the <see cref="IRecordWriter"/> for a format.</summary>
public static class RecordWriterFactory
{
    /// <summary>Creates a writer of <paramref name="options"/>' format and unit on <paramref name="output"/>.</summary>
    /// <param name="output">A writable stream; records are written from its current position.</param>
    /// <param name="options">Format, unit and extras.</param>
    /// <param name="leaveOpen">Whether <paramref name="output"/> stays open when the writer is disposed.</param>
    /// <remarks>A CSV writer writes its header row at once, so an empty run still yields a valid CSV file.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The format or unit is not one of the defined values.</exception>
    public static IRecordWriter Create(Stream output, WriterOptions options, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }
        if (!Enum.IsDefined(options.Unit))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Unit, "Unknown record unit.");
        }

        return options.Format switch
        {
            OutputFormat.Jsonl => new JsonlRecordWriter(output, options, leaveOpen),
            OutputFormat.Csv => new CsvRecordWriter(output, options.Unit, leaveOpen, options.Fields),
            OutputFormat.Txt => new TxtRecordWriter(output, options.Unit, leaveOpen),
            OutputFormat.Parquet => new Parquet.ParquetRecordWriter(output, options, leaveOpen),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Format, "Unknown output format."),
        };
    }
}
