using System.Globalization;
using System.Text;
using TextPipe.Text;

namespace TextPipe.Readers.Datasets;

/// <summary>
/// Turns a dataset's bytes into UTF-8 for the row parsers: as <see cref="ReaderOptions.Encoding"/> says, else
/// UTF-8 when the first 64 KiB are valid UTF-8 (or start with a BOM), else the legacy encoding the plain-text
/// reader would detect (GB18030, Big5, Shift_JIS, EUC-KR, Windows-1252). A Shift_JIS CSV then reads with its
/// real column names instead of mojibake. Transcodes as it streams, so memory stays bounded.
/// </summary>
internal static class DatasetEncoding
{
    /// <summary>A UTF-8 view of <paramref name="content"/> and the encoding it was read as. Disposing the view may dispose <paramref name="content"/>.</summary>
    public static Stream OpenUtf8(Stream content, string? forced, out string encoding)
    {
        if (forced is not null)
        {
            encoding = TextDecoder.CanonicalEncodingName(forced) ?? throw new InputException($"unknown encoding '{forced}'");
            return Transcode(content, encoding);
        }
        var head = StreamHead.Read(content, DecodingSample.MaxLength + 1);
        var replay = new Compression.PrefixedStream(head, content);
        encoding = Detect(head.Span);
        return encoding == TextEncodings.Utf8 ? replay : Transcode(replay, encoding);
    }

    private static string Detect(ReadOnlySpan<byte> head)
    {
        if (BomSniffer.TryDetect(head, out string bomEncoding, out _))
        {
            return bomEncoding;
        }
        // A head cut mid-character is not an error: validate up to its last line end.
        int lastNewline = head.Length > DecodingSample.MaxLength ? head.LastIndexOf((byte)'\n') : -1;
        var complete = lastNewline > 0 ? head[..lastNewline] : head;
        if (Utf8Validator.IsValid(complete))
        {
            return TextEncodings.Utf8;
        }
        string detected = LegacyEncodingDetector.Detect(DecodingSample.Take(head));
        if (detected is TextEncodings.Utf8 or TextEncodings.Utf16LE or TextEncodings.Utf16BE)
        {
            int at = Utf8ErrorOffset(complete);
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"not valid UTF-8 (first bad byte at {at}) and its encoding could not be detected; name it with --encoding (e.g. {TextDecoder.EncodingExamples})"));
        }
        return detected;
    }

    private static int Utf8ErrorOffset(ReadOnlySpan<byte> bytes)
    {
        int index = 0;
        while (index < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[index..], out _, out int consumed) == System.Buffers.OperationStatus.Done)
            {
                index += consumed;
                continue;
            }
            return index;
        }
        return index;
    }

    private static Stream Transcode(Stream content, string encoding) =>
        encoding == TextEncodings.Utf8
            ? content
            : Encoding.CreateTranscodingStream(content, TextEncodings.Get(encoding, DecoderFallback.ReplacementFallback), Encoding.UTF8, leaveOpen: true);
}
