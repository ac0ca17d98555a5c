using System.Buffers;
using System.Text.Json;

namespace TextPipe.Writers;

/// <summary>
/// Encodes a string as a JSON string literal in UTF-8, escaping only what must be escaped so that text reads
/// as itself in the output.
/// </summary>
/// <remarks>
/// <see cref="System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> still escapes every
/// character outside the Basic Multilingual Plane (CJK Extension B and later, emoji), U+3000 IDEOGRAPHIC SPACE,
/// U+00A0 NO-BREAK SPACE (French typography), U+FEFF and private-use characters. Corpus records are read by
/// people as well as programs, so strings are encoded here and handed to the writer as raw values.
/// Escaped: <c>"</c>, <c>\</c>, C0 and C1 control characters, DEL, and U+2028/U+2029 (which JavaScript and
/// line-splitting tools such as Python's <c>str.splitlines</c> treat as line ends, so one record stays on one line).
/// A lone surrogate cannot be written in UTF-8 and becomes U+FFFD, as it does in the CSV and TXT writers.
/// </remarks>
internal static class JsonStringLiteral
{
    private const int StackLimit = 512;
    private static ReadOnlySpan<byte> Hex => "0123456789ABCDEF"u8;

    /// <summary>Strings longer than this are encoded piece by piece (see <see cref="Write(Utf8JsonWriter, string, IBufferWriter{byte})"/>).</summary>
    internal const int PieceChars = 16 * 1024;

    /// <summary>Writes <paramref name="value"/> as the next string value of <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, string value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteWhole(writer, value);
    }

    /// <summary>
    /// Writes <paramref name="value"/> as the next string value of <paramref name="writer"/>, whose bytes go to
    /// <paramref name="output"/>. A long string is not encoded whole into one array (six bytes a character at
    /// worst, so 360 MB for a 60-million-character text): the writer is given the opening quote and the first
    /// piece as a raw value, flushed, and the rest is encoded straight into <paramref name="output"/> piece by
    /// piece. The writer never looks inside a raw value it is told not to validate, so it goes on after the
    /// closing quote as after any string.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, string value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(output);
        if (value.Length <= PieceChars)
        {
            WriteWhole(writer, value);
            return;
        }
        int end = PieceEnd(value, 0);
        byte[] rented = ArrayPool<byte>.Shared.Rent(checked((int)MaxLength(PieceChars)));
        try
        {
            rented[0] = (byte)'"';
            int length = 1 + EncodeBody(value.AsSpan(0, end), rented.AsSpan(1));
            writer.WriteRawValue(rented.AsSpan(0, length), skipInputValidation: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
        writer.Flush();
        while (end < value.Length)
        {
            int start = end;
            end = PieceEnd(value, start);
            var span = output.GetSpan(checked((int)MaxLength(end - start)));
            int length = EncodeBody(value.AsSpan(start, end - start), span);
            output.Advance(length);
        }
        output.GetSpan(1)[0] = (byte)'"';
        output.Advance(1);
    }

    /// <summary>
    /// Writes <paramref name="parts"/> joined by <paramref name="separator"/> as the next string value of
    /// <paramref name="writer"/>, byte for byte as <see cref="Write(Utf8JsonWriter, string, IBufferWriter{byte})"/> writes
    /// the joined string, without building it: a document's text is its blocks joined by a blank line, and the joined
    /// copy of a text of a million paragraphs cost twice the text's characters in bytes while it was written. No
    /// surrogate pair spans two parts (a separator stands between them), and each part is encoded in pieces that do
    /// not split one, so every character is encoded as it is in the joined string.
    /// </summary>
    public static void WriteJoined(Utf8JsonWriter writer, IReadOnlyList<string> parts, string separator, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(separator);
        ArgumentNullException.ThrowIfNull(output);
        long length = parts.Count == 0 ? 0 : (long)(parts.Count - 1) * separator.Length;
        foreach (string part in parts)
        {
            length += part.Length;
        }
        if (length <= PieceChars)
        {
            WriteWhole(writer, string.Join(separator, parts));
            return;
        }
        writer.WriteRawValue("\""u8, skipInputValidation: true);
        writer.Flush();
        for (int i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                WriteBody(separator, output);
            }
            WriteBody(parts[i], output);
        }
        output.GetSpan(1)[0] = (byte)'"';
        output.Advance(1);
    }

    /// <summary>Encodes <paramref name="value"/> without quotes straight into <paramref name="output"/>, piece by piece.</summary>
    private static void WriteBody(string value, IBufferWriter<byte> output)
    {
        int end = 0;
        while (end < value.Length)
        {
            int start = end;
            end = PieceEnd(value, start);
            var span = output.GetSpan(checked((int)MaxLength(end - start)));
            output.Advance(EncodeBody(value.AsSpan(start, end - start), span));
        }
    }

    /// <summary>End of the piece that starts at <paramref name="start"/>: at most <see cref="PieceChars"/> long, never between the two halves of a surrogate pair.</summary>
    private static int PieceEnd(string value, int start)
    {
        int end = Math.Min(value.Length, start + PieceChars);
        if (end < value.Length && char.IsHighSurrogate(value[end - 1]))
        {
            end--;
        }
        return end;
    }

    private static void WriteWhole(Utf8JsonWriter writer, string value)
    {
        long max = MaxLength(value.Length);
        if (max <= StackLimit)
        {
            Span<byte> buffer = stackalloc byte[StackLimit];
            int length = Encode(value, buffer);
            writer.WriteRawValue(buffer[..length], skipInputValidation: true);
            return;
        }

        byte[] rented = ArrayPool<byte>.Shared.Rent(checked((int)max));
        try
        {
            int length = Encode(value, rented);
            writer.WriteRawValue(rented.AsSpan(0, length), skipInputValidation: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Bytes the literal of <paramref name="chars"/> UTF-16 code units may take: quotes plus six per unit (<c>\u0001</c>).</summary>
    public static long MaxLength(int chars) => 2 + (6L * chars);

    /// <summary>Encodes <paramref name="value"/> with its quotes into <paramref name="destination"/>; returns the length.</summary>
    public static int Encode(ReadOnlySpan<char> value, Span<byte> destination)
    {
        destination[0] = (byte)'"';
        int o = 1 + EncodeBody(value, destination[1..]);
        destination[o++] = (byte)'"';
        return o;
    }

    /// <summary>Encodes <paramref name="value"/> without quotes into <paramref name="destination"/>; returns the length.</summary>
    private static int EncodeBody(ReadOnlySpan<char> value, Span<byte> destination)
    {
        int o = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c < 0x80)
            {
                if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F)
                {
                    destination[o++] = (byte)c;
                    continue;
                }
                char shortEscape = c switch
                {
                    '"' => '"',
                    '\\' => '\\',
                    '\n' => 'n',
                    '\r' => 'r',
                    '\t' => 't',
                    '\b' => 'b',
                    '\f' => 'f',
                    _ => '\0',
                };
                if (shortEscape != '\0')
                {
                    destination[o++] = (byte)'\\';
                    destination[o++] = (byte)shortEscape;
                }
                else
                {
                    o = WriteUnicodeEscape(c, destination, o);
                }
            }
            else if (c <= 0x9F || c == '\u2028' || c == '\u2029')
            {
                o = WriteUnicodeEscape(c, destination, o);
            }
            else if (c < 0x800)
            {
                destination[o++] = (byte)(0xC0 | (c >> 6));
                destination[o++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                int scalar = char.ConvertToUtf32(c, value[++i]);
                destination[o++] = (byte)(0xF0 | (scalar >> 18));
                destination[o++] = (byte)(0x80 | ((scalar >> 12) & 0x3F));
                destination[o++] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                destination[o++] = (byte)(0x80 | (scalar & 0x3F));
            }
            else
            {
                int scalar = char.IsSurrogate(c) ? 0xFFFD : c;
                destination[o++] = (byte)(0xE0 | (scalar >> 12));
                destination[o++] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                destination[o++] = (byte)(0x80 | (scalar & 0x3F));
            }
        }
        return o;
    }

    private static int WriteUnicodeEscape(char c, Span<byte> destination, int o)
    {
        destination[o++] = (byte)'\\';
        destination[o++] = (byte)'u';
        destination[o++] = Hex[(c >> 12) & 0xF];
        destination[o++] = Hex[(c >> 8) & 0xF];
        destination[o++] = Hex[(c >> 4) & 0xF];
        destination[o++] = Hex[c & 0xF];
        return o;
    }
}
