using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TextPipe.Documents;
using TextPipe.Readers;

namespace TextPipe.Text;

/// <summary>
/// Detects the character encoding of text bytes and decodes them. Order: BOM; binary signatures; strictly
/// valid UTF-8 without control bytes (the common case: one vectorised validation, one scan, one decode);
/// then, slowly, UTF-32/UTF-16 to explain NUL bytes, UTF-8 with a few errors, and legacy encodings.
/// Undecodable bytes become U+FFFD and are reported in an <c>undecodable-bytes</c> flag. Line endings are kept.
/// </summary>
public static class TextDecoder
{
    /// <summary>Flag code for byte sequences that could not be decoded.</summary>
    public const string UndecodableBytesFlag = "undecodable-bytes";

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="InputException"/> when they are not text.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return new DecodedText(string.Empty, TextEncodings.Utf8, []);
        }
        if (BomSniffer.TryDetect(bytes, out string bomEncoding, out int bomLength))
        {
            return DecodeWith(bytes, bomLength, bomEncoding);
        }
        if (BinarySignatures.Identify(bytes) is { } what)
        {
            throw new InputException($"binary file (looks like {what}), not text");
        }
        bool validUtf8 = Utf8Validator.IsValid(bytes);
        if (validUtf8 && !ControlBytes.ContainsAny(bytes))
        {
            return new DecodedText(Encoding.UTF8.GetString(bytes), TextEncodings.Utf8, []);
        }
        return DecodeUnusual(bytes, validUtf8);
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> as <paramref name="encoding"/> (a name the user gave, <c>--encoding</c>), or
    /// detects it when null. A byte order mark is dropped; undecodable bytes are flagged as in detection.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="encoding"/> is not a known encoding name.</exception>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? encoding)
    {
        if (encoding is null)
        {
            return Decode(bytes);
        }
        string name = CanonicalEncodingName(encoding) ?? throw new ArgumentException($"unknown encoding '{encoding}'", nameof(encoding));
        int bomLength = BomSniffer.TryDetect(bytes, out string bomEncoding, out int length) && bomEncoding == name ? length : 0;
        return DecodeWith(bytes, bomLength, name);
    }

    /// <summary>
    /// The name records report for an encoding name as a user or a label spells it (<c>GBK</c> → <c>gb18030</c>,
    /// <c>SJIS</c> → <c>shift_jis</c>, <c>latin1</c> → <c>windows-1252</c>), or null when it cannot be decoded.
    /// </summary>
    public static string? CanonicalEncodingName(string name) => TextEncodings.Canonicalize(name);

    /// <summary>Examples of encoding names, for messages about a wrong one.</summary>
    public static string EncodingExamples => "utf-8, utf-16le, gb18030 (gbk), big5, shift_jis, euc-kr, euc-jp, windows-1252";

    private static DecodedText DecodeUnusual(ReadOnlySpan<byte> bytes, bool validUtf8)
    {
        ControlByteCount controls = ControlBytes.Count(bytes);
        DecodingSample sample = DecodingSample.Take(bytes);
        if (controls.Nul > 0)
        {
            string wide = Utf32Sniffer.Detect(sample) ?? Utf16Sniffer.DetectWithZeros(sample)
                ?? throw new InputException("binary file (contains NUL bytes), not text");
            return DecodeWith(bytes, 0, wide);
        }
        string encoding = validUtf8 || Utf8Validator.Assess(bytes).IsUtf8WithErrors
            ? TextEncodings.Utf8
            : LegacyEncodingDetector.Detect(sample);
        // UTF-16 CJK text has low bytes below 0x20 (about 5% of its bytes); anything else with that many is binary.
        if (controls.LooksBinary && encoding is not (TextEncodings.Utf16LE or TextEncodings.Utf16BE))
        {
            throw new InputException(controls.Describe());
        }
        return DecodeWith(bytes, 0, encoding);
    }

    /// <summary>Decodes everything after <paramref name="start"/> (a BOM), counting undecodable sequences.</summary>
    private static DecodedText DecodeWith(ReadOnlySpan<byte> bytes, int start, string encodingName)
    {
        ReadOnlySpan<byte> body = bytes[start..];
        if (encodingName == TextEncodings.Utf8 && Utf8Validator.IsValid(body))
        {
            return new DecodedText(Encoding.UTF8.GetString(body), encodingName, []);
        }
        var fallback = new CountingDecoderFallback();
        Decoder decoder = TextEncodings.Get(encodingName, fallback).GetDecoder();
        int length = decoder.GetCharCount(body, flush: true);
        decoder.Reset();
        fallback.Reset(); // the counting pass ran the fallback too
        string text = string.Create(length, new DecodeState(body, decoder), static (chars, state) =>
            state.Decoder.GetChars(state.Body, chars, flush: true));
        if (fallback.Count == 0)
        {
            return new DecodedText(text, encodingName, []);
        }
        int located = UnicodeErrorLocator.FirstError(body, encodingName);
        int offset = start + (located >= 0 ? located : fallback.FirstIndex);
        string message = fallback.Count == 1
            ? string.Create(CultureInfo.InvariantCulture, $"1 undecodable byte sequence (at byte {offset}) replaced with U+FFFD")
            : string.Create(CultureInfo.InvariantCulture,
                $"{fallback.Count} undecodable byte sequences (first at byte {offset}) replaced with U+FFFD");
        Flag flag = new(UndecodableBytesFlag, message) { Offset = offset };
        return new DecodedText(text, encodingName, ImmutableArray.Create(flag));
    }

    private readonly ref struct DecodeState(ReadOnlySpan<byte> body, Decoder decoder)
    {
        public ReadOnlySpan<byte> Body { get; } = body;

        public Decoder Decoder { get; } = decoder;
    }
}
