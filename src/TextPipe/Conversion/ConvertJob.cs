using TextPipe.Inputs;
using TextPipe.Writers;

namespace TextPipe.Conversion;

/// <summary>
/// A whole conversion: inputs through the converter into the output target, failures to the observer.
/// Writing happens on the calling thread in input order, so output bytes do not depend on the job count.
/// </summary>
public sealed class ConvertJob(BatchConverter converter, OutputTarget target, WriterOptions writerOptions)
{
    public ConvertSummary Run(IEnumerable<InputItem> inputs, IConversionObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        int converted = 0;
        int failed = 0;
        IRecordWriter? shared = null;
        IRecordWriter? perInput = null;
        InputItem? perInputFor = null;
        try
        {
            foreach (var result in converter.Convert(inputs))
            {
                if (!result.Succeeded)
                {
                    failed++;
                    observer.Failed(result);
                    continue;
                }
                if (target.Shared)
                {
                    shared ??= target.Open(result.Input, writerOptions);
                    shared.Write(result.Document!);
                }
                else
                {
                    // The rows of a dataset come one after another with the same input: one output file for all of them.
                    if (perInput is null || !ReferenceEquals(perInputFor, result.Input))
                    {
                        perInput?.Dispose();
                        perInput = target.Open(result.Input, writerOptions);
                        perInputFor = result.Input;
                    }
                    perInput.Write(result.Document!);
                }
                converted++;
                observer.Converted(result);
            }
        }
        finally
        {
            shared?.Flush();
            shared?.Dispose();
            perInput?.Dispose();
        }
        return new ConvertSummary(converted, failed);
    }
}
