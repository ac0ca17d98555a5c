using System.Text;
using TextPipe.Documents;
using TextPipe.Writers;

namespace TextPipe.Tests.Writers;

/// <summary>Runs a writer over documents into memory.</summary>
internal static class WriterHarness
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Bytes(WriterOptions options, params Document[] documents)
    {
        using var stream = new MemoryStream();
        using (var writer = RecordWriterFactory.Create(stream, options, leaveOpen: true))
        {
            foreach (var document in documents)
            {
                writer.Write(document);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The output decoded as strict UTF-8 (invalid bytes throw).</summary>
    public static string Text(WriterOptions options, params Document[] documents) =>
        StrictUtf8.GetString(Bytes(options, documents));

    public static string Text(OutputFormat format, RecordUnit unit, params Document[] documents) =>
        Text(new WriterOptions(format, unit), documents);

    /// <summary>The lines of JSONL or TXT output, without the final line end.</summary>
    public static string[] Lines(string output)
    {
        Assert.EndsWith("\n", output, StringComparison.Ordinal);
        return output[..^1].Split('\n');
    }
}
