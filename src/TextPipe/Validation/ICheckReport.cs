namespace TextPipe.Validation;

/// <summary>Where a check's outcomes go, in input order, then the summary. Implementations write to a stream they are given, never to the console.</summary>
public interface ICheckReport : IDisposable
{
    void Document(DocumentOutcome outcome);

    void Finish(CheckSummary summary);
}
