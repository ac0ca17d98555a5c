using TextPipe.Cli;

namespace TextPipe.Tests.Cli;

/// <summary>
/// Every command, help included, ends quietly with exit code 0 when its reader has gone (<c>textpipe --help | head -3</c>),
/// instead of a stack trace; any other write failure is still an error.
/// </summary>
public class ClosedPipeOutputTests
{
    /// <summary>Accepts a few bytes, then fails every write as a pipe whose reader has exited does (EPIPE).</summary>
    private sealed class PipeClosedAfter(int bytes, int errno = 32) : Stream
    {
        private long written;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => written;
        public override long Position { get => written; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (written + buffer.Length > bytes)
            {
                throw new IOException(errno == 32 ? "Broken pipe" : "Input/output error", errno);
            }
            written += buffer.Length;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private static (int Code, string Error) Run(Stream stdout, params string[] args)
    {
        var stderr = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment { OpenStandardInput = () => new MemoryStream(), StandardOutput = stdout, StandardError = stderr };
        int code = TextPipeApp.Run(args, environment);
        return (code, stderr.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("convert", "--help")]
    [InlineData("check", "--help")]
    [InlineData("rules")]
    public void Help_and_listings_into_a_closed_pipe_end_quietly(params string[] args)
    {
        var (code, error) = Run(new PipeClosedAfter(40), args);

        Assert.Equal(0, code);
        Assert.Equal("", error);
    }

    [Fact]
    public void Inspect_into_a_closed_pipe_ends_quietly()
    {
        using var temp = new TempFolder();
        string input = temp.File("long.txt", string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"Paragraph {i} of a long plain text, with a sentence in it.")));

        var (code, error) = Run(new PipeClosedAfter(200), "inspect", input);

        Assert.Equal(0, code);
        Assert.Equal("", error);
    }

    [Fact]
    public void Another_write_failure_is_still_an_error()
    {
        using var temp = new TempFolder();
        string input = temp.File("long.txt", string.Join("\n\n", Enumerable.Range(0, 400).Select(i => $"Paragraph {i} of a long plain text, with a sentence in it.")));

        var (code, error) = Run(new PipeClosedAfter(200, errno: 5), "inspect", input);

        Assert.Equal(1, code);
        Assert.Contains("Input/output error", error, StringComparison.Ordinal);
    }
}
