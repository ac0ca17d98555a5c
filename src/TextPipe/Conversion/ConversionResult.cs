using TextPipe.Documents;
using TextPipe.Inputs;

namespace TextPipe.Conversion;

/// <summary>What became of one input: a document, or a one-line reason it could not be read.</summary>
public sealed record ConversionResult(InputItem Input, Document? Document, string? Error)
{
    public bool Succeeded => Document is not null;

    public static ConversionResult Success(InputItem input, Document document) => new(input, document, null);

    public static ConversionResult Failure(InputItem input, string error) => new(input, null, error);
}
