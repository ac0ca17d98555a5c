using System.IO.Compression;
using System.Text;
using TextPipe.Readers;
using TextPipe.Readers.Compression;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Hostile;

/// <summary>Gzip and zstd bombs are refused while they inflate, by size and by ratio; ordinary inputs are not. Inputs built here.</summary>
public class DecompressionLimitTests
{
    private static readonly DocumentLoader Loader = new(ReaderOptions.Default);

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        return buffer.ToArray();
    }

    private static byte[] Zstd(byte[] bytes)
    {
        using var compressor = new ZstdSharp.Compressor(3);
        return compressor.Wrap(bytes).ToArray();
    }

    /// <summary>Text that compresses about a thousand times: one short line again and again.</summary>
    private static byte[] Repetitive(int megabytes) =>
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("the same line again\n", megabytes * 1024 * 1024 / 20)));

    [Theory]
    [InlineData("gzip")]
    [InlineData("zstd")]
    public void A_document_that_inflates_far_beyond_the_ratio_is_refused_naming_the_option(string kind)
    {
        var raw = Repetitive(24);
        var bomb = kind == "gzip" ? Gzip(raw) : Zstd(raw);

        var error = Assert.Throws<InputException>(() => Loader.Load(bomb, Source("notes.txt." + (kind == "gzip" ? "gz" : "zst"))));

        Assert.Contains("--max-decompression-ratio", error.Message, StringComparison.Ordinal);
        Assert.Contains(kind, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_is_read_when_the_ratio_allows_it()
    {
        var bomb = Gzip(Repetitive(24));
        var loader = new DocumentLoader(ReaderOptions.Default with { MaxDecompressionRatio = 1_000_000 });

        var document = loader.Load(bomb, Source("notes.txt.gz"));

        Assert.StartsWith("the same line again", document.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_input_that_compresses_very_well_is_read_whatever_its_ratio()
    {
        // Under the floor (a few megabytes out) the ratio is not judged: a page of spaces and one word is not a bomb.
        var text = string.Concat(Enumerable.Repeat(new string(' ', 99) + "\n", 20_000)) + "mot";
        var document = Loader.Load(Gzip(Encoding.UTF8.GetBytes(text)), Source("sparse.txt.gz"));

        Assert.Contains(document.Blocks, b => b.Text.Contains("mot", StringComparison.Ordinal));
    }

    [Fact]
    public void The_size_limit_is_checked_while_inflating_and_named()
    {
        var loader = new DocumentLoader(ReaderOptions.Default with { MaxInputBytes = 1_000_000 });
        var compressed = Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 200_000).Select(i => i.ToString("x8", System.Globalization.CultureInfo.InvariantCulture) + "\n"))));

        var error = Assert.Throws<InputException>(() => loader.Load(compressed, Source("ids.txt.gz")));

        Assert.Contains("--max-input-bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_streamed_dataset_bomb_stops_with_an_error_instead_of_growing()
    {
        var bomb = Gzip(Encoding.UTF8.GetBytes("text\n" + new string('x', 32 * 1024 * 1024)));

        var error = Assert.Throws<InputException>(() => Loader.ReadRows(new MemoryStream(bomb), Source("rows.csv.gz")).ToList());

        Assert.Contains("--max-decompression-ratio", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limit_judges_size_first_then_ratio_past_its_floor()
    {
        var limit = new DecompressionLimit(maxBytes: 100_000_000, maxRatio: 10);

        limit.Check(DecompressionLimit.RatioFloorBytes, 1, "x"); // at the floor: not judged
        limit.Check(50_000_000, 5_000_000, "x");                 // exactly 10 times: allowed
        Assert.Contains("--max-decompression-ratio", Assert.Throws<InputException>(() => limit.Check(50_000_001, 5_000_000, "x")).Message, StringComparison.Ordinal);
        Assert.Contains("--max-input-bytes", Assert.Throws<InputException>(() => limit.Check(100_000_001, 100_000_000, "x")).Message, StringComparison.Ordinal);
    }
}
