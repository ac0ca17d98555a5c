using System.Runtime.CompilerServices;
using TextPipe.Readers.Compression;

namespace TextPipe.Tests;

/// <summary>
/// The runtime reads the strict-gzip switch once, at the first use of deflate in the process. Tests that build
/// DOCX or gzip fixtures would otherwise get there first, in whatever order the test classes run, and the
/// truncated-gzip tests would see the lenient decoder. Set it when the test assembly loads.
/// </summary>
internal static class StrictGzipSetup
{
#pragma warning disable CA2255 // a test assembly, not a library: running first is the point
    [ModuleInitializer]
    internal static void Initialize() => CompressedInput.UseStrictValidation();
#pragma warning restore CA2255
}
