using TextPipe.Segmentation.Chinese;

namespace TextPipe.Tests.Segmentation.Chinese;

public sealed class LatticeTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4095)]     // last precomputed weight
    [InlineData(4096)]     // first computed on the spot
    [InlineData(2_000_000)]
    public void No_pair_weight_is_the_log_of_the_pair_base_for_rare_and_frequent_words(int frequency)
    {
        var lattice = new Lattice();
        lattice.Reset(4);
        lattice.Add(0, 1, frequency, 0, 0, -1);
        Assert.Equal(-Math.Log(lattice.PairBase[0]), lattice.NoPairWeight[0]);
        Assert.Equal((1 - BigramWeight.Lambda) * (1 - BigramWeight.Mu) / (1.0 + frequency), lattice.PairScale[0]);
    }

    [Fact]
    public void Edges_are_linked_by_their_end_position()
    {
        var lattice = new Lattice();
        lattice.Reset(4);
        lattice.Add(0, 2, 5, 0, 1.0, -1);
        lattice.Add(1, 1, 5, 0, 2.0, -1);
        lattice.Add(0, 1, 5, 0, 3.0, -1);
        Assert.Equal(1, lattice.EndHead[2]);
        Assert.Equal(0, lattice.NextEnd[1]);
        Assert.Equal(2, lattice.EndHead[1]);
        Assert.Equal(-1, lattice.EndHead[3]);
    }
}
