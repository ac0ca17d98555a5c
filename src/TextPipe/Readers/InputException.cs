namespace TextPipe.Readers;

/// <summary>
/// An input that cannot be turned into a document (binary, empty, a line over the limit...). The message
/// is a short reason for a person; the caller names the file. Thrown by readers, caught per input so the batch goes on.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InputException()
    {
    }
}
