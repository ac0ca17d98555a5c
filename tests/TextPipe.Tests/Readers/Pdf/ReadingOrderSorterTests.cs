using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

public sealed class ReadingOrderSorterTests
{
    private static List<string> Order(params (string Name, Box Box)[] items) =>
        ReadingOrderSorter.Sort(items, i => i.Box).Select(i => i.Name).ToList();

    [Fact]
    public void Columns_under_a_spanning_headline_read_left_column_first()
    {
        var order = Order(
            ("right", new Box(310, 550, 700, 100)),
            ("left", new Box(50, 290, 690, 100)),
            ("headline", new Box(50, 550, 780, 720)));
        Assert.Equal(["headline", "left", "right"], order);
    }

    [Fact]
    public void A_spanning_block_between_two_bands_of_columns_separates_them()
    {
        var order = Order(
            ("bottom-right", new Box(310, 550, 300, 100)),
            ("top-right", new Box(310, 550, 700, 420)),
            ("bottom-left", new Box(50, 290, 300, 100)),
            ("figure caption", new Box(50, 550, 400, 340)),
            ("top-left", new Box(50, 290, 700, 420)));
        Assert.Equal(["top-left", "top-right", "figure caption", "bottom-left", "bottom-right"], order);
    }

    [Fact]
    public void A_short_right_column_still_follows_the_whole_left_column()
    {
        var order = Order(
            ("right", new Box(310, 550, 700, 600)),
            ("left-bottom", new Box(50, 290, 300, 100)),
            ("left-top", new Box(50, 290, 700, 320)));
        Assert.Equal(["left-top", "left-bottom", "right"], order);
    }
}
