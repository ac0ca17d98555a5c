using System.Collections.Immutable;
using TextPipe.Documents;

namespace TextPipe.Text;

/// <summary>Bytes turned into text: the text, the encoding used, and findings about the decoding (undecodable bytes...).</summary>
/// <param name="Encoding">Lower-case WHATWG-style name: <c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>gb18030</c>, <c>big5</c>, <c>shift_jis</c>, <c>euc-kr</c>, <c>windows-1252</c>...</param>
public sealed record DecodedText(string Text, string Encoding, ImmutableArray<Flag> Flags);
