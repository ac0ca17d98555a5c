using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Tokens;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// The raw bytes of each text-showing operation of a page's content stream, numbered the way PdfPig numbers
/// <see cref="Letter.TextSequence"/> (1 for the first Tj/TJ/'/"). PdfPig does not expose a letter's character
/// code, so this is how a run drawn through a single-byte font gets its codes back for re-decoding.
/// </summary>
internal sealed class RawCodeIndex
{
    private readonly List<byte[]> _bytesBySequence;

    private RawCodeIndex(List<byte[]> bytesBySequence) => _bytesBySequence = bytesBySequence;

    public static RawCodeIndex Build(Page page)
    {
        var list = new List<byte[]>();
        foreach (IGraphicsStateOperation op in page.Operations)
        {
            switch (op)
            {
                case ShowText show:
                    list.Add(show.Bytes.ToArray());
                    break;
                case MoveToNextLineShowText next:
                    list.Add(next.Bytes.ToArray());
                    break;
                case MoveToNextLineShowTextWithSpacing spaced:
                    list.Add(spaced.Bytes.ToArray());
                    break;
                case ShowTextsWithPositioning positioned:
                    var bytes = new List<byte>();
                    foreach (IToken token in positioned.Array)
                    {
                        if (token is HexToken hex)
                        {
                            bytes.AddRange(hex.Bytes);
                        }
                        else if (token is StringToken text)
                        {
                            bytes.AddRange(text.GetBytes());
                        }
                    }
                    list.Add([.. bytes]);
                    break;
            }
        }
        return new RawCodeIndex(list);
    }

    /// <summary>The bytes of text operation <paramref name="sequence"/> (1-based), or null if unknown.</summary>
    public byte[]? Get(int sequence) =>
        sequence >= 1 && sequence <= _bytesBySequence.Count ? _bytesBySequence[sequence - 1] : null;
}
