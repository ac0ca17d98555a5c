namespace TextPipe.Readers;

/// <summary>What a reader is told about its input besides the bytes.</summary>
/// <param name="Name">Path as the user gave it (or under a directory they gave), or <c>-</c> for stdin.</param>
/// <param name="Extension">Lower-case file extension with its dot (<c>.md</c>), or empty.</param>
public sealed record SourceInfo(string Name, string Extension)
{
    public static SourceInfo FromPath(string path) => new(path, Path.GetExtension(path).ToLowerInvariant());

    public static SourceInfo StandardInput { get; } = new("-", "");
}
