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
        OutputSink? shared = null;
        OutputSink? perInput = null;
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
                    shared.Writer.Write(result.Document!);
                }
                else
                {
                    // The rows of a dataset come one after another with the same input: one output file for all of them.
                    if (perInput is null || !ReferenceEquals(perInputFor, result.Input))
                    {
                        perInput?.Complete();
                        perInput = target.Open(result.Input, writerOptions);
                        perInputFor = result.Input;
                    }
                    perInput.Writer.Write(result.Document!);
                }
                converted++;
                observer.Converted(result);
            }
            // Only a run that got to its end puts its outputs in place; one that throws leaves none half written.
            shared?.Complete();
            perInput?.Complete();
        }
        finally
        {
            shared?.Dispose();
            perInput?.Dispose();
        }
        return new ConvertSummary(converted, failed);
    }
}
