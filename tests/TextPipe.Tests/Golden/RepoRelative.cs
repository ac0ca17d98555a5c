namespace TextPipe.Tests.Golden;

/// <summary>Makes CLI output repository-relative, so golden files do not depend on where the clone lives.</summary>
public static class RepoRelative
{
    public static string Strip(string output) =>
        output.Replace(RepoPaths.Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
}
