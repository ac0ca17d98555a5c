using TextPipe.Cleanup.Rules;

namespace TextPipe.Tests.Cleanup.Rules;

/// <summary>Lines that recur between different neighbours are the page's furniture; lines that recur less, or are too short to tell, are not.</summary>
public class RecurringLinesTests
{
    private static RecurringLines Find(params string[] lines) => RecurringLines.Find(lines.Length, i => lines[i]);

    [Fact]
    public void A_line_three_times_between_different_neighbours_recurs()
    {
        var found = Find("alpha one", "Journal of Coastal Studies", "bravo two", "charlie three", "Journal of Coastal Studies ", "delta four",
            "echo five", "  Journal of Coastal Studies", "foxtrot six");
        Assert.True(found.Contains("Journal of Coastal Studies"));
        Assert.False(found.Contains("bravo two"));
    }

    [Fact]
    public void Twice_is_not_enough_nor_is_a_line_too_short_to_tell()
    {
        var found = Find("alpha one", "Journal of Coastal Studies", "bravo two", "p. 4", "charlie three", "Journal of Coastal Studies",
            "delta four", "p. 4", "echo five", "p. 4", "foxtrot six");
        Assert.False(found.Contains("Journal of Coastal Studies"));
        Assert.False(found.Contains("p. 4"));
    }

    [Fact]
    public void A_line_repeated_between_the_same_neighbours_is_text_not_furniture()
    {
        var found = Find("before it", "Journal of Coastal Studies", "after it", "before it", "Journal of Coastal Studies", "after it",
            "before it", "Journal of Coastal Studies", "after it");
        Assert.False(found.Contains("Journal of Coastal Studies"));
    }
}
