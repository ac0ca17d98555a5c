namespace TextPipe.Conversion;

/// <summary>Tells several observers about each result, in the order given.</summary>
public sealed class ObserverGroup(params IConversionObserver[] observers) : IConversionObserver
{
    public void Converted(ConversionResult result)
    {
        foreach (var observer in observers)
        {
            observer.Converted(result);
        }
    }

    public void Failed(ConversionResult result)
    {
        foreach (var observer in observers)
        {
            observer.Failed(result);
        }
    }
}
