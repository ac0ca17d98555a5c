using System.Text;
using System.Text.Json;
using TextPipe.Tests.Schema;

namespace TextPipe.Tests.Cli;

public class TokensOptionTests
{
    private static readonly byte[] Input = Encoding.UTF8.GetBytes("我们参加了海淀区科创嘉年华。\n\nThe fair opens today.\n");

    [Fact]
    public void Tokens_appear_only_when_asked_and_records_still_validate()
    {
        var plain = CliRun.Invoke(["convert", "-"], Input);
        var tokens = CliRun.Invoke(["convert", "-", "--tokens"], Input);

        Assert.DoesNotContain("\"tokens\"", plain.Output, StringComparison.Ordinal);
        SchemaAssert.ValidJsonLines(tokens.Output, "document");
        var paragraphs = JsonDocument.Parse(tokens.Output).RootElement.GetProperty("paragraphs");
        var english = paragraphs[1].GetProperty("tokens").EnumerateArray().Select(t => t.GetString()).ToArray();
        Assert.Equal(["The", "fair", "opens", "today", "."], english);
        Assert.Contains("我们", paragraphs[0].GetProperty("tokens").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void A_user_dictionary_keeps_a_domain_term_whole()
    {
        using var temp = new TempFolder();
        string dict = temp.File("words.txt", "科创嘉年华\n");

        var without = CliRun.Invoke(["convert", "-", "--tokens", "--unit", "paragraph"], Input);
        var with = CliRun.Invoke(["convert", "-", "--tokens", "--unit", "paragraph", "--user-dict", dict], Input);

        static string[] FirstTokens(CliRun run) =>
            JsonDocument.Parse(run.OutputLines[0]).RootElement.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToArray();
        Assert.DoesNotContain("科创嘉年华", FirstTokens(without));
        Assert.Contains("科创嘉年华", FirstTokens(with));
    }

    [Fact]
    public void A_user_dictionary_without_tokens_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var run = CliRun.Invoke(["convert", "-", "--user-dict", temp.File("w.txt", "词\n")], Input);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--tokens", run.Error, StringComparison.Ordinal);
    }
}
