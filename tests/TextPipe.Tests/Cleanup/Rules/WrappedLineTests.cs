using System.Runtime.CompilerServices;
using TextPipe.Cleanup.Rules;

namespace TextPipe.Tests.Cleanup.Rules;

/// <summary>The line record the line-wrap rule holds for every line: its packed facts read back as they went in.</summary>
public class WrappedLineTests
{
    [Theory]
    [InlineData(0, false, false, false)]
    [InlineData(37, true, false, false)]
    [InlineData(80, false, true, false)]
    [InlineData(1234, false, false, true)]
    [InlineData(WrappedLine.MaxWidth, true, true, true)]
    public void Width_and_facts_read_back_as_given(int width, bool indented, bool sole, bool cjk)
    {
        var line = new WrappedLine(7, 100, 180, width, 'A', '.', indented, sole, cjk);
        Assert.Equal((7, 100, 180, 'A', '.'), (line.Block, line.Start, line.End, line.First, line.Last));
        Assert.Equal(width, line.Width);
        Assert.Equal(indented, line.Indented);
        Assert.Equal(sole, line.SoleLineOfBlock);
        Assert.Equal(cjk, line.Cjk);
    }

    [Fact]
    public void A_width_beyond_the_field_is_stored_as_the_largest_and_leaves_the_facts_alone()
    {
        var line = new WrappedLine(0, 0, 1, int.MaxValue, 'a', 'b', indented: false, soleLineOfBlock: true, cjk: false);
        Assert.Equal(WrappedLine.MaxWidth, line.Width);
        Assert.False(line.Indented);
        Assert.True(line.SoleLineOfBlock);
        Assert.False(line.Cjk);
    }

    [Fact]
    public void Created_from_text_it_measures_the_line()
    {
        var line = WrappedLine.Create("  中文 text\nnext", 2, 0, 9, sole: false);
        Assert.False(line.IsEmpty);
        Assert.Equal('中', line.First);
        Assert.Equal('t', line.Last);
        Assert.Equal(2 * 2 + 4, line.Width);
        Assert.True(line.Indented);
        Assert.False(line.SoleLineOfBlock);
    }

    [Fact]
    public void It_takes_twenty_bytes()
    {
        // Ten million lines of a text are held at once: every four bytes here are 40 MB there.
        Assert.Equal(20, Unsafe.SizeOf<WrappedLine>());
    }
}
