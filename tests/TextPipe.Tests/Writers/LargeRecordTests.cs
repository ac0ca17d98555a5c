using System.Buffers;
using System.Text;
using System.Text.Json;
using TextPipe.Documents;
using TextPipe.Writers;

namespace TextPipe.Tests.Writers;

/// <summary>
/// Records larger than the writer keeps in memory (a document of many paragraphs, one very long text): the bytes
/// are the same as when everything fits, and a document that fails after its bytes left memory still leaves nothing.
/// </summary>
public class LargeRecordTests
{
    /// <summary>Text of <paramref name="chars"/> UTF-16 units mixing ASCII, CJK, pairs outside the BMP, escapes and stray surrogates, from a seed.</summary>
    private static string MixedText(int chars, int seed, bool loneSurrogates = true)
    {
        var random = new Random(seed);
        string[] pieces = loneSurrogates
            ? ["word ", "段落", "😀", "\"", "\\", "\n", "\u2028", "\u0001", "é", "\uD800", "\uDC00", "𠀀x"]
            : ["word ", "段落", "😀", "\"", "\\", "\n", "\u2028", "\u0001", "é", "𠀀x"];
        var text = new StringBuilder(chars + 8);
        while (text.Length < chars)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }
        text.Length = chars;
        if (!loneSurrogates && char.IsHighSurrogate(text[^1]))
        {
            text[^1] = 'z';
        }
        return text.ToString();
    }

    private static byte[] Literal(string value, bool inPieces)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartArray();
            if (inPieces)
            {
                JsonStringLiteral.Write(writer, value, output);
            }
            else
            {
                JsonStringLiteral.Write(writer, value);
            }
            writer.WriteNumberValue(1);
            writer.WriteEndArray();
        }
        return output.WrittenSpan.ToArray();
    }

    [Theory]
    [InlineData(JsonStringLiteral.PieceChars + 1, 1)]
    [InlineData(3 * JsonStringLiteral.PieceChars, 2)]
    [InlineData(5 * JsonStringLiteral.PieceChars + 17, 3)]
    public void A_long_string_written_in_pieces_gives_the_bytes_of_one_piece(int chars, int seed)
    {
        string text = MixedText(chars, seed);

        byte[] pieces = Literal(text, inPieces: true);

        Assert.Equal(Literal(text, inPieces: false), pieces);
        var array = JsonDocument.Parse(pieces).RootElement;
        Assert.Equal(2, array.GetArrayLength());
        Assert.Equal(1, array[1].GetInt32());
    }

    private static byte[] JoinedLiteral(IReadOnlyList<string> parts)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("text");
            JsonStringLiteral.WriteJoined(writer, parts, "\n\n", output);
            writer.WriteNumber("n", 1);
            writer.WriteEndObject();
        }
        return output.WrittenSpan.ToArray();
    }

    private static byte[] WholeLiteral(string value)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("text");
            JsonStringLiteral.Write(writer, value);
            writer.WriteNumber("n", 1);
            writer.WriteEndObject();
        }
        return output.WrittenSpan.ToArray();
    }

    [Theory]
    [InlineData(0, 10, 1)]
    [InlineData(1, 10, 2)]
    [InlineData(3, 20, 3)]
    [InlineData(2000, 30, 4)]
    [InlineData(3, JsonStringLiteral.PieceChars + 5, 5)]
    [InlineData(5000, 40, 6)]
    public void Parts_written_joined_give_the_bytes_of_the_joined_string(int count, int chars, int seed)
    {
        // Lone surrogates at the ends of parts too: next to a separator they are lone in the joined string as well.
        var parts = Enumerable.Range(0, count).Select(i => MixedText(1 + ((i * 7919) % chars), seed * 1000 + i)).ToList();

        byte[] joined = JoinedLiteral(parts);

        Assert.Equal(WholeLiteral(string.Join("\n\n", parts)), joined);
        Assert.Equal(1, JsonDocument.Parse(joined).RootElement.GetProperty("n").GetInt32());
    }

    [Fact]
    public void A_surrogate_pair_across_a_piece_boundary_stays_one_character()
    {
        foreach (int at in new[] { JsonStringLiteral.PieceChars - 2, JsonStringLiteral.PieceChars - 1, JsonStringLiteral.PieceChars })
        {
            string text = new string('a', at) + "😀" + new string('b', JsonStringLiteral.PieceChars);

            byte[] bytes = Literal(text, inPieces: true);

            Assert.Equal(text, JsonDocument.Parse(bytes).RootElement[0].GetString());
            Assert.DoesNotContain("\uFFFD", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_document_record_larger_than_the_memory_buffer_is_written_whole()
    {
        // More than SpillBytes of record: many short paragraphs and one long one.
        var blocks = Enumerable.Range(0, 40_000).Select(i => new Block(BlockKind.Paragraph, "p" + i))
            .Append(new Block(BlockKind.Paragraph, MixedText(ByteBuffer.SpillBytes / 2, 4, loneSurrogates: false)))
            .ToArray();
        var document = WriterFixtures.RawEnglish() with { Blocks = [.. blocks] };

        string jsonl = WriterHarness.Text(OutputFormat.Jsonl, RecordUnit.Document, WriterFixtures.Chinese(), document, WriterFixtures.French());

        Assert.True(Encoding.UTF8.GetByteCount(jsonl) > ByteBuffer.SpillBytes);
        var records = WriterHarness.Lines(jsonl).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(3, records.Length);
        Assert.Equal(document.Text, records[1].GetProperty("text").GetString());
        Assert.Equal(40_001, records[1].GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(WriterFixtures.French().Id, records[2].GetProperty("id").GetString());
    }

    [Fact]
    public void A_document_that_fails_after_its_records_left_memory_leaves_no_partial_record()
    {
        var options = new WriterOptions(OutputFormat.Jsonl, RecordUnit.Paragraph);
        var expected = WriterHarness.Bytes(options, WriterFixtures.Chinese(), WriterFixtures.RawEnglish());
        // The first paragraph alone is over SpillBytes; the second cannot be written (a sentence without text).
        var bad = WriterFixtures.RawEnglish() with
        {
            Blocks =
            [
                new Block(BlockKind.Paragraph, MixedText(ByteBuffer.SpillBytes, 5)),
                new Block(BlockKind.Paragraph, "bad") { Sentences = [new Sentence(null!, 0)] },
            ],
        };

        using var stream = new MemoryStream();
        using (var writer = RecordWriterFactory.Create(stream, options, leaveOpen: true))
        {
            writer.Write(WriterFixtures.Chinese());
            Assert.ThrowsAny<ArgumentException>(() => writer.Write(bad));
            writer.Write(WriterFixtures.RawEnglish());
        }

        Assert.Equal(expected, stream.ToArray());
    }
}
