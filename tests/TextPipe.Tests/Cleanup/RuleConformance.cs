using CsCheck;
using TextPipe.Cleanup;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup;

/// <summary>
/// The checks every cleanup rule must pass (Lucene's BaseTokenStreamTestCase idea): edits stay in bounds,
/// the input is rebuilt exactly from the clean text and the edits, a second run changes nothing, clean text
/// gets no edits, and no generated mixed-script text makes the rule throw.
/// </summary>
public static class RuleConformance
{
    private static readonly CleanupOptions AllOn = new() { Profile = "strict", EnabledRules = [] };

    /// <summary>Runs <paramref name="rule"/> alone on <paramref name="document"/> and checks the audit invariants.</summary>
    public static Document RunAndCheck(ICleanupRule rule, Document document, CleanupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(document);
        var context = new CleanupContext(document, options ?? AllOn);
        context.Run(rule);
        var cleaned = context.ToDocument();
        var edits = context.Edits;

        foreach (var edit in edits)
        {
            Assert.Equal(rule.Descriptor.Id, edit.Rule);
            Assert.InRange(edit.Offset, 0, int.MaxValue);
            if (edit.Action == EditAction.Flagged)
            {
                Assert.Equal(edit.Original, edit.Replacement);
            }
            else
            {
                Assert.NotEqual(edit.Original, edit.Replacement);
            }
        }
        Assert.Equal(document.Text, EditReplay.Restore(cleaned.Text, [.. edits]));

        // Idempotence: cleaning the clean text again changes nothing (flags may repeat).
        var again = new CleanupContext(cleaned, options ?? AllOn);
        again.Run(rule);
        var changes = again.Edits.Where(e => e.Action != EditAction.Flagged).ToList();
        Assert.True(changes.Count == 0, $"second run of '{rule.Descriptor.Id}' still changed: {string.Join(" | ", changes.Select(e => $"'{e.Original}'→'{e.Replacement}'"))}");
        return cleaned;
    }

    /// <summary>Asserts the rule makes no edit at all on text it must leave alone.</summary>
    public static void LeavesAlone(ICleanupRule rule, params string[] paragraphs)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs(paragraphs), AllOn);
        context.Run(rule);
        Assert.True(context.Edits.Count == 0,
            $"'{rule.Descriptor.Id}' edited text it must leave alone: {string.Join(" | ", context.Edits.Select(e => $"{e.Action} '{e.Original}'→'{e.Replacement}'"))}");
    }

    /// <summary>Generated paragraphs mixing Han, Latin, Hangul, kana, digits, punctuation, spaces and odd characters.</summary>
    public static Gen<string[]> MixedScriptParagraphs { get; } =
        Gen.OneOf(
                Gen.Char['\u4E00', '\u4E50'],
                Gen.Char['a', 'z'],
                Gen.Char['A', 'Z'],
                Gen.Char['0', '9'],
                Gen.OneOf<char>('，', '。', '、', '！', '？', '“', '”', '《', '》', '（', '）', '【', '】', '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '-', '/', '<', '>', '#', '*', '_', '~'),
                Gen.OneOf<char>(' ', ' ', '\n', '\u3000', '\u00A0', '\u202F', '\u200B', '\u00AD', '\uFEFF', '\uFFFD', 'é', 'à', 'ç', '’', '«', '»', '…', 'Ｗ', '５', '呃', '嗯'),
                Gen.OneOf<char>('한', '국', '어', '는', '의', 'の', 'は', 'で', 'す', 'カ', 'ー', '・', '、', '〈', '〉', '\'', '"', '.', '/', '_', ':'))
            .Array[0, 120]
            .Select(chars => new string(chars))
            .Array[1, 6];

    /// <summary>Property check: on generated mixed-script documents the rule never throws and keeps every invariant.</summary>
    public static void HoldsOnGeneratedText(ICleanupRule rule, CleanupOptions? options = null, long iterations = 300)
    {
        MixedScriptParagraphs.Sample(paragraphs =>
        {
            var nonEmpty = paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0 && !p.Contains("\n\n", StringComparison.Ordinal)).ToArray();
            if (nonEmpty.Length == 0)
            {
                return;
            }
            RunAndCheck(rule, CleanupTestDocuments.FromParagraphs(nonEmpty), options);
        }, iter: iterations);
    }

    /// <summary>
    /// Asserts that no rule of the catalog — each alone, then every profile's whole stage — removes or replaces
    /// anything in <paramref name="document"/> (findings may be flagged). For text already clean in a language
    /// whose conventions no rule knows better than its writer: Korean, Japanese, Arabic, code, JSON. URLs are kept
    /// (policy <see cref="UrlPolicy.Keep"/>) in every profile.
    /// </summary>
    public static void NoRuleChanges(RuleCatalog catalog, Document document)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(document);
        Assert.True(document.Text.IsNormalized(System.Text.NormalizationForm.FormC), "test input must already be NFC");
        foreach (var rule in catalog.Rules)
        {
            var context = new CleanupContext(document, AllOn);
            context.Run(rule);
            AssertUnchanged(rule.Descriptor.Id, context.Edits);
        }
        foreach (string profile in RuleCatalog.ProfileNames)
        {
            // Removing or masking URLs is a policy the user chooses (strict's default); here URLs are kept.
            var options = catalog.Resolve(profile, null) with { Urls = UrlPolicy.Keep };
            var cleaned = new CleanupStage(catalog, options).Process(document);
            AssertUnchanged($"profile {profile}", cleaned.Edits);
            Assert.Equal(document.Text, cleaned.Text);
        }
    }

    private static void AssertUnchanged(string what, IEnumerable<Edit> edits)
    {
        var changes = edits.Where(e => e.Action != EditAction.Flagged).ToList();
        Assert.True(changes.Count == 0,
            $"{what} changed text it must leave alone: {string.Join(" | ", changes.Select(e => $"{e.Rule} {e.Action} '{e.Original}'→'{e.Replacement}' ({e.Note})"))}");
    }
}
