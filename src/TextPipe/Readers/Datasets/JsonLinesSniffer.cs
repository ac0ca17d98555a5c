using System.Text.Json;

namespace TextPipe.Readers.Datasets;

/// <summary>What the start of an input says about JSON in it.</summary>
public enum JsonContent
{
    /// <summary>Not JSON: prose, Markdown, anything else.</summary>
    None,

    /// <summary>One JSON object per line: a dataset, whatever the file is called.</summary>
    JsonLines,

    /// <summary>One JSON document (an array, or an object over several lines): not rows, and not prose either.</summary>
    JsonDocument,
}

/// <summary>
/// Recognises JSON Lines by content, so that a <c>.json</c> file, a <c>.gz</c> without <c>.jsonl</c> in its name or
/// stdin holding one object per line is read as rows instead of as prose (which cleanup would then "repair").
/// JSON Lines: the first non-blank line is a complete JSON object (or, when the head ends inside it, valid JSON
/// so far that starts an object), and the second non-blank line, if the head holds it, starts an object too.
/// A head that starts with <c>[</c>, or an object that goes on over several lines, and is valid JSON so far, is a
/// JSON document. UTF-8 only, as JSON Lines is.
/// </summary>
public static class JsonLinesSniffer
{
    /// <summary>Bytes worth reading to sniff: enough for a first row of ordinary length and the start of the second.</summary>
    public const int HeadLength = 64 * 1024;

    /// <param name="head">The first bytes of the input (decompressed).</param>
    /// <param name="complete">Whether <paramref name="head"/> is the whole input.</param>
    public static JsonContent Sniff(ReadOnlySpan<byte> head, bool complete)
    {
        var rest = SkipBlank(head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head);
        if (rest.IsEmpty || (rest[0] != (byte)'{' && rest[0] != (byte)'['))
        {
            return JsonContent.None;
        }
        if (rest[0] == (byte)'[')
        {
            return IsValidSoFar(rest, complete) ? JsonContent.JsonDocument : JsonContent.None;
        }
        int newline = rest.IndexOf((byte)'\n');
        bool lineComplete = newline >= 0 || complete;
        var first = newline >= 0 ? rest[..newline] : rest;
        if (!lineComplete)
        {
            return IsValidSoFar(first, isFinalBlock: false) ? JsonContent.JsonLines : JsonContent.None;
        }
        if (IsOneObject(first))
        {
            var second = SkipBlank(rest[(newline < 0 ? rest.Length : newline + 1)..]);
            return second.IsEmpty || second[0] == (byte)'{' ? JsonContent.JsonLines : JsonContent.None;
        }
        return IsValidSoFar(rest, complete) ? JsonContent.JsonDocument : JsonContent.None;
    }

    private static ReadOnlySpan<byte> SkipBlank(ReadOnlySpan<byte> bytes) => bytes.TrimStart(" \t\r\n"u8);

    /// <summary>Exactly one JSON object, and nothing after it but white space.</summary>
    private static bool IsOneObject(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }
            reader.Skip();
            return !reader.Read(); // a second value on the line is not JSON Lines
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="bytes"/> read as JSON without an error (to their end, or as far as they go).</summary>
    private static bool IsValidSoFar(ReadOnlySpan<byte> bytes, bool isFinalBlock)
    {
        var reader = new Utf8JsonReader(bytes, isFinalBlock, state: default);
        try
        {
            while (reader.Read())
            {
                if (isFinalBlock && reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    return !reader.Read();
                }
            }
            return !isFinalBlock || reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
