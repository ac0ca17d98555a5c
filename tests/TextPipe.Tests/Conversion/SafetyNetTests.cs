using System.Text;
using TextPipe.Conversion;
using TextPipe.Documents;
using TextPipe.Inputs;
using TextPipe.Pipeline;
using TextPipe.Readers;

namespace TextPipe.Tests.Conversion;

/// <summary>
/// One safety net per document: whatever a stage does with one document (throws anything, runs out of memory, loops),
/// that document becomes one failed result and every other document of the batch is still converted, in order.
/// The misbehaving stages are fakes that pick their victim by a word in its text, so the same batch checks both.
/// </summary>
public class SafetyNetTests
{
    private const string Victim = "POISON";

    /// <summary>Throws <typeparamref name="TException"/> on a document containing <see cref="Victim"/>, else passes it on.</summary>
    private sealed class ThrowingStage<TException>(Func<TException> create) : IDocumentStage
        where TException : Exception
    {
        public string Name => "throwing";

        public Document Process(Document document) => document.Text.Contains(Victim, StringComparison.Ordinal) ? throw create() : document;
    }

    /// <summary>Loops on the victim while checking the token, as a well-behaved slow stage does.</summary>
    private sealed class PatientlySlowStage : IDocumentStage
    {
        public string Name => "slow";

        public Document Process(Document document) => ProcessChecking(document, CancellationToken.None);

        public Document ProcessChecking(Document document, CancellationToken cancellationToken)
        {
            while (document.Text.Contains(Victim, StringComparison.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Thread.Sleep(5);
            }
            return document;
        }
    }

    /// <summary>Blocks on the victim and never looks at the token, like a parser stuck in a hostile input; released at the test's end.</summary>
    private sealed class StuckStage(ManualResetEventSlim release) : IDocumentStage
    {
        public int Entered;

        public string Name => "stuck";

        public Document Process(Document document)
        {
            if (document.Text.Contains(Victim, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref Entered);
                release.Wait();
            }
            return document;
        }
    }

    private static BatchConverter Converter(IDocumentStage stage, int jobs, TimeSpan? timeout = null, ReaderOptions? options = null) =>
        new(new DocumentLoader(options ?? ReaderOptions.Default), new DocumentPipelineBuilder().Add(stage).Build(), jobs, () => Stream.Null)
        {
            DocumentTimeout = timeout ?? Timeout.InfiniteTimeSpan,
        };

    /// <summary>Five files, the victim third.</summary>
    private static List<InputItem> Files(TempFolder temp)
    {
        var inputs = new List<InputItem>();
        for (int i = 0; i < 5; i++)
        {
            string text = i == 2 ? $"Paragraph with {Victim} in it." : $"Ordinary paragraph number {i}.";
            string path = temp.File($"f{i}.txt", text);
            inputs.Add(new FileInput($"f{i}.txt", $"f{i}.txt", path));
        }
        return inputs;
    }

    public static TheoryData<int> JobCounts => [1, 3];

    private static void AssertOnlyTheVictimFailed(List<ConversionResult> results, string expectedError)
    {
        Assert.Equal(["f0.txt", "f1.txt", "f2.txt", "f3.txt", "f4.txt"], results.Select(r => r.Input.Name));
        Assert.Equal([true, true, false, true, true], results.Select(r => r.Succeeded));
        Assert.Contains(expectedError, results[2].Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(JobCounts))]
    public void Any_exception_type_fails_only_its_document(int jobs)
    {
        using var temp = new TempFolder();
        var stage = new ThrowingStage<NotSupportedException>(() => new NotSupportedException("odd case"));

        var results = Converter(stage, jobs).Convert(Files(temp)).ToList();

        AssertOnlyTheVictimFailed(results, "internal error (NotSupportedException): odd case");
    }

    [Theory]
    [MemberData(nameof(JobCounts))]
    public void Out_of_memory_in_one_document_fails_that_document_and_the_batch_goes_on(int jobs)
    {
        using var temp = new TempFolder();
#pragma warning disable CA2201 // reserved for the runtime: thrown here to stand for a document too big for memory
        var stage = new ThrowingStage<OutOfMemoryException>(() => new OutOfMemoryException());
#pragma warning restore CA2201

        var results = Converter(stage, jobs).Convert(Files(temp)).ToList();

        AssertOnlyTheVictimFailed(results, "out of memory");
    }

    [Fact]
    public void An_exception_on_a_dataset_row_fails_that_row_with_its_line()
    {
        using var temp = new TempFolder();
        var rows = new StringBuilder();
        for (int i = 1; i <= 300; i++)
        {
            rows.Append("{\"text\":\"Row ").Append(i).Append(i == 200 ? " " + Victim : "").Append(".\"}\n");
        }
        string path = temp.File("rows.jsonl", rows.ToString());
        var stage = new ThrowingStage<InvalidCastException>(() => new InvalidCastException("bad cast"));

        var results = Converter(stage, jobs: 2).Convert([new FileInput("rows.jsonl", "rows.jsonl", path)]).ToList();

        Assert.Equal(300, results.Count);
        Assert.Equal(299, results.Count(r => r.Succeeded));
        Assert.Equal("line 200: internal error (InvalidCastException): bad cast", results[199].Error);
    }

    [Theory]
    [MemberData(nameof(JobCounts))]
    public void A_slow_stage_that_checks_its_token_is_stopped_at_the_time_limit(int jobs)
    {
        using var temp = new TempFolder();

        var results = Converter(new PatientlySlowStage(), jobs, TimeSpan.FromMilliseconds(300)).Convert(Files(temp)).ToList();

        AssertOnlyTheVictimFailed(results, "took longer than 0.3 s, the limit per document (--timeout-per-doc)");
    }

    [Theory]
    [MemberData(nameof(JobCounts))]
    public void A_stage_that_never_checks_its_token_is_given_up_on_and_the_batch_goes_on(int jobs)
    {
        using var temp = new TempFolder();
        using var release = new ManualResetEventSlim();
        var stage = new StuckStage(release);
        try
        {
            var results = Converter(stage, jobs, TimeSpan.FromMilliseconds(300)).Convert(Files(temp)).ToList();

            AssertOnlyTheVictimFailed(results, "(--timeout-per-doc)");
            Assert.Equal(1, stage.Entered);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public void A_stuck_dataset_row_fails_alone_and_the_rows_after_it_in_its_chunk_are_still_converted()
    {
        using var temp = new TempFolder();
        using var release = new ManualResetEventSlim();
        var stage = new StuckStage(release);
        var rows = new StringBuilder();
        for (int i = 1; i <= 20; i++)
        {
            rows.Append("{\"text\":\"Row ").Append(i).Append(i == 5 ? " " + Victim : "").Append(".\"}\n");
        }
        string path = temp.File("rows.jsonl", rows.ToString());
        try
        {
            var results = Converter(stage, jobs: 1, TimeSpan.FromMilliseconds(300)).Convert([new FileInput("rows.jsonl", "rows.jsonl", path)]).ToList();

            Assert.Equal(20, results.Count);
            Assert.Equal([5], results.Select((r, i) => (r, i)).Where(x => !x.r.Succeeded).Select(x => x.i + 1));
            Assert.StartsWith("line 5: took longer than", results[4].Error, StringComparison.Ordinal);
            Assert.Equal(Enumerable.Range(1, 20).Where(i => i != 5).Select(i => $"Row {i}."), results.Where(r => r.Succeeded).Select(r => r.Document!.Text));
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task Without_a_time_limit_a_slow_document_is_waited_for()
    {
        using var temp = new TempFolder();
        using var release = new ManualResetEventSlim();
        var stage = new StuckStage(release);
        var converting = Task.Run(() => Converter(stage, jobs: 2).Convert(Files(temp)).ToList(), TestContext.Current.CancellationToken);

        var first = await Task.WhenAny(converting, Task.Delay(TimeSpan.FromMilliseconds(600), TestContext.Current.CancellationToken));
        release.Set();

        Assert.NotSame(converting, first);
        Assert.All(await converting, r => Assert.True(r.Succeeded));
    }

    [Fact]
    public void A_document_over_the_block_limit_fails_with_the_option_to_raise()
    {
        // HTML is counted after reading (its blocks come from a tree walk); plain text is stopped while it is read.
        using var temp = new TempFolder();
        string three = temp.File("three.html", "<html><body><p>One.</p><p>Two.</p><p>Three.</p></body></html>");
        string two = temp.File("two.txt", "One.\n\nTwo.");
        var stage = new ThrowingStage<InvalidOperationException>(() => new InvalidOperationException());
        var converter = Converter(stage, jobs: 1, options: ReaderOptions.Default with { MaxBlocks = 2 });

        var results = converter.Convert([new FileInput("three.html", "three.html", three), new FileInput("two.txt", "two.txt", two)]).ToList();

        Assert.Equal("3 blocks (paragraphs, cues, cells), over the limit of 2 (--max-blocks)", results[0].Error);
        Assert.True(results[1].Succeeded);
    }
}
