using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using TextPipe.Readers.Compression;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// Inflates each Flate-encoded stream that text extraction decodes (content streams, forms, object streams: not
/// images, which are only counted) into a scratch buffer before PdfPig does, counting the bytes and keeping none.
/// PdfPig holds a decoded stream whole, several times over, so a 1 MB PDF whose content stream inflates to 1 GiB
/// takes gigabytes; refused here by <see cref="DecompressionLimit"/> with a message naming the option. Damaged
/// streams are left for PdfPig to report.
/// </summary>
internal static class PdfStreamBombCheck
{
    /// <summary>How far before a <c>stream</c> keyword its dictionary is looked for.</summary>
    private const int DictionaryWindow = 4096;

    /// <exception cref="InputException">A stream inflates beyond the limits.</exception>
    public static void Check(ReadOnlyMemory<byte> content, ReaderOptions options)
    {
        var limit = DecompressionLimit.From(options);
        var bytes = MemoryMarshal.TryGetArray(content, out var segment) ? segment : new ArraySegment<byte>(content.ToArray());
        var span = bytes.AsSpan();
        var scratch = new byte[64 * 1024];
        int from = 0;
        while (true)
        {
            int keyword = span[from..].IndexOf("stream"u8);
            if (keyword < 0)
            {
                return;
            }
            keyword += from;
            from = keyword + 6;
            int data = DataStart(span, from);
            if (data < 0 || (keyword >= 3 && span[(keyword - 3)..keyword].SequenceEqual("end"u8)))
            {
                continue;
            }
            var dictionary = span[Math.Max(0, keyword - DictionaryWindow)..keyword];
            int objectStart = dictionary.LastIndexOf(" obj"u8);
            if (objectStart >= 0)
            {
                dictionary = dictionary[objectStart..];
            }
            if (dictionary.IndexOf("/FlateDecode"u8) < 0 || dictionary.IndexOf("/Image"u8) >= 0)
            {
                continue;
            }
            Inflate(bytes, data, scratch, limit);
        }
    }

    /// <summary>The first byte of a stream's data: after <c>stream</c> and its end of line; -1 when the keyword is not one.</summary>
    private static int DataStart(ReadOnlySpan<byte> span, int afterKeyword)
    {
        if (afterKeyword < span.Length && span[afterKeyword] == '\n')
        {
            return afterKeyword + 1;
        }
        if (afterKeyword + 1 < span.Length && span[afterKeyword] == '\r')
        {
            return span[afterKeyword + 1] == '\n' ? afterKeyword + 2 : afterKeyword + 1;
        }
        return -1;
    }

    private static void Inflate(ArraySegment<byte> bytes, int data, byte[] scratch, DecompressionLimit limit)
    {
        using var compressed = new MemoryStream(bytes.Array!, bytes.Offset + data, bytes.Count - data, writable: false);
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        string what = string.Create(CultureInfo.InvariantCulture, $"PDF stream at byte {data:N0}");
        long total = 0;
        try
        {
            int read;
            while ((read = inflater.Read(scratch)) > 0)
            {
                total += read;
                limit.Check(total, compressed.Position, what);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // Damaged or not zlib after all (zlib's own error codes come as an IOException): PdfPig decides what that costs.
        }
    }
}
