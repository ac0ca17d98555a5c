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

    [Fact]
    public void The_msr_word_convention_keeps_a_full_date_as_one_token()
    {
        byte[] input = Encoding.UTF8.GetBytes("会议于2023年5月27日在北京举行。\n");

        static string[] Tokens(CliRun run) =>
            JsonDocument.Parse(run.Output).RootElement.GetProperty("paragraphs")[0].GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToArray();
        var pku = CliRun.Invoke(["convert", "-", "--tokens"], input);
        var msr = CliRun.Invoke(["convert", "-", "--tokens", "--word-convention", "msr"], input);

        Assert.Contains("2023年", Tokens(pku));
        Assert.DoesNotContain("2023年5月27日", Tokens(pku));
        Assert.Contains("2023年5月27日", Tokens(msr));
    }

    [Theory]
    [InlineData("--word-convention", "ctb")]
    public void An_unknown_word_convention_is_a_usage_error(string option, string value)
    {
        var run = CliRun.Invoke(["convert", "-", "--tokens", option, value], Input);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void A_word_convention_without_tokens_is_a_usage_error()
    {
        var run = CliRun.Invoke(["convert", "-", "--word-convention", "msr"], Input);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--tokens", run.Error, StringComparison.Ordinal);
    }
}
