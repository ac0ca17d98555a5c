using System.Collections.Concurrent;

namespace TextPipe.Tests.Schema;

/// <summary>Finds the repository's <c>schema/</c> folder and hands out cached validators for its files.</summary>
public static class SchemaFiles
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);
    private static readonly ConcurrentDictionary<string, JsonSchemaValidator> Validators = new(StringComparer.Ordinal);

    /// <summary>The folder that holds <c>TextPipe.sln</c>, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot => Root.Value;

    public static string Directory => System.IO.Path.Combine(RepositoryRoot, "schema");

    /// <summary>The names of the record schemas, for tests that go over all of them.</summary>
    public static IReadOnlyList<string> RecordSchemas { get; } =
        ["document.schema.json", "paragraph.schema.json", "sentence.schema.json"];

    /// <summary>
    /// Full path of a schema file. <paramref name="name"/> may be the file name (<c>document.schema.json</c>)
    /// or just the record name (<c>document</c>).
    /// </summary>
    public static string PathOf(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        string fileName = name.EndsWith(".json", StringComparison.Ordinal) ? name : name + ".schema.json";
        string path = System.IO.Path.Combine(Directory, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No schema file {fileName} in {Directory}.", path);
        }
        return path;
    }

    /// <summary>A validator for a schema file, loaded once per test run.</summary>
    public static JsonSchemaValidator Validator(string name) =>
        Validators.GetOrAdd(PathOf(name), JsonSchemaValidator.Load);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "TextPipe.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds TextPipe.sln.");
    }
}
