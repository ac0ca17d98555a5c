using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Readers.Html;

/// <summary>
/// Decodes an HTML page in the order browsers trust: a byte-order mark; else the charset the page declares
/// (<see cref="HtmlCharsetSniffer"/>); else detection by <see cref="TextDecoder"/>. A declared charset that
/// cannot decode the bytes (a page saying UTF-8 but written in GBK, a common server misconfiguration) is
/// overruled by detection when detection decodes them cleanly, with a <c>charset-mismatch</c> flag.
/// </summary>
internal static class HtmlTextDecoder
{
    public const string CharsetMismatchFlag = "charset-mismatch";

    /// <exception cref="InputException">The bytes are binary, not text.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (BomSniffer.TryDetect(bytes, out _, out _))
        {
            return TextDecoder.Decode(bytes);
        }
        if (BinarySignatures.Identify(bytes) is { } what)
        {
            throw new InputException($"binary file (looks like {what}), not HTML");
        }
        if (HtmlCharsetSniffer.FindDeclared(bytes) is not { } label || Canonicalize(label) is not { } declared)
        {
            return TextDecoder.Decode(bytes);
        }
        var (text, errors) = DecodeWith(bytes, declared);
        if (errors == 0)
        {
            return new DecodedText(text, declared, []);
        }
        var detected = TextDecoder.Decode(bytes);
        if (detected.Flags.IsDefaultOrEmpty && detected.Encoding != declared)
        {
            var flag = new Flag(CharsetMismatchFlag,
                $"the page declares charset {label}, which does not decode its bytes; decoded as {detected.Encoding}");
            return detected with { Flags = [flag] };
        }
        var undecodable = new Flag(TextDecoder.UndecodableBytesFlag, string.Create(CultureInfo.InvariantCulture,
            $"{errors} undecodable byte sequence(s) in the declared charset {declared} replaced with U+FFFD"));
        return new DecodedText(text, declared, ImmutableArray.Create(undecodable));
    }

    /// <summary>
    /// The name a declared label decodes as, or null when .NET cannot decode it. As the WHATWG Encoding
    /// standard says, a UTF-16 label in a page without a BOM means UTF-8 (the meta tag itself was read as
    /// ASCII), and x-user-defined means Windows-1252.
    /// </summary>
    private static string? Canonicalize(string label)
    {
        string lower = label.Trim().ToLowerInvariant();
        return lower switch
        {
            "utf-16" or "utf-16le" or "utf-16be" or "unicode" => TextEncodings.Utf8,
            "x-user-defined" => TextEncodings.Windows1252,
            "x-gbk" => TextEncodings.Gb18030,
            "x-sjis" or "ms_kanji" or "csshiftjis" => TextEncodings.ShiftJis,
            _ => TextEncodings.Canonicalize(lower),
        };
    }

    private static (string Text, int Errors) DecodeWith(ReadOnlySpan<byte> bytes, string encodingName)
    {
        var fallback = new CountingDecoderFallback();
        Encoding encoding = TextEncodings.Get(encodingName, fallback);
        string text = encoding.GetString(bytes);
        return (text, fallback.Count);
    }
}
