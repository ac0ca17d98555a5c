namespace TextPipe.Tests.Golden;

/// <summary>
/// The real-document corpus under samples/real: the files listed in its sources.tsv (one row per file, with the
/// package it came from), and the folder of their verified renderings.
/// </summary>
public static class RealCorpus
{
    public static string Folder => Path.Combine(RepoPaths.Samples, "real");

    public static string Expected => Path.Combine(Folder, "expected");

    public static string Manifest => Path.Combine(Folder, "sources.tsv");

    /// <summary>The corpus's own files that are not documents: the manifest, the checksums, the script that re-gathers them, the git attributes.</summary>
    public static IReadOnlySet<string> NotDocuments { get; } = new HashSet<string>(StringComparer.Ordinal) { "sources.tsv", "SHA256SUMS", "gather.sh", ".gitattributes" };

    /// <summary>The file names listed in the manifest's first column, header skipped.</summary>
    public static IReadOnlyList<string> Files() =>
        [.. File.ReadLines(Manifest).Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t')[0])];
}
