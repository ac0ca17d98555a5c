namespace TextPipe.Tests.Golden;

public class LineDiffTests
{
    [Fact]
    public void Shows_removed_and_added_lines_but_not_distant_unchanged_ones()
    {
        string diff = LineDiff.Render("a\nb\nc\nd\ne\nf", "a\nb\nc\nd\nE\nf");
        Assert.Contains("- e", diff, StringComparison.Ordinal);
        Assert.Contains("+ E", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("  a", diff, StringComparison.Ordinal);
        Assert.Contains("  d", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_at_the_first_differing_column_of_a_long_changed_line()
    {
        string before = "{\"text\":\"" + new string('x', 200) + "A" + new string('y', 50) + "\"}";
        string after = before.Replace("A", "B", StringComparison.Ordinal);
        string diff = LineDiff.Render(before, after);
        Assert.Contains("first difference at column 210", diff, StringComparison.Ordinal);
        Assert.Contains("A", diff, StringComparison.Ordinal);
        Assert.Contains("B", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_an_inserted_line()
    {
        string diff = LineDiff.Render("one\nthree", "one\ntwo\nthree");
        Assert.Contains("+ two", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("- ", diff, StringComparison.Ordinal);
    }
}
