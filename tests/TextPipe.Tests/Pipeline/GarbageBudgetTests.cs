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
        Allocate(megabytes: 16);
        Assert.True(budget.Check());
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > fullCollections);
    }

    [Fact]
    public void Growth_within_the_allowance_is_left_to_the_runtime()
    {
        var budget = new GarbageBudget(allowanceBytes: 1L << 40);
        Allocate(megabytes: 16);
        Assert.False(budget.Check());
    }

    [Fact]
    public void A_document_is_allowed_one_more_copy_of_its_text_and_never_less_than_the_floor()
    {
        // The floor: a short document never makes a collection for a few megabytes of garbage.
        var shortDocument = GarbageBudget.ForDocument(chars: 1000);
        Allocate(megabytes: 4);
        Assert.False(shortDocument.Check());
    }

    private static void Allocate(int megabytes)
    {
        for (int i = 0; i < megabytes; i++)
        {
            // Large-object-heap arrays, dropped at once: what a long document's rules leave behind.
            GC.KeepAlive(new byte[1024 * 1024]);
        }
    }
}
