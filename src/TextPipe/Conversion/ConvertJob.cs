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
                    using var writer = target.Open(result.Input, writerOptions);
                    writer.Write(result.Document!);
                }
                converted++;
                observer.Converted(result);
            }
        }
        finally
        {
            shared?.Flush();
            shared?.Dispose();
        }
        return new ConvertSummary(converted, failed);
    }
}
