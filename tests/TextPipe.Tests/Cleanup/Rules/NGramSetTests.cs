using TextPipe.Cleanup.Rules;

namespace TextPipe.Tests.Cleanup.Rules;

/// <summary>The fixed-size n-gram set answers as a <see cref="HashSet{T}"/> does, for the hash 0 too, and refuses to overfill.</summary>
public class NGramSetTests
{
    [Fact]
    public void Adds_answer_as_a_hash_set_does()
    {
        var random = new Random(7);
        var set = new NGramSet(new ulong[4000]);
        var expected = new HashSet<ulong>();
        for (int i = 0; i < 3000; i++)
        {
            // Few distinct values, many of them equal in their low or high bits, so slots collide and probing wraps.
            ulong hash = random.Next(4) switch
            {
                0 => (ulong)random.Next(500),
                1 => (ulong)random.Next(500) << 40,
                2 => ulong.MaxValue - (ulong)random.Next(500),
                _ => 0,
            };
            Assert.Equal(expected.Add(hash), set.Add(hash));
        }
    }

    [Fact]
    public void Clear_empties_the_set()
    {
        var set = new NGramSet(new ulong[8]);
        Assert.True(set.Add(0));
        Assert.True(set.Add(42));
        set.Clear();
        Assert.True(set.Add(0));
        Assert.True(set.Add(42));
        Assert.False(set.Add(42));
    }

    [Fact]
    public void A_full_set_refuses_a_new_hash_but_still_finds_its_own()
    {
        var set = new NGramSet(new ulong[4]);
        Assert.True(set.Add(1));
        Assert.True(set.Add(2));
        Assert.True(set.Add(3));
        Assert.False(set.Add(2));
        Assert.Throws<InvalidOperationException>(() => set.Add(4));
    }
}
