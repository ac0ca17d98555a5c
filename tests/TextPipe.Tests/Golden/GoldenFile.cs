using System.Runtime.CompilerServices;
using System.Text;

namespace TextPipe.Tests.Golden;

/// <summary>
/// Golden-file assertions in Verify's style: the expected output lives beside the test as
/// <c>NAME.verified.EXT</c>. On a mismatch the actual output is written as <c>NAME.received.EXT</c> and the
/// test fails with a line diff. Accepting is opt-in: run with <c>TEXTPIPE_ACCEPT=1</c> to overwrite the
/// verified file with what was received (review the git diff afterwards), or rename the received file.
/// </summary>
public static class GoldenFile
{
    public const string AcceptVariable = "TEXTPIPE_ACCEPT";

    /// <summary>Verifies against <c>NAME.verified.EXT</c> beside the calling test's source file.</summary>
    public static void Verify(string received, string name, string extension, [CallerFilePath] string callerFile = "") =>
        VerifyIn(Path.GetDirectoryName(callerFile)!, received, name, extension);

    /// <summary>Verifies against <c>NAME.verified.EXT</c> in <paramref name="folder"/> (e.g. samples/expected).</summary>
    public static void VerifyIn(string folder, string received, string name, string extension)
    {
        ArgumentNullException.ThrowIfNull(received);
        Directory.CreateDirectory(folder);
        string verifiedPath = Path.Combine(folder, $"{name}.verified.{extension}");
        string receivedPath = Path.Combine(folder, $"{name}.received.{extension}");
        bool accept = Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

        string? verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath, Encoding.UTF8) : null;
        if (verified == received)
        {
            File.Delete(receivedPath);
            return;
        }
        if (accept)
        {
            File.WriteAllText(verifiedPath, received, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
        string how = $"Review {receivedPath}; accept it by renaming it to {Path.GetFileName(verifiedPath)}, or rerun with {AcceptVariable}=1.";
        if (verified is null)
        {
            Assert.Fail($"No verified file for '{name}'. {how}");
        }
        Assert.Fail($"'{name}' differs from {Path.GetFileName(verifiedPath)} (- verified, + received):\n{LineDiff.Render(verified, received)}\n{how}");
    }
}
