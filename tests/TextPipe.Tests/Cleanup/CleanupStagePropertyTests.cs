using CsCheck;
using TextPipe.Cleanup;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup;

/// <summary>
/// The whole cleanup stage (every rule of a profile, in catalog order) keeps the audit promises on generated
/// documents in several scripts: the input is restored exactly from the clean text plus the edits, cleaning
/// twice changes nothing the second time, and no rule throws.
/// </summary>
public class CleanupStagePropertyTests
{
    private static readonly RuleCatalog Catalog = DefaultRules.CreateCatalog();

    [Theory]
    [InlineData("minimal")]
    [InlineData("default")]
    [InlineData("strict")]
    public void Restores_input_is_idempotent_and_never_throws_on_generated_documents(string profile)
    {
        var options = Catalog.Resolve(profile, null);
        var stage = new CleanupStage(Catalog, options);

        RuleConformance.MixedScriptParagraphs.Sample(paragraphs =>
        {
            var blocks = paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0 && !p.Contains("\n\n", StringComparison.Ordinal)).ToArray();
            if (blocks.Length == 0)
            {
                return;
            }
            var input = CleanupTestDocuments.FromParagraphs(blocks);
            var once = stage.Process(input);
            Assert.Equal(input.Text, EditReplay.Restore(once.Text, once.Edits));

            var twice = stage.Process(once);
            var changes = twice.Edits.Skip(once.Edits.Length).Where(e => e.Action != EditAction.Flagged).ToList();
            Assert.True(changes.Count == 0,
                $"second cleanup changed: {string.Join(" | ", changes.Select(e => $"{e.Rule}: '{e.Original}'→'{e.Replacement}'"))}");
        }, iter: 400);
    }

    [Theory]
    [InlineData("minimal")]
    [InlineData("default")]
    [InlineData("strict")]
    public void Restores_the_seeds_exactly(string profile)
    {
        var stage = new CleanupStage(Catalog, Catalog.Resolve(profile, null));
        var loader = new TextPipe.Readers.DocumentLoader(TextPipe.Readers.ReaderOptions.Default);
        foreach (var seed in Directory.GetFiles(RepoPaths.Seeds))
        {
            var input = loader.Load(File.ReadAllBytes(seed), TextPipe.Readers.SourceInfo.FromPath(seed));
            var cleaned = stage.Process(input);
            Assert.Equal(input.Text, EditReplay.Restore(cleaned.Text, cleaned.Edits));
        }
    }
}
