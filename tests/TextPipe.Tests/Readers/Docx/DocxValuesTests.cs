using DocumentFormat.OpenXml;
using TextPipe.Readers.Docx;

namespace TextPipe.Tests.Readers.Docx;

/// <summary>Attribute values read as written: a damaged one is "not given", never an exception.</summary>
public class DocxValuesTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("-1", -1)]
    [InlineData("f001", null)]
    [InlineData("", null)]
    [InlineData("99999999999", null)]
    public void An_integer_is_read_when_written_as_one(string written, int? expected)
    {
        Assert.Equal(expected, DocxValues.IntOf(new Int32Value { InnerText = written }));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("on", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("yes please", false)]
    public void On_is_true_1_or_on(string written, bool expected)
    {
        Assert.Equal(expected, DocxValues.IsOn(new OnOffValue { InnerText = written }));
    }

    [Fact]
    public void Absent_values_are_not_given()
    {
        Assert.Null(DocxValues.IntOf(null));
        Assert.False(DocxValues.IsOn(null));
    }
}
