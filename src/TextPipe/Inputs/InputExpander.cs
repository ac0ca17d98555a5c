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
        IEnumerable<string> files;
        string? problem = null;
        try
        {
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = false,
                AttributesToSkip = FileAttributes.None,
                ReturnSpecialDirectories = false,
            };
            files = Directory.EnumerateFiles(root, "*", options)
                .Select(path => (Path: path, Relative: Path.GetRelativePath(root, path).Replace('\\', '/')))
                .Where(f => filter.Accepts(f.Relative))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
                .Select(f => f.Path)
                .ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            files = [];
            problem = e.Message;
        }
        if (problem is not null)
        {
            yield return new UnreadableInput(root, $"cannot list directory: {problem}");
            yield break;
        }
        foreach (var path in files)
        {
            string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            yield return new FileInput(Path.Join(root, relative), relative, path);
        }
    }
}
