using System.Text;
using TextPipe.Conversion;
using TextPipe.Inputs;
using TextPipe.Pipeline;
using TextPipe.Readers;

namespace TextPipe.Tests.Conversion;

/// <summary>
/// A batch streams: the first result comes out before the input is read to its end, and reading stays within a
/// bounded distance of the results taken (the window between the parallel workers and the writer), for a
/// dataset on a pipe as for a long list of files. Measured by counting what was read, not by timing.
/// </summary>
public class StreamingBatchTests
{
    private const int Rows = 50_000;

    /// <summary>A pipe-like stream of JSONL rows, made as it is read, that counts the bytes it has handed out.</summary>
    private sealed class RowStream : Stream
    {
        private readonly int rows;
        private int next;
        private byte[] pending = [];
        private int offset;

        public RowStream(int rows) => this.rows = rows;

        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (this.offset == pending.Length)
            {
                if (next == rows)
                {
                    return 0;
                }
                next++;
                pending = Encoding.UTF8.GetBytes($"{{\"text\":\"Row {next} of the stream, a short sentence.\"}}\n");
                this.offset = 0;
            }
            int n = Math.Min(buffer.Length, pending.Length - this.offset);
            pending.AsSpan(this.offset, n).CopyTo(buffer);
            this.offset += n;
            Served += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static BatchConverter Converter(int jobs, Func<Stream> stdin) =>
        new(new DocumentLoader(new ReaderOptions { ForcedFormat = "jsonl" }), new DocumentPipelineBuilder().Build(), jobs, stdin);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void A_dataset_on_a_pipe_gives_results_before_it_ends_and_reads_a_bounded_way_ahead(int jobs)
    {
        var stdin = new RowStream(Rows);
        long rowBytes = Encoding.UTF8.GetByteCount($"{{\"text\":\"Row {Rows} of the stream, a short sentence.\"}}\n");
        int taken = 0;
        long furthestAhead = 0;

        foreach (var result in Converter(jobs, () => stdin).Convert([new StandardInput()]))
        {
            Assert.True(result.Succeeded, result.Error);
            taken++;
            if (taken == 1)
            {
                Assert.True(stdin.Served < Rows * rowBytes / 10, $"{stdin.Served} bytes read before the first result");
            }
            furthestAhead = Math.Max(furthestAhead, stdin.Served - (taken * rowBytes));
        }

        Assert.Equal(Rows, taken);
        // What is read ahead of the results is a few chunks of rows per worker, whatever the input's length.
        Assert.True(furthestAhead < Rows * rowBytes / 10, $"read {furthestAhead} bytes ahead of the results");
    }

    [Fact]
    public void A_long_list_of_inputs_is_taken_as_the_results_go_out()
    {
        using var temp = new TempFolder();
        string file = temp.File("one.txt", "A short file, read many times.");
        int listed = 0;
        IEnumerable<InputItem> Inputs()
        {
            for (int i = 0; i < 10_000; i++)
            {
                listed++;
                yield return new FileInput(file, "one.txt", file);
            }
        }
        var converter = new BatchConverter(new DocumentLoader(ReaderOptions.Default), new DocumentPipelineBuilder().Build(), 2, () => Stream.Null);
        int taken = 0;
        int furthestAhead = 0;

        foreach (var result in converter.Convert(Inputs()))
        {
            Assert.True(result.Succeeded, result.Error);
            taken++;
            furthestAhead = Math.Max(furthestAhead, listed - taken);
        }

        Assert.Equal(10_000, taken);
        Assert.InRange(furthestAhead, 0, 16);
    }
}
