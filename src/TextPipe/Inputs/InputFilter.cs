using Microsoft.Extensions.FileSystemGlobbing;

namespace TextPipe.Inputs;

/// <summary>
/// Include/exclude globs applied to files found under a directory (files named directly are always read,
/// as ripgrep does). A glob without a slash matches a file name at any depth (<c>*.md</c>); one with a slash
/// matches the path relative to the directory (<c>news/**/*.txt</c>). Hidden files and folders are skipped
/// unless <see cref="IncludeHidden"/> is set.
/// </summary>
public sealed class InputFilter
{
    private readonly Matcher? includes;
    private readonly Matcher? excludes;

    public InputFilter(IEnumerable<string> include, IEnumerable<string> exclude, bool includeHidden = false)
    {
        includes = BuildMatcher(include);
        excludes = BuildMatcher(exclude);
        IncludeHidden = includeHidden;
    }

    public static InputFilter All { get; } = new([], []);

    public bool IncludeHidden { get; }

    /// <summary>True when a file at <paramref name="relativePath"/> (forward slashes) under a searched directory is wanted.</summary>
    public bool Accepts(string relativePath)
    {
        if (!IncludeHidden && relativePath.Split('/').Any(part => part.StartsWith('.')))
        {
            return false;
        }
        if (includes is not null && !includes.Match(relativePath).HasMatches)
        {
            return false;
        }
        return excludes is null || !excludes.Match(relativePath).HasMatches;
    }

    private static Matcher? BuildMatcher(IEnumerable<string> globs)
    {
        var list = globs.Where(g => !string.IsNullOrWhiteSpace(g)).ToList();
        if (list.Count == 0)
        {
            return null;
        }
        var matcher = new Matcher(StringComparison.Ordinal);
        foreach (var glob in list)
        {
            matcher.AddInclude(glob.Contains('/', StringComparison.Ordinal) ? glob : "**/" + glob);
        }
        return matcher;
    }
}
