using System.Text;
using TextPipe.Readers.Datasets;

namespace TextPipe.Tests.Readers.Datasets;

public class JsonLinesSnifferTests
{
    private static JsonContent Sniff(string text, bool complete = true) => JsonLinesSniffer.Sniff(Encoding.UTF8.GetBytes(text), complete);

    [Theory]
    [InlineData("{\"text\":\"一\"}\n{\"text\":\"二\"}\n")]
    [InlineData("\uFEFF{\"a\":1}\r\n{\"a\":2}")]
    [InlineData("\n\n  {\"texte\":\"Bonjour\"}\n\n{\"texte\":\"Salut\"}\n")]
    [InlineData("{\"only\":\"one row\"}")]
    public void One_object_per_line_is_json_lines(string text) => Assert.Equal(JsonContent.JsonLines, Sniff(text));

    [Fact]
    public void A_first_row_longer_than_the_head_is_json_lines_when_valid_so_far()
    {
        string head = "{\"text\":\"" + new string('x', 500);

        Assert.Equal(JsonContent.JsonLines, Sniff(head, complete: false));
        Assert.Equal(JsonContent.None, Sniff("{\"text\" \"broken" + new string('x', 500), complete: false));
    }

    [Theory]
    [InlineData("[{\"text\":\"a\"},{\"text\":\"b\"}]")]
    [InlineData("{\n  \"title\": \"Ein Objekt\",\n  \"text\": \"über mehrere Zeilen\"\n}\n")]
    [InlineData("[\n  {\"text\": \"a\"},\n")]
    public void An_array_or_a_multi_line_object_is_a_json_document(string text) =>
        Assert.Equal(JsonContent.JsonDocument, Sniff(text, complete: !text.EndsWith(",\n", StringComparison.Ordinal)));

    [Theory]
    [InlineData("")]
    [InlineData("Plain prose.\n")]
    [InlineData("{draft} notes\n")]
    [InlineData("[1] Smith 2004.\n[2] 王 2010.\n")]
    [InlineData("{\"a\":1}\nthen prose on the second line\n")]
    [InlineData("{\"a\":1} {\"b\":2}\n")]
    [InlineData("[not json]\n")]
    public void Prose_and_look_alikes_are_not_json(string text) => Assert.Equal(JsonContent.None, Sniff(text));
}
