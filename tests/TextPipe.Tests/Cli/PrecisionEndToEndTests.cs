using System.Text.Json;

namespace TextPipe.Tests.Cli;

/// <summary>
/// The removing rules' precision through the real convert command with the default profile (every rule in
/// its place, line-wrap included): repetition that is content survives, loops go, wrapped prose is not
/// taken for a caption.
/// </summary>
public class PrecisionEndToEndTests
{
    private static JsonElement Convert(string name, string content)
    {
        using var temp = new TempFolder();
        var run = CliRun.Invoke(["convert", temp.File(name, content)]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(Assert.Single(run.OutputLines)).RootElement.Clone();
    }

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    [Fact]
    public void A_hard_wrapped_sentence_starting_a_line_with_below_stays_whole()
    {
        var record = Convert("spec.txt", "This is not 100% in keeping with the full transition plan defined\nbelow: if a new gnome package is used with an old scrollkeeper, there\nis some possibility that the help will not properly be available.\n");
        Assert.Equal("This is not 100% in keeping with the full transition plan defined below: if a new gnome package is used with an old scrollkeeper, there is some possibility that the help will not properly be available.", record.GetProperty("text").GetString());
        Assert.False(record.GetProperty("meta").TryGetProperty("captions", out var captions) && captions.GetArrayLength() > 0);
    }

    [Fact]
    public void A_novel_keeps_its_repeated_headings_and_dialogue_and_loses_a_pasted_paragraph()
    {
        const string novel = """
            CHAPTER I

            The coach stopped at the gate of the house as the lamps were lit along the avenue.

            “Where is he?”

            Anna smiled.

            CHAPTER II

            The whole household rose before dawn, for the colonel was expected at nine o'clock.

            The whole household rose before dawn, for the colonel was expected at nine o'clock.

            “Where is he?”

            Anna smiled.

            CHAPTER III

            Snow fell on the town all night, and by morning every road to the capital was closed.
            """;
        string text = Convert("novel.txt", novel).GetProperty("text").GetString()!;
        Assert.Equal(1, Count(text, "CHAPTER II\n"));
        Assert.Equal(2, Count(text, "“Where is he?”"));
        Assert.Equal(2, Count(text, "Anna smiled."));
        Assert.Equal(1, Count(text, "The whole household rose before dawn"));
        Assert.Equal(3, Count(text, "CHAPTER I"));
    }
}
