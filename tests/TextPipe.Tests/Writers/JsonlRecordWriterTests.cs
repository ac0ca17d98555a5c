using System.Collections.Immutable;
using System.Text.Json;
using TextPipe.Documents;
using TextPipe.Tests.Schema;
using TextPipe.Writers;

namespace TextPipe.Tests.Writers;

public class JsonlRecordWriterTests
{
    private static string Jsonl(RecordUnit unit, params Document[] documents) =>
        WriterHarness.Text(OutputFormat.Jsonl, unit, documents);

    private static JsonElement[] Records(string jsonl) =>
        [.. WriterHarness.Lines(jsonl).Select(line => JsonDocument.Parse(line).RootElement)];

    private static string[] Keys(JsonElement obj) => [.. obj.EnumerateObject().Select(p => p.Name)];

    [Theory]
    [InlineData(RecordUnit.Document, "document", false)]
    [InlineData(RecordUnit.Document, "document", true)]
    [InlineData(RecordUnit.Paragraph, "paragraph", false)]
    [InlineData(RecordUnit.Paragraph, "paragraph", true)]
    [InlineData(RecordUnit.Sentence, "sentence", false)]
    [InlineData(RecordUnit.Sentence, "sentence", true)]
    public void Every_record_validates_against_its_schema(RecordUnit unit, string schema, bool tokens)
    {
        string output = WriterHarness.Text(new WriterOptions(OutputFormat.Jsonl, unit) { IncludeTokens = tokens }, WriterFixtures.All());

        SchemaAssert.ValidJsonLines(output, schema);
    }

    [Fact]
    public void Document_unit_writes_one_line_per_document_with_keys_in_the_documented_order()
    {
        var records = Records(Jsonl(RecordUnit.Document, WriterFixtures.All()));

        Assert.Equal(3, records.Length);
        var zh = records[0];
        Assert.Equal(
            ["id", "source", "format", "encoding", "lang", "lang_confidence", "langs", "lang_candidates", "title", "meta", "text", "paragraphs", "edits", "flags", "stats"],
            Keys(zh));
        Assert.Equal(["bytes", "author", "byline", "captions", "page_count"], Keys(zh.GetProperty("meta")));
        Assert.Equal(["index", "kind", "level", "page", "lang", "text", "sentences"], Keys(zh.GetProperty("paragraphs")[0]));
        Assert.Equal(["text", "lang"], Keys(zh.GetProperty("paragraphs")[0].GetProperty("sentences")[0]));
        Assert.Equal(["rule", "action", "original", "replacement", "block", "offset", "note"], Keys(zh.GetProperty("edits")[0]));
        Assert.Equal(["code", "message", "block", "offset"], Keys(zh.GetProperty("flags")[0]));
        Assert.Equal(["chars_in", "chars_out", "removed_by_rule"], Keys(zh.GetProperty("stats")));
    }

    [Fact]
    public void Document_record_carries_the_document_values()
    {
        var source = WriterFixtures.Chinese();
        var zh = Records(Jsonl(RecordUnit.Document, source))[0];

        Assert.Equal(source.Id, zh.GetProperty("id").GetString());
        Assert.Equal("报告/交通.pdf", zh.GetProperty("source").GetString());
        Assert.Equal("pdf", zh.GetProperty("format").GetString());
        Assert.Equal(JsonValueKind.Null, zh.GetProperty("encoding").ValueKind);
        Assert.Equal("zh", zh.GetProperty("lang").GetString());
        Assert.Equal(0.97, zh.GetProperty("lang_confidence").GetDouble());
        Assert.Equal("城市交通报告", zh.GetProperty("title").GetString());
        var meta = zh.GetProperty("meta");
        Assert.Equal(48_213, meta.GetProperty("bytes").GetInt64());
        Assert.Equal("李华", meta.GetProperty("author").GetString());
        Assert.Equal(JsonValueKind.Null, meta.GetProperty("byline").ValueKind);
        Assert.Equal([WriterFixtures.ChineseCaption], meta.GetProperty("captions").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2, meta.GetProperty("page_count").GetInt32());
        Assert.Equal(source.Text, zh.GetProperty("text").GetString());

        var heading = zh.GetProperty("paragraphs")[0];
        Assert.Equal("heading", heading.GetProperty("kind").GetString());
        Assert.Equal(1, heading.GetProperty("level").GetInt32());
        Assert.Equal(1, heading.GetProperty("page").GetInt32());
        var mixed = zh.GetProperty("paragraphs")[2];
        Assert.Equal(0, mixed.GetProperty("level").GetInt32());
        Assert.Equal(2, mixed.GetProperty("page").GetInt32());
        Assert.Equal("en", mixed.GetProperty("sentences")[1].GetProperty("lang").GetString());
        Assert.Equal("“Public transport is the backbone.”", mixed.GetProperty("sentences")[1].GetProperty("text").GetString());
    }

    [Fact]
    public void Edits_flags_and_stats_are_written_as_recorded()
    {
        var source = WriterFixtures.Chinese();
        var zh = Records(Jsonl(RecordUnit.Document, source))[0];

        var edits = zh.GetProperty("edits");
        Assert.Equal(3, edits.GetArrayLength());
        Assert.Equal(["removed", "replaced", "flagged"], edits.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("![线路图](map.png)", edits[0].GetProperty("original").GetString());
        Assert.Equal("", edits[0].GetProperty("replacement").GetString());
        Assert.Equal(4, edits[0].GetProperty("block").GetInt32());
        Assert.Equal(5, edits[0].GetProperty("offset").GetInt32());
        Assert.Equal("image link", edits[0].GetProperty("note").GetString());
        Assert.Equal(JsonValueKind.Null, edits[1].GetProperty("note").ValueKind);

        var flags = zh.GetProperty("flags");
        Assert.Equal("suspicious-number", flags[0].GetProperty("code").GetString());
        Assert.Equal(2, flags[0].GetProperty("block").GetInt32());
        Assert.Equal(29, flags[0].GetProperty("offset").GetInt32());
        Assert.Equal(JsonValueKind.Null, flags[1].GetProperty("block").ValueKind);
        Assert.Equal(JsonValueKind.Null, flags[1].GetProperty("offset").ValueKind);

        var stats = zh.GetProperty("stats");
        Assert.Equal(140, stats.GetProperty("chars_in").GetInt32());
        Assert.Equal(TextMeasure.CountChars(source.Text), stats.GetProperty("chars_out").GetInt32());
        var removed = stats.GetProperty("removed_by_rule");
        Assert.Equal(["image-links", "unicode-width"], Keys(removed));
        Assert.Equal(15, removed.GetProperty("image-links").GetInt32());
        Assert.Equal(0, removed.GetProperty("unicode-width").GetInt32());
    }

    [Fact]
    public void Fields_of_stages_that_have_not_run_are_present_and_empty()
    {
        var en = Records(Jsonl(RecordUnit.Document, WriterFixtures.RawEnglish()))[0];

        Assert.Equal(JsonValueKind.Null, en.GetProperty("lang").ValueKind);
        Assert.Equal(JsonValueKind.Null, en.GetProperty("lang_confidence").ValueKind);
        Assert.Equal("{}", en.GetProperty("langs").GetRawText());
        Assert.Equal(JsonValueKind.Null, en.GetProperty("title").ValueKind);
        Assert.Equal("""{"bytes":64,"author":null,"byline":null,"captions":[],"page_count":null}""", en.GetProperty("meta").GetRawText());
        Assert.Equal("[]", en.GetProperty("edits").GetRawText());
        Assert.Equal("[]", en.GetProperty("flags").GetRawText());
        Assert.Equal("{}", en.GetProperty("stats").GetProperty("removed_by_rule").GetRawText());
        var first = en.GetProperty("paragraphs")[0];
        Assert.Equal(JsonValueKind.Null, first.GetProperty("lang").ValueKind);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("page").ValueKind);
        Assert.Equal("[]", first.GetProperty("sentences").GetRawText());
        // Empty blocks are still paragraphs of the document record: indices match the paragraph unit.
        Assert.Equal(4, en.GetProperty("paragraphs").GetArrayLength());
    }

    [Fact]
    public void Chinese_and_French_text_is_written_as_itself_not_escaped()
    {
        string output = Jsonl(RecordUnit.Document, WriterFixtures.Chinese(), WriterFixtures.French());

        Assert.Contains("北京地铁每天运送约一千万人次。\u3000高峰时段", output, StringComparison.Ordinal);
        Assert.Contains("𠀀", output, StringComparison.Ordinal);
        Assert.Contains("«\u00A0vrai\u00A0»", output, StringComparison.Ordinal);
        Assert.Contains("+12\u202F%", output, StringComparison.Ordinal);
        Assert.Contains("L'été dernier", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", output, StringComparison.Ordinal);
        // What JSON requires is still escaped.
        Assert.Contains("""ont dit \"non\", puis""", output, StringComparison.Ordinal);
        Assert.Contains("""1,10 € ;\nles boulangers""", output.Replace('\u00A0', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_reads_back_exactly_including_characters_outside_the_BMP()
    {
        var documents = WriterFixtures.All();
        var records = Records(Jsonl(RecordUnit.Document, documents));

        for (int i = 0; i < documents.Length; i++)
        {
            Assert.Equal(documents[i].Text, records[i].GetProperty("text").GetString());
            Assert.Equal(
                documents[i].ContentBlocks.Select(b => b.Text),
                records[i].GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
        }
    }

    [Fact]
    public void Control_characters_and_line_separators_are_escaped_so_a_record_stays_on_one_line()
    {
        const string text = "a\u2028b\u2029c\u0085d\u0001e\u007Ff\tg\\h\r\ni";
        var document = WriterFixtures.RawEnglish() with { Blocks = [new Block(BlockKind.Paragraph, text)] };

        string output = Jsonl(RecordUnit.Paragraph, document);

        Assert.Single(WriterHarness.Lines(output));
        Assert.Contains("""a\u2028b\u2029c\u0085d\u0001e\u007Ff\tg\\h\r\ni""", output, StringComparison.Ordinal);
        Assert.Equal(text, Records(output)[0].GetProperty("text").GetString());
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character_since_UTF8_cannot_hold_it()
    {
        var document = WriterFixtures.RawEnglish() with { Blocks = [new Block(BlockKind.Paragraph, "x\uD800y")] };

        var record = Records(Jsonl(RecordUnit.Paragraph, document))[0];

        Assert.Equal("x\uFFFDy", record.GetProperty("text").GetString());
    }

    [Fact]
    public void Page_furniture_is_left_out_of_text_and_paragraphs_and_indices_skip_it()
    {
        var zh = Records(Jsonl(RecordUnit.Document, WriterFixtures.Chinese()))[0];

        string text = zh.GetProperty("text").GetString()!;
        Assert.DoesNotContain("第 3 页", text, StringComparison.Ordinal);
        Assert.DoesNotContain("机密", text, StringComparison.Ordinal);
        var paragraphs = zh.GetProperty("paragraphs").EnumerateArray().ToArray();
        Assert.Equal(4, paragraphs.Length);
        Assert.Equal([0, 1, 2, 3], paragraphs.Select(p => p.GetProperty("index").GetInt32()));
        Assert.Equal(["heading", "paragraph", "paragraph", "caption"], paragraphs.Select(p => p.GetProperty("kind").GetString()));
        Assert.Equal(WriterFixtures.ChineseBody, paragraphs[1].GetProperty("text").GetString());
    }

    [Fact]
    public void Tokens_are_written_only_when_asked()
    {
        var document = WriterFixtures.Chinese();
        string without = Jsonl(RecordUnit.Document, document);
        string with = WriterHarness.Text(new WriterOptions(OutputFormat.Jsonl, RecordUnit.Document) { IncludeTokens = true }, document);

        Assert.DoesNotContain("\"tokens\"", without, StringComparison.Ordinal);
        var paragraphs = Records(with)[0].GetProperty("paragraphs");
        Assert.Equal(["index", "kind", "level", "page", "lang", "text", "sentences", "tokens"], Keys(paragraphs[0]));
        Assert.Equal(["城市", "交通", "报告"], paragraphs[0].GetProperty("tokens").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["图", "𠀀", "线路"], paragraphs[3].GetProperty("tokens").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void Tokens_of_an_untokenised_block_are_an_empty_list_when_asked()
    {
        string output = WriterHarness.Text(new WriterOptions(OutputFormat.Jsonl, RecordUnit.Paragraph) { IncludeTokens = true }, WriterFixtures.RawEnglish());

        Assert.All(Records(output), r => Assert.Equal("[]", r.GetProperty("tokens").GetRawText()));
    }

    [Fact]
    public void Sentence_records_never_carry_tokens()
    {
        string output = WriterHarness.Text(new WriterOptions(OutputFormat.Jsonl, RecordUnit.Sentence) { IncludeTokens = true }, WriterFixtures.Chinese());

        Assert.DoesNotContain("\"tokens\"", output, StringComparison.Ordinal);
        Assert.Equal(["doc_id", "source", "paragraph", "index", "lang", "text"], Keys(Records(output)[0]));
    }

    [Fact]
    public void Paragraph_unit_writes_one_record_per_content_block_with_its_document()
    {
        var documents = WriterFixtures.All();
        var records = Records(Jsonl(RecordUnit.Paragraph, documents));

        Assert.Equal(documents.Sum(d => d.ContentBlocks.Count()), records.Length);
        Assert.Equal(["doc_id", "source", "index", "kind", "level", "page", "lang", "text", "sentences"], Keys(records[0]));
        var french = records.Where(r => r.GetProperty("doc_id").GetString() == documents[1].Id).ToArray();
        Assert.Equal(6, french.Length);
        Assert.All(french, r => Assert.Equal("pages/pain.md", r.GetProperty("source").GetString()));
        Assert.Equal([0, 1, 2, 3, 4, 5], french.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Equal(
            ["heading", "paragraph", "list_item", "quote", "code", "table_cell"],
            french.Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal(2, french[0].GetProperty("level").GetInt32());
        Assert.Equal(WriterFixtures.FrenchBody, french[1].GetProperty("text").GetString());
    }

    [Fact]
    public void Paragraph_record_fields_equal_the_document_record_paragraph()
    {
        var document = WriterFixtures.Chinese();
        var paragraphRecords = Records(Jsonl(RecordUnit.Paragraph, document));
        var inDocument = Records(Jsonl(RecordUnit.Document, document))[0].GetProperty("paragraphs");

        for (int i = 0; i < paragraphRecords.Length; i++)
        {
            var expected = inDocument[i].EnumerateObject().Select(p => (p.Name, p.Value.GetRawText()));
            var actual = paragraphRecords[i].EnumerateObject().Skip(2).Select(p => (p.Name, p.Value.GetRawText()));
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Sentence_unit_numbers_sentences_within_the_document_and_points_to_their_paragraph()
    {
        var records = Records(Jsonl(RecordUnit.Sentence, WriterFixtures.Chinese(), WriterFixtures.French()));

        var zh = records.Where(r => r.GetProperty("source").GetString() == "报告/交通.pdf").ToArray();
        Assert.Equal([0, 1, 2, 3, 4, 5], zh.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Equal([0, 1, 1, 2, 2, 3], zh.Select(r => r.GetProperty("paragraph").GetInt32()));
        Assert.Equal(["zh", "zh", "zh", "zh", "en", "zh"], zh.Select(r => r.GetProperty("lang").GetString()));
        Assert.Equal("高峰时段，部分线路满载率超过 120%。", zh[2].GetProperty("text").GetString());

        var fr = records.Where(r => r.GetProperty("source").GetString() == "pages/pain.md").ToArray();
        Assert.Equal(0, fr[0].GetProperty("index").GetInt32());
    }

    [Fact]
    public void Sentence_unit_counts_an_unsegmented_block_as_one_sentence_with_the_block_language()
    {
        var records = Records(Jsonl(RecordUnit.Sentence, WriterFixtures.French()));

        var code = records.Single(r => r.GetProperty("paragraph").GetInt32() == 4);
        Assert.Equal(WriterFixtures.FrenchCode, code.GetProperty("text").GetString());
        Assert.Equal("fr", code.GetProperty("lang").GetString());
        Assert.Equal(7, records.Length);
    }

    [Fact]
    public void Sentence_unit_without_segmentation_skips_empty_blocks_and_keeps_null_languages()
    {
        var records = Records(Jsonl(RecordUnit.Sentence, WriterFixtures.RawEnglish()));

        // Blocks 0, 2 ("   ") and 3 have text; block 1 is empty and yields no sentence.
        Assert.Equal([0, 2, 3], records.Select(r => r.GetProperty("paragraph").GetInt32()));
        Assert.Equal([0, 1, 2], records.Select(r => r.GetProperty("index").GetInt32()));
        Assert.All(records, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("lang").ValueKind));
        Assert.Equal("Plain text, no stages run.\nA second line.", records[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Map_keys_are_sorted_by_ordinal_whatever_the_comparer_of_the_model()
    {
        var reverse = Comparer<string>.Create((a, b) => string.CompareOrdinal(b, a));
        var document = WriterFixtures.RawEnglish() with
        {
            Lang = "zh",
            Langs = ImmutableSortedDictionary.CreateRange(reverse,
            [
                new KeyValuePair<string, double>("zh-Hant", 0.5),
                new KeyValuePair<string, double>("zh", 0.25),
                new KeyValuePair<string, double>("en", 0.25),
            ]),
        };

        var record = Records(Jsonl(RecordUnit.Document, document))[0];

        Assert.Equal(["en", "zh", "zh-Hant"], Keys(record.GetProperty("langs")));
    }

    [Fact]
    public void Every_line_ends_with_LF_and_there_is_no_CR_or_BOM()
    {
        byte[] bytes = WriterHarness.Bytes(new WriterOptions(OutputFormat.Jsonl, RecordUnit.Document), WriterFixtures.All());

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
        Assert.Equal(3, bytes.Count(b => b == (byte)'\n'));
    }

    public static TheoryData<RecordUnit, Document> Unwritable => new()
    {
        // Fails at the first number: nothing of the record has reached the buffer yet.
        { RecordUnit.Document, WriterFixtures.French() with { LangConfidence = double.NaN } },
        // Fails in the second paragraph record, after the first one is complete in the buffer.
        {
            RecordUnit.Paragraph,
            WriterFixtures.RawEnglish() with
            {
                Blocks = [new Block(BlockKind.Paragraph, "fine"), new Block(BlockKind.Paragraph, "bad") { Sentences = [new Sentence(null!, 0)] }],
            }
        },
    };

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void A_document_that_cannot_be_written_leaves_no_partial_record_and_the_writer_goes_on(RecordUnit unit, Document bad)
    {
        var options = new WriterOptions(OutputFormat.Jsonl, unit);
        var expected = WriterHarness.Bytes(options, WriterFixtures.Chinese(), WriterFixtures.RawEnglish());

        using var stream = new MemoryStream();
        using (var writer = RecordWriterFactory.Create(stream, options, leaveOpen: true))
        {
            writer.Write(WriterFixtures.Chinese());
            Assert.ThrowsAny<ArgumentException>(() => writer.Write(bad));
            writer.Write(WriterFixtures.RawEnglish());
        }

        Assert.Equal(expected, stream.ToArray());
    }

    [Fact]
    public void A_large_document_is_written_whole_across_buffer_drains()
    {
        string paragraph = string.Concat(Enumerable.Repeat("这是一个很长的段落。", 2000));
        var document = WriterFixtures.RawEnglish() with
        {
            Blocks = [.. Enumerable.Range(0, 20).Select(i => new Block(BlockKind.Paragraph, paragraph + i))],
        };

        var records = Records(Jsonl(RecordUnit.Paragraph, document, document));

        Assert.Equal(40, records.Length);
        Assert.Equal(paragraph + "19", records[39].GetProperty("text").GetString());
    }
}
