using System.IO.Compression;
using System.Text;
using TextPipe.Readers;
using TextPipe.Readers.Compression;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Compression;

public class CompressedInputTests
{
    private static readonly DocumentLoader Loader = new(ReaderOptions.Default);

    internal static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }
        return buffer.ToArray();
    }

    private static byte[] GzipBytes(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        return buffer.ToArray();
    }

    internal static byte[] Zstd(string text)
    {
        using var compressor = new ZstdSharp.Compressor(3);
        return compressor.Wrap(Encoding.UTF8.GetBytes(text)).ToArray();
    }

    private const string Markdown = "# Le port\n\nLe premier bateau part à six heures.\n";

    [Fact]
    public void Gzip_and_zstd_inputs_are_read_as_the_format_of_their_inner_name()
    {
        foreach (var (bytes, name) in new[] { (Gzip(Markdown), "notes.md.gz"), (Zstd(Markdown), "notes.md.zst") })
        {
            var document = Loader.Load(bytes, Source(name));

            Assert.Equal("markdown", document.Metadata.Format);
            Assert.Equal(name, document.Metadata.Source);
            Assert.Equal("Le premier bateau part à six heures.", document.Blocks[^1].Text);
        }
    }

    [Fact]
    public void Compression_is_known_by_magic_bytes_and_the_inner_format_by_content_when_the_name_says_nothing()
    {
        var document = Loader.Load(Gzip("WEBVTT\n\n00:01.000 --> 00:02.000\nHello.\n"), Source("download.gz"));

        Assert.Equal("vtt", document.Metadata.Format);
    }

    [Fact]
    public void A_file_named_gz_that_is_not_compressed_is_read_as_what_it_is()
    {
        var document = Loader.Load(Utf8("Just text."), Source("odd.gz"));

        Assert.Equal("text", document.Metadata.Format);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("zstd")]
    public void Truncated_compressed_data_is_a_clear_error_not_a_shorter_text(string kind)
    {
        string text = string.Concat(Enumerable.Range(0, 2000).Select(i => $"Ligne {i} d'un long texte.\n"));
        byte[] whole = kind == "gzip" ? Gzip(text) : Zstd(text);
        byte[] truncated = whole[..(whole.Length / 2)];

        var error = Assert.Throws<InputException>(() => Loader.Load(truncated, Source("long.txt." + (kind == "gzip" ? "gz" : "zst"))));
        Assert.Contains($"corrupt or truncated {kind} data", error.Message);
    }

    [Fact]
    public void Corrupt_gzip_data_is_a_clear_error()
    {
        byte[] bytes = Gzip("Some text that is long enough to compress into a few blocks of data.");
        for (int i = 10; i < bytes.Length - 8; i++)
        {
            bytes[i] ^= 0x5A;
        }

        var error = Assert.Throws<InputException>(() => Loader.Load(bytes, Source("bad.txt.gz")));
        Assert.Contains("corrupt or truncated gzip data", error.Message);
    }

    [Fact]
    public void Compressed_data_inside_compressed_data_is_named_not_read_as_text()
    {
        var error = Assert.Throws<InputException>(() => Loader.Load(GzipBytes(Gzip("x")), Source("twice.gz")));
        Assert.Contains("gzip-compressed data", error.Message);
    }

    [Theory]
    [InlineData("corpus.jsonl.gz", "corpus.jsonl", ".jsonl")]
    [InlineData("a/b.SRT.ZST", "a/b.SRT", ".srt")]
    [InlineData("plain.txt", "plain.txt", ".txt")]
    [InlineData("archive.tar.bz2", "archive.tar.bz2", ".bz2")]
    public void The_inner_name_drops_only_a_compression_extension(string name, string inner, string extension)
    {
        Assert.Equal(inner, CompressedInput.InnerName(name));
        Assert.Equal(extension, CompressedInput.Inner(Source(name)).Extension);
    }

    [Fact]
    public void A_non_seekable_stream_is_sniffed_and_still_read_from_its_start()
    {
        using var pipe = new NonSeekable(Gzip("Bonjour."));
        using var stream = CompressedInput.OpenDecompressing(pipe, out var kind);
        using var reader = new StreamReader(stream);

        Assert.Equal(CompressionKind.Gzip, kind);
        Assert.Equal("Bonjour.", reader.ReadToEnd());
    }

    [Fact]
    public void An_empty_or_tiny_stream_is_not_compressed()
    {
        using var stream = CompressedInput.OpenDecompressing(new MemoryStream([0x1F]), out var kind);

        Assert.Equal(CompressionKind.None, kind);
        Assert.Equal(0x1F, stream.ReadByte());
        Assert.Equal(-1, stream.ReadByte());
    }

    [Fact]
    public void Every_member_of_a_multi_member_gzip_is_read_though_the_trailer_names_only_the_last()
    {
        // `cat a.gz b.gz > ab.gz`: the trailer's size is the last member's, so the text must not be cut to it.
        byte[] bytes = [.. Gzip("Premier membre : le port ouvre à six heures.\n\n"), .. Gzip("Second member: the ferry leaves at noon.\n")];

        var document = Loader.Load(bytes, Source("joined.txt.gz"));

        Assert.Equal(["Premier membre : le port ouvre à six heures.", "Second member: the ferry leaves at noon."], document.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData(4_000, true)]
    [InlineData(3_999, false)]
    public void A_compressed_input_is_held_only_within_the_input_limit(int limit, bool accepted)
    {
        string text = string.Concat(Enumerable.Range(0, 200).Select(i => $"Ligne {i:000} du texte, assez longue ici.\n"))[..4_000];
        var loader = new DocumentLoader(ReaderOptions.Default with { MaxInputBytes = limit });

        foreach (var bytes in new[] { Gzip(text), Zstd(text) })
        {
            if (accepted)
            {
                string read = string.Join("\n", loader.Load(bytes, Source("lines.txt.gz")).Blocks.Select(b => b.Text));
                Assert.Contains("Ligne 000", read, StringComparison.Ordinal);
                Assert.Contains("Ligne 104", read, StringComparison.Ordinal);
            }
            else
            {
                var error = Assert.Throws<InputException>(() => loader.Load(bytes, Source("lines.txt.gz")));
                Assert.Contains("--max-input-bytes", error.Message, StringComparison.Ordinal);
            }
        }
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
