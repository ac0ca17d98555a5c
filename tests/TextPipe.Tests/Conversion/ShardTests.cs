using TextPipe.Conversion;

namespace TextPipe.Tests.Conversion;

public class ShardTests
{
    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("2/3", 2, 3)]
    [InlineData("9/10", 9, 10)]
    public void K_of_N_parses(string text, int index, int count)
    {
        var shard = Shard.Parse(text);

        Assert.Equal(index, shard.Index);
        Assert.Equal(count, shard.Count);
        Assert.Equal(text, shard.ToString());
    }

    [Theory]
    [InlineData("3/3")]
    [InlineData("5/2")]
    [InlineData("0/0")]
    [InlineData("-1/4")]
    [InlineData("1")]
    [InlineData("1/2/3")]
    [InlineData("a/b")]
    [InlineData(" 1/2")]
    [InlineData("1/")]
    [InlineData("")]
    public void Anything_but_K_below_N_is_refused(string text)
    {
        Assert.Throws<FormatException>(() => Shard.Parse(text));
    }

    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    public void The_hash_is_64_bit_FNV_1a_so_other_tools_can_recompute_it(string key, ulong expected)
    {
        // Published FNV-1a test vectors: a shard is reproducible outside TextPipe (e.g. in a Python script).
        foreach (int count in new[] { 2, 3, 7, 1000 })
        {
            Assert.Equal((int)(expected % (ulong)count), Shard.Of(key, count));
        }
    }

    [Fact]
    public void Every_key_is_in_exactly_one_shard()
    {
        string[] paths = ["corpus/zh/新闻.txt", "corpus/en/a.md", "corpus/fr/été.html", "corpus/de/Straße.docx", "-", "x"];
        foreach (int count in new[] { 1, 2, 3, 8 })
        {
            var shards = Enumerable.Range(0, count).Select(k => new Shard(k, count)).ToArray();
            foreach (string path in paths)
            {
                Assert.Single(shards, s => s.TakesInput(path));
            }
            for (long line = 1; line <= 500; line++)
            {
                Assert.Single(shards, s => s.TakesRow(line));
            }
        }
    }

    [Fact]
    public void Rows_are_spread_evenly_over_the_shards()
    {
        const int rows = 20_000;
        foreach (int count in new[] { 2, 3, 4, 7, 16 })
        {
            var sizes = new int[count];
            for (long line = 1; line <= rows; line++)
            {
                sizes[Enumerable.Range(0, count).Single(k => new Shard(k, count).TakesRow(line))]++;
            }
            double expected = rows / (double)count;
            Assert.All(sizes, size => Assert.InRange(size, expected * 0.85, expected * 1.15));
        }
    }

    [Fact]
    public void Paths_are_spread_over_the_shards_and_either_separator_names_the_same_file()
    {
        var names = Enumerable.Range(0, 4000).Select(i => $"corpus/part{i / 100:D2}/doc-{i}.txt").ToArray();
        var sizes = new int[4];
        foreach (string name in names)
        {
            sizes[Shard.Of(name, 4)]++;
            Assert.Equal(new Shard(1, 4).TakesInput(name), new Shard(1, 4).TakesInput(name.Replace('/', '\\')));
        }
        Assert.All(sizes, size => Assert.InRange(size, 850, 1150));
    }
}
