using System.Text;
using TextPipe.Readers;

namespace TextPipe.Tests.Readers;

internal static class ReaderTestKit
{
    public static ReadOnlyMemory<byte> Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static SourceInfo Source(string path) => SourceInfo.FromPath(path);

    /// <summary>The repository root (where TextPipe.sln is), found from the test binary's folder.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TextPipe.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("TextPipe.sln not found above " + AppContext.BaseDirectory);
    }
}
