using TextPipe.Segmentation.Chinese;

namespace TextPipe.Tests.Segmentation.Chinese;

public sealed class BigramFilterTests
{
    [Fact]
    public void Every_added_key_may_be_contained()
    {
        var filter = new BigramFilter();
        uint[] keys = [1, 63, 64, 0xFFFF_FFFF, 0x8000_0000, 0x1234_5678, 0xDEAD_BEEF];
        foreach (uint key in keys)
        {
            filter.Add(key);
        }
        Assert.All(keys, key => Assert.True(filter.MayContain(key)));
    }

    [Fact]
    public void An_empty_filter_rules_every_key_out()
    {
        var filter = new BigramFilter();
        Assert.False(filter.MayContain(1));
        Assert.False(filter.MayContain(0xDEAD_BEEF));
    }

    [Fact]
    public void Look_alike_keys_in_the_same_word_with_other_bits_are_ruled_out()
    {
        var filter = new BigramFilter();
        filter.Add(0x1234_0001);
        // Same high bits (same 64-bit word) but different low bits: a different bit pair.
        Assert.False(filter.MayContain(0x1234_0002));
        // Same low bits, other word.
        Assert.False(filter.MayContain(0x1235_0001));
    }

    [Fact]
    public void Few_unseen_keys_pass_when_the_filter_is_as_full_as_the_shipped_table()
    {
        var filter = new BigramFilter();
        var random = new Random(7);
        for (int i = 0; i < 330_000; i++)
        {
            filter.Add((uint)random.NextInt64(1, uint.MaxValue));
        }
        int passed = 0;
        for (int i = 0; i < 100_000; i++)
        {
            passed += filter.MayContain((uint)random.NextInt64(1, uint.MaxValue)) ? 1 : 0;
        }
        Assert.InRange(passed, 0, 5_000);
    }
}
