namespace TextPipe.Conversion;

/// <summary>Told about each finished input, in order: the CLI reports failures and progress through it.</summary>
public interface IConversionObserver
{
    void Converted(ConversionResult result);

    void Failed(ConversionResult result);
}
