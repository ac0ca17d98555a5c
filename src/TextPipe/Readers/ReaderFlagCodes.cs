namespace TextPipe.Readers;

/// <summary>Flag codes that more than one reader raises, defined once so that a filter on them catches every format.</summary>
public static class ReaderFlagCodes
{
    /// <summary>Text a reader left out on purpose (hidden elements, comments, markup outside any cue), with what and where.</summary>
    public const string DroppedText = "dropped-text";

    /// <summary>
    /// Elements nested deeper than <see cref="ReaderOptions.MaxNestingDepth"/> (<c>--max-depth</c>) were flattened into
    /// their deepest kept ancestor: their text is kept, their structure (block breaks, kinds) is not.
    /// </summary>
    public const string NestingFlattened = "nesting-flattened";
}
