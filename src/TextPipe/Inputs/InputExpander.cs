namespace TextPipe.Inputs;

/// <summary>
/// Turns command-line paths into the list of inputs, lazily and in a deterministic order: arguments in
/// the order given, files under a directory sorted by ordinal path. Missing paths and directories with no
/// wanted file become <see cref="UnreadableInput"/> items so the caller reports them in order.
/// </summary>
public sealed class InputExpander(InputFilter filter)
{
    public IEnumerable<InputItem> Expand(IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                yield return new StandardInput();
            }
            else if (File.Exists(argument))
            {
                yield return new FileInput(argument, Path.GetFileName(argument), argument);
            }
            else if (Directory.Exists(argument))
            {
                bool any = false;
                foreach (var item in ExpandDirectory(argument))
                {
                    any = true;
                    yield return item;
                }
                if (!any)
                {
                    yield return new UnreadableInput(argument, "no readable files in directory (after --include/--exclude and hidden-file filters)");
                }
            }
            else
            {
                yield return new UnreadableInput(argument, "no such file or directory");
            }
        }
    }

    private IEnumerable<InputItem> ExpandDirectory(string root)
    {
        List<(string Relative, InputItem Item)> found;
        string? problem = null;
        try
        {
            found = [.. Walk(root)
                .Where(f => f.Item is not FileInput || filter.Accepts(f.Relative))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            found = [];
            problem = e.Message;
        }
        if (problem is not null)
        {
            yield return new UnreadableInput(root, $"cannot list directory: {problem}");
            yield break;
        }
        foreach (var (_, item) in found)
        {
            yield return item;
        }
    }

    /// <summary>One folder being listed: its path as given, its real path (symbolic links resolved), and its parent.</summary>
    private sealed record Folder(string Path, string Relative, string Real, Folder? Parent)
    {
        public bool IsWithin(string real)
        {
            for (var folder = this; folder is not null; folder = folder.Parent)
            {
                if (string.Equals(folder.Real, real, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>
    /// Every file under <paramref name="root"/>, walked with an explicit stack. Symbolic links to folders are followed,
    /// except one that leads back to a folder it is inside (a loop: followed, it would list the same files again and
    /// again until the path is too long); that link becomes an error item naming it, so the loop is reported, not hidden.
    /// </summary>
    private static IEnumerable<(string Relative, InputItem Item)> Walk(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.None,
            ReturnSpecialDirectories = false,
        };
        var pending = new Stack<Folder>();
        pending.Push(new Folder(root, "", RealPath(new DirectoryInfo(root)), null));
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var entry in new DirectoryInfo(folder.Path).EnumerateFileSystemInfos("*", options))
            {
                string path = Path.Join(folder.Path, entry.Name);
                string relative = folder.Relative.Length == 0 ? entry.Name : folder.Relative + "/" + entry.Name;
                if (entry is not DirectoryInfo directory)
                {
                    yield return (relative, new FileInput(path, relative, path));
                    continue;
                }
                string real = directory.LinkTarget is null ? Path.Join(folder.Real, entry.Name) : RealPath(directory);
                if (directory.LinkTarget is not null && folder.IsWithin(real))
                {
                    yield return (relative, new UnreadableInput(path, $"symbolic link loop: leads back to {directory.LinkTarget}, a folder it is inside; not followed"));
                    continue;
                }
                pending.Push(new Folder(path, relative, real, folder));
            }
        }
    }

    /// <summary>The folder's full path with a symbolic link at its end resolved (to its final target).</summary>
    private static string RealPath(DirectoryInfo directory) =>
        Path.TrimEndingDirectorySeparator(directory.LinkTarget is null
            ? directory.FullName
            : directory.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory.FullName);
}
