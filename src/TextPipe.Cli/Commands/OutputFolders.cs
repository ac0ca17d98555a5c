namespace TextPipe.Cli.Commands;

/// <summary>Creates the missing parent folders of an output file, so <c>-o new/sub/out.jsonl</c> just works.</summary>
internal static class OutputFolders
{
    /// <summary>Creates the folders above <paramref name="path"/>; returns the path.</summary>
    /// <exception cref="UsageException">A folder cannot be created (a file is in the way, no permission...).</exception>
    public static string Prepare(string path, string option)
    {
        string? parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (parent is null || Directory.Exists(parent))
        {
            return path;
        }
        try
        {
            Directory.CreateDirectory(parent);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            string reason = FileInTheWay(parent) is { } file ? $"{file} is a file, not a folder" : e.Message;
            throw new UsageException($"{option} {path}: cannot create the folder {parent}: {reason}");
        }
    }

    /// <summary>The nearest existing ancestor of <paramref name="folder"/> when it is a file (the usual reason creation fails).</summary>
    private static string? FileInTheWay(string folder)
    {
        for (string? current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            if (File.Exists(current))
            {
                return current;
            }
            if (Directory.Exists(current))
            {
                return null;
            }
        }
        return null;
    }
}
