using System.Collections.Concurrent;
using System.Globalization;

namespace TextPipe.Conversion;

/// <summary>
/// Output files written whole or not at all: each is written to a hidden temporary file in the same folder and renamed
/// over its name only when complete, so a failed or interrupted run never leaves a half file that looks finished, and
/// the previous file stays until the new one replaces it. Keeps the temporary files in progress so that an interrupt
/// handler can delete them (<see cref="DeletePending"/>).
/// </summary>
public sealed class OutputFiles
{
    private readonly ConcurrentDictionary<string, byte> pending = new(StringComparer.Ordinal);

    /// <summary>Starts writing <paramref name="path"/>. A path under /dev or /proc (a device such as /dev/full or /dev/stdout) cannot be renamed over, and is written directly.</summary>
    public OutputFile Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = Path.GetFullPath(path);
        if (IsSpecial(full))
        {
            return new OutputFile(this, new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite), path, temporary: null);
        }
        string temporary = Path.Join(Path.GetDirectoryName(full), string.Create(CultureInfo.InvariantCulture,
            $".{Path.GetFileName(full)}.{Environment.ProcessId}-{Guid.NewGuid():N}.part"));
        pending[temporary] = 0;
        try
        {
            return new OutputFile(this, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None), path, temporary);
        }
        catch
        {
            pending.TryRemove(temporary, out _);
            throw;
        }
    }

    /// <summary>Deletes every temporary file not yet renamed (on an interrupt: the run ends without its outputs).</summary>
    public void DeletePending()
    {
        foreach (string temporary in pending.Keys)
        {
            Delete(temporary);
        }
    }

    internal void Forget(string temporary) => pending.TryRemove(temporary, out _);

    internal void Delete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Still open on Windows, or the folder went away: nothing more can be done, and it is hidden and named .part.
        }
        Forget(temporary);
    }

    private static bool IsSpecial(string fullPath) =>
        !OperatingSystem.IsWindows() && (fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal));
}

/// <summary>One output file being written: <see cref="Complete"/> puts it in place; disposing it before that throws it away.</summary>
public sealed class OutputFile : IDisposable
{
    private readonly OutputFiles owner;
    private readonly string path;
    private readonly string? temporary;
    private bool done;

    internal OutputFile(OutputFiles owner, Stream stream, string path, string? temporary)
    {
        this.owner = owner;
        Stream = stream;
        this.path = path;
        this.temporary = temporary;
    }

    /// <summary>Where to write. Whoever wraps it (a compressor) must be disposed before <see cref="Complete"/>, to finish its data.</summary>
    public Stream Stream { get; }

    /// <summary>
    /// Closes the file and renames it over its final name. (The rename guards against the process being interrupted; the
    /// data is not forced to disk first, which would cost a sync per file of an output folder.)
    /// </summary>
    public void Complete()
    {
        ObjectDisposedException.ThrowIf(done, this);
        Stream.Dispose();
        if (temporary is not null)
        {
            File.Move(temporary, path, overwrite: true); // if this throws, Dispose still deletes the temporary file
            owner.Forget(temporary);
        }
        done = true;
    }

    public void Dispose()
    {
        if (done)
        {
            return;
        }
        done = true;
        try
        {
            Stream.Dispose();
        }
        catch (IOException)
        {
            // Flushing the last bytes failed (disk full): the file is thrown away anyway.
        }
        if (temporary is not null)
        {
            owner.Delete(temporary);
        }
    }
}
