using System.Text;
using System.Text.Json;
using TextPipe.Tests.Schema;

namespace TextPipe.Tests.Cli;

public class LangsOptionTests
{
    private static readonly byte[] Portuguese = Encoding.UTF8.GetBytes("Bom dia, tudo bem com você hoje? Vamos ao mercado depois do almoço.\n");

    [Fact]
    public void Langs_restricts_detection_and_the_record_says_so()
    {
        var free = CliRun.Invoke(["convert", "-"], Portuguese);
        var restricted = CliRun.Invoke(["convert", "-", "--langs", "fr,es"], Portuguese);

        SchemaAssert.ValidJsonLines(restricted.Output, "document");
        var a = JsonDocument.Parse(free.Output).RootElement;
        var b = JsonDocument.Parse(restricted.Output).RootElement;
        Assert.Equal("pt", a.GetProperty("lang").GetString());
        Assert.Empty(a.GetProperty("lang_candidates").EnumerateArray());
        // Portuguese fits neither candidate's model well: `und` (a language outside the list), never `pt`.
        Assert.Contains(b.GetProperty("lang").GetString(), new[] { "fr", "es", "und" });
        Assert.Equal(["es", "fr"], b.GetProperty("lang_candidates").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("zh,??")]
    [InlineData(",")]
    [InlineData("english-language-name")]
    public void Malformed_language_lists_are_usage_errors(string list)
    {
        var run = CliRun.Invoke(["convert", "-", "--langs", list], Portuguese);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--langs", run.Error, StringComparison.Ordinal);
    }
}
