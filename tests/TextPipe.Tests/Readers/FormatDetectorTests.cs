using System.Collections.Immutable;
using System.Text;
using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Text;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers;

public class FormatDetectorTests
{
    private static readonly DocumentLoader Loader = new(ReaderOptions.Default);

    private static FormatDetection Detect(string text, string path, ReaderOptions? options = null) =>
        new FormatDetector(ReaderRegistry.CreateDefault(options ?? ReaderOptions.Default), options ?? ReaderOptions.Default)
            .Detect(Utf8(text), Source(path));

    private const string MarkdownLike = "# Titre\n\nTexte.\n\n![](img/1.png)\n";

    [Theory]
    [InlineData("a.md")]
    [InlineData("a.MARKDOWN")]
    [InlineData("dir/a.mdown")]
    public void Markdown_extensions_select_markdown(string path)
    {
        var detection = Detect("plain words only", path);
        Assert.Equal(("markdown", DetectionMethod.Extension), (detection.Format, detection.Method));
    }

    [Theory]
    [InlineData("a.txt")]
    [InlineData("a.text")]
    [InlineData("server.log")]
    [InlineData("README")]
    public void Plain_text_extensions_select_text_and_may_be_upgraded(string path)
    {
        var plain = Detect("Une phrase.\n\nUne autre.", path);
        Assert.Equal(("text", DetectionMethod.Extension), (plain.Format, plain.Method));
        Assert.NotNull(plain.Decoded);

        var upgraded = Detect(MarkdownLike, path);
        Assert.Equal(("markdown", DetectionMethod.Content), (upgraded.Format, upgraded.Method));
        Assert.Contains("heading 1, image 1", upgraded.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_sniffed_like_a_file_without_extension()
    {
        var doc = Loader.Load(Utf8(MarkdownLike), SourceInfo.StandardInput);
        Assert.Equal("markdown", doc.Metadata.Format);
        Assert.Equal("-", doc.Metadata.Source);
    }

    [Fact]
    public void Unknown_extension_is_text_without_sniffing()
    {
        var detection = Detect(MarkdownLike, "data/notes.xyz");
        Assert.Equal(("text", DetectionMethod.Fallback), (detection.Format, detection.Method));
        Assert.Equal("text", Loader.Load(Utf8("Bonjour."), Source("x.xyz")).Metadata.Format);
    }

    [Fact]
    public void Unknown_extension_with_binary_bytes_is_rejected_by_decoding()
    {
        byte[] bytes = [0x01, 0x00, 0x02, 0x00, 0xFF, 0x10, 0x00, 0x00];
        Assert.Throws<InputException>(() => Loader.Load(bytes, Source("blob.bin")));
    }

    public static TheoryData<byte[], string> BinaryInputs => new()
    {
        { [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, .. "[Content_Types].xml"u8, .. "xl/workbook.xml"u8], "an Excel workbook (XLSX)" }, // DOCX is read (Docx/), PDF too (Pdf/)
        { [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, .. "data.csv"u8], "a ZIP archive" },
        { [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00, 0x04], "xz-compressed data" }, // gzip and zstd are read (Compression/)
        { [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0x00, 0x04], "a 7-Zip archive" },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], "a PNG image" },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], "a JPEG image" },
        { [.. "GIF89a"u8, 0x01, 0x00], "a GIF image" },
        { [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01], "an ELF executable" },
        { [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, .. "W\0o\0r\0d\0D\0o\0c\0"u8], "an old Microsoft Office document (DOC, XLS, PPT)" },
        { [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, .. "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8], "a password-protected Office document (DOCX, XLSX or PPTX; remove the password first)" },
    };

    [Theory]
    [MemberData(nameof(BinaryInputs))]
    public void Binary_formats_without_a_reader_are_rejected_whatever_the_extension(byte[] bytes, string description)
    {
        foreach (string path in new[] { "file.txt", "file.md", "file", "file.pdf" })
        {
            var e = Assert.Throws<InputException>(() => Loader.Load(bytes, Source(path)));
            Assert.Equal($"unsupported format: looks like {description} (no reader for it yet)", e.Message);
        }
    }

    [Fact]
    public void Text_that_starts_like_a_magic_number_is_still_text()
    {
        // "BZh" starts bzip2 data, but also ordinary words.
        var doc = Loader.Load(Utf8("BZh is not bzip2 here."), Source("a.txt"));
        Assert.Equal("text", doc.Metadata.Format);
    }

    [Fact]
    public void A_registered_reader_claims_its_magic_bytes()
    {
        var fakePdf = new StubReader("pdf");
        var registry = new ReaderRegistry([new ReaderRegistration(new PlainTextReader(), [".txt", ""]), new ReaderRegistration(fakePdf, [".pdf"])]);
        // The stub reads no text; only the format chosen matters here, not the empty-document check.
        var loader = new DocumentLoader(registry, ReaderOptions.Default with { AllowEmpty = true });

        var doc = loader.Load(Encoding.ASCII.GetBytes("%PDF-1.4 ..."), Source("misnamed.txt"));

        Assert.Equal("pdf", doc.Metadata.Format);
        Assert.Equal(DetectionMethod.MagicBytes, loader.Detector.Detect(Encoding.ASCII.GetBytes("%PDF-1.4"), Source("x")).Method);
    }

    [Fact]
    public void Forced_format_overrides_extension_and_content()
    {
        var asText = new DocumentLoader(new ReaderOptions { ForcedFormat = "text" }).Load(Utf8("# 标题\n\n**粗体**"), Source("a.md"));
        Assert.Equal("text", asText.Metadata.Format);
        Assert.Equal("# 标题", asText.Blocks[0].Text);

        var asMarkdown = new DocumentLoader(new ReaderOptions { ForcedFormat = "Markdown" }).Load(Utf8("# Title\n\nBody."), Source("a.log"));
        Assert.Equal("markdown", asMarkdown.Metadata.Format);
        Assert.Equal(BlockKind.Heading, asMarkdown.Blocks[0].Kind);
    }

    [Fact]
    public void Unknown_forced_format_is_a_usage_error_listing_valid_ids()
    {
        var e = Assert.Throws<ArgumentException>(() => new DocumentLoader(new ReaderOptions { ForcedFormat = "nosuch" }));
        Assert.Contains("unknown input format 'nosuch'; valid formats: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", ReaderRegistry.CreateDefault(ReaderOptions.Default).Formats), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loaded_text_reuses_the_detectors_decoding()
    {
        var doc = Loader.Load(Utf8("Ligne.\r\n\r\nAutre ligne."), Source("a.txt"));
        Assert.Equal(["Ligne.", "Autre ligne."], doc.Blocks.Select(b => b.Text));
        Assert.Equal("utf-8", doc.Metadata.Encoding);
    }

    [Fact]
    public void Empty_inputs_are_rejected_through_the_loader()
    {
        Assert.Equal("empty file", Assert.Throws<InputException>(() => Loader.Load(ReadOnlyMemory<byte>.Empty, Source("a.txt"))).Message);
        Assert.Equal("only whitespace, no text", Assert.Throws<InputException>(() => Loader.Load(Utf8(" \n"), Source("a.md"))).Message);
    }

    [Fact]
    public void Registry_rejects_duplicate_formats_and_extensions_and_lists_formats()
    {
        Assert.Throws<ArgumentException>(() => new ReaderRegistry([new ReaderRegistration(new PlainTextReader(), []), new ReaderRegistration(new PlainTextReader(), [])]));
        Assert.Throws<ArgumentException>(() => new ReaderRegistry([new ReaderRegistration(new PlainTextReader(), [".txt"]), new ReaderRegistration(new MarkdownReader(), [".txt"])]));

        var registry = ReaderRegistry.CreateDefault(ReaderOptions.Default);
        // Readers are added as formats come in: check the listing's shape rather than today's set.
        Assert.Contains("markdown", registry.Formats);
        Assert.Contains("text", registry.Formats);
        Assert.Equal(registry.Formats.Order(StringComparer.Ordinal), registry.Formats);
        Assert.Equal("markdown", registry.FormatForExtension(".md"));
        Assert.Equal("text", registry.FormatForExtension(""));
        Assert.Null(registry.FormatForExtension(".nosuch"));
    }

    [Fact]
    public void Stream_is_read_within_the_size_limit()
    {
        var options = new ReaderOptions { MaxInputBytes = 64 };
        var loader = new DocumentLoader(options);
        byte[] small = Encoding.UTF8.GetBytes("Petit texte.");
        Assert.Equal("Petit texte.", loader.ReadStream(new MemoryStream(small), Source("s.txt")).Blocks[0].Text);

        byte[] big = Encoding.UTF8.GetBytes(new string('a', 100));
        var seekable = Assert.Throws<InputException>(() => loader.ReadStream(new MemoryStream(big), Source("b.txt")));
        Assert.Equal("input is 100 B (100 bytes), over the limit of 64 B (64 bytes, --max-input-bytes)", seekable.Message);

        var piped = Assert.Throws<InputException>(() => loader.ReadStream(new NonSeekableStream(big), Source("-")));
        Assert.Contains("over the limit of 64 B (64 bytes, --max-input-bytes)", piped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_is_read_asynchronously_too()
    {
        var loader = new DocumentLoader(new ReaderOptions { MaxInputBytes = 1_000 });
        var doc = await loader.ReadStreamAsync(new NonSeekableStream(Encoding.UTF8.GetBytes("# 标题\n\n正文\n\n![](img/1.png)")), SourceInfo.StandardInput, TestContext.Current.CancellationToken);
        Assert.Equal("标题", doc.Metadata.Title);

        await Assert.ThrowsAsync<InputException>(() => new DocumentLoader(new ReaderOptions { MaxInputBytes = 3 })
            .ReadStreamAsync(new NonSeekableStream(Encoding.UTF8.GetBytes("four")), SourceInfo.StandardInput, TestContext.Current.CancellationToken));
    }

    private sealed class StubReader(string format) : IDocumentReader
    {
        public string Format => format;

        public Document Read(ReadOnlyMemory<byte> content, SourceInfo source) =>
            new(new DocumentMetadata { Source = source.Name, Format = format, ByteCount = content.Length }, ImmutableArray<Block>.Empty) { Id = "stub" };
    }

    /// <summary>A pipe: no length, no seeking, small reads.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 7));
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
