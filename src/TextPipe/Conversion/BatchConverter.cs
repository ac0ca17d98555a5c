using TextPipe.Documents;
using TextPipe.Inputs;
using TextPipe.Pipeline;
using TextPipe.Readers;

namespace TextPipe.Conversion;

/// <summary>
/// Reads each input, runs the pipeline on it, and yields the results in input order, on
/// <paramref name="jobs"/> threads. One bad input becomes a failed result; the batch goes on.
/// Standard input comes in through <paramref name="openStandardInput"/> so the library never touches the console.
/// </summary>
public sealed class BatchConverter(DocumentLoader loader, DocumentPipeline pipeline, int jobs, Func<Stream> openStandardInput)
{
    public IEnumerable<ConversionResult> Convert(IEnumerable<InputItem> inputs) =>
        OrderedParallel.Map(inputs, ConvertOne, Math.Max(1, jobs));

    public ConversionResult ConvertOne(InputItem input)
    {
        try
        {
            Document document = input switch
            {
                UnreadableInput unreadable => throw new InputException(unreadable.Reason),
                StandardInput => ReadStandardInput(),
                FileInput file => ReadFile(file),
                _ => throw new InputException($"unknown input kind {input.GetType().Name}"),
            };
            return ConversionResult.Success(input, pipeline.Run(document));
        }
        catch (InputException e)
        {
            return ConversionResult.Failure(input, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ConversionResult.Failure(input, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in a reader or stage must not end a batch of a million files: report it against
            // this input, with enough to file an issue, and go on.
            return ConversionResult.Failure(input, $"internal error ({e.GetType().Name}): {e.Message}");
        }
    }

    private Document ReadStandardInput()
    {
        using var stdin = openStandardInput();
        return loader.ReadStream(stdin, SourceInfo.StandardInput);
    }

    private Document ReadFile(FileInput file)
    {
        using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return loader.ReadStream(stream, SourceInfo.FromPath(file.Name));
    }
}
