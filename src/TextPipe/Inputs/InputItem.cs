namespace TextPipe.Inputs;

/// <summary>One thing the user asked to convert, after paths and directories are expanded.</summary>
/// <param name="Name">How messages and records name it: the path as given, or under the directory given; <c>-</c> for stdin.</param>
/// <param name="RelativeName">Name relative to the directory it was found in (its file name when given directly): used to lay out per-input outputs.</param>
public abstract record InputItem(string Name, string RelativeName);

/// <summary>A file to read.</summary>
public sealed record FileInput(string Name, string RelativeName, string Path) : InputItem(Name, RelativeName);

/// <summary>Standard input, given as <c>-</c>.</summary>
public sealed record StandardInput() : InputItem("-", "stdin");

/// <summary>An argument that named nothing readable: reported as an error, never skipped quietly.</summary>
public sealed record UnreadableInput(string Name, string Reason) : InputItem(Name, Name);
