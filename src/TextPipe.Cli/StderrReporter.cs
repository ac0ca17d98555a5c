using System.Diagnostics;
using TextPipe.Conversion;

namespace TextPipe.Cli;

/// <summary>
/// Reports each failed input as one line on stderr (<c>textpipe: PATH: reason</c>), and draws a progress
/// line when <paramref name="showProgress"/> allows it (see <see cref="ProgressPolicy"/>) and the run has
/// lasted long enough to need one.
/// </summary>
internal sealed class StderrReporter(CliEnvironment environment, bool showProgress) : IConversionObserver
{
    private static readonly TimeSpan ProgressDelay = TimeSpan.FromSeconds(1);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int done;
    private int failed;
    private bool progressShown;

    public void Converted(ConversionResult result)
    {
        done++;
        ShowProgress();
    }

    public void Failed(ConversionResult result)
    {
        done++;
        failed++;
        ClearProgress();
        environment.StandardError.WriteLine($"textpipe: {result.Input.Name}: {result.Error}");
        ShowProgress();
    }

    /// <summary>Inputs (files or dataset rows) reported as failed so far.</summary>
    public int Failures => failed;

    public void Finish() => ClearProgress();

    private void ShowProgress()
    {
        if (!showProgress || clock.Elapsed < ProgressDelay)
        {
            return;
        }
        environment.StandardError.Write($"\r{ProgressPolicy.Line(done, failed)}");
        progressShown = true;
    }

    private void ClearProgress()
    {
        if (progressShown)
        {
            environment.StandardError.Write("\r\u001b[K");
            progressShown = false;
        }
    }
}
