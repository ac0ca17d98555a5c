using TextPipe.Pipeline;

namespace TextPipe.Tests.Pipeline;

/// <summary>A large document's garbage is collected when it piles up past the allowance, and not before.</summary>
public class GarbageBudgetTests
{
    [Fact]
    public void Growth_past_the_allowance_is_collected()
    {
        var budget = new GarbageBudget(allowanceBytes: 1024 * 1024);
        int fullCollections = GC.CollectionCount(GC.MaxGeneration);
        // Held while the budget looks, so that no collection of the runtime's own can take the growth away first.
        var held = Allocate(megabytes: 16);
        Assert.True(budget.Check());
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > fullCollections);
        GC.KeepAlive(held);
    }

    [Fact]
    public void Growth_within_the_allowance_is_left_to_the_runtime()
    {
        var budget = new GarbageBudget(allowanceBytes: 1L << 40);
        var held = Allocate(megabytes: 16);
        Assert.False(budget.Check());
        GC.KeepAlive(held);
    }

    [Fact]
    public void A_document_is_allowed_one_more_copy_of_its_text_never_less_than_the_floor_and_a_short_one_never_looks()
    {
        Assert.Equal(100_000_000, GarbageBudget.ForDocument(chars: 50_000_000).AllowanceBytes);
        Assert.Equal(GarbageBudget.MinAllowanceBytes, GarbageBudget.ForDocument(chars: GarbageBudget.LookFromChars).AllowanceBytes);
        var shortDocument = GarbageBudget.ForDocument(chars: GarbageBudget.LookFromChars - 1);
        Assert.Equal(long.MaxValue, shortDocument.AllowanceBytes);
        var held = Allocate(megabytes: 16);
        Assert.False(shortDocument.Check());
        GC.KeepAlive(held);
    }

    [Fact]
    public void A_parsed_tree_is_allowed_one_copy_of_its_page_with_a_lower_floor_and_a_short_page_never_looks()
    {
        Assert.Equal(22_000_000, GarbageBudget.ForParsedTree(chars: 11_000_000).AllowanceBytes);
        Assert.Equal(GarbageBudget.MinTreeAllowanceBytes, GarbageBudget.ForParsedTree(chars: GarbageBudget.LookFromChars).AllowanceBytes);
        Assert.True(GarbageBudget.MinTreeAllowanceBytes < GarbageBudget.MinAllowanceBytes);
        Assert.Equal(long.MaxValue, GarbageBudget.ForParsedTree(chars: GarbageBudget.LookFromChars - 1).AllowanceBytes);
    }

    private static List<byte[]> Allocate(int megabytes)
    {
        // Large-object-heap arrays: what a long document's rules leave behind.
        var arrays = new List<byte[]>();
        for (int i = 0; i < megabytes; i++)
        {
            arrays.Add(new byte[1024 * 1024]);
        }
        return arrays;
    }
}
