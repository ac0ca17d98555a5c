namespace TextPipe.Cli;

/// <summary>
/// Whether a run may draw a progress line. It is drawn on stderr only, and only when stderr is a terminal and
/// the records do not go to a terminal too: stdout and stderr usually share one terminal, and a progress line
/// redrawn with <c>\r</c> between records would glue itself onto them. Clearing the line before every write to
/// stdout would need the writers to know about the terminal; not drawing at all is the robust choice.
/// </summary>
internal static class ProgressPolicy
{
    /// <param name="errorIsTerminal">stderr is a terminal.</param>
    /// <param name="outputIsTerminal">stdout is a terminal.</param>
    /// <param name="recordsToStandardOutput">The records are written to stdout (no <c>-o</c>).</param>
    /// <param name="quiet"><c>--quiet</c> was given.</param>
    public static bool ShowProgress(bool errorIsTerminal, bool outputIsTerminal, bool recordsToStandardOutput, bool quiet) =>
        !quiet && errorIsTerminal && !(recordsToStandardOutput && outputIsTerminal);

    /// <summary>The progress line: "1 document done, 0 failed", "2 documents done, 1 failed".</summary>
    public static string Line(int done, int failed) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{done:N0} {(done == 1 ? "document" : "documents")} done, {failed:N0} failed");
}
