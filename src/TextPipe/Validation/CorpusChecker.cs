using System.Collections.Immutable;
using TextPipe.Conversion;

namespace TextPipe.Validation;

/// <summary>
/// Checks converted documents as they stream by: the document rules (and the set rules' preparation: hashes,
/// signatures) run on <paramref name="jobs"/> threads, then the set rules see each document on the calling thread in
/// input order. Outcomes come out in input order, identical for any job count; no text is kept once a document is judged.
/// </summary>
public sealed class CorpusChecker(CheckConfig config, int jobs)
{
    /// <summary>The dataset field the text was read from (<c>--text-field</c>), for the rules that rebuild a row.</summary>
    public string TextField { get; init; } = "text";

    public IEnumerable<DocumentOutcome> Check(IEnumerable<ConversionResult> results)
    {
        ArgumentNullException.ThrowIfNull(config);
        var setRules = config.Catalog.CreateSetRules();
        var setSettings = config.ForSet();
        var setRuleSettings = setRules.Select(r => setSettings.First(s => s.Rule.Id == r.Descriptor.Id)).ToImmutableArray();
        // A reference tuple: the ordered map hands results between threads as objects.
        var judged = OrderedParallel.Map(results, result => Judge(result, setRules, setRuleSettings).ToTuple(), Math.Max(1, jobs));
        foreach (var (outcome, document, prepared) in judged)
        {
            if (document is null)
            {
                yield return outcome;
                continue;
            }
            var findings = outcome.Findings.ToBuilder();
            var run = outcome.RulesRun.ToBuilder();
            for (int i = 0; i < setRules.Length; i++)
            {
                if (setRuleSettings[i].Enabled)
                {
                    setRules[i].Observe(document, prepared[i], setRuleSettings[i], findings);
                    run.Add(setRules[i].Descriptor.Id);
                }
            }
            yield return outcome with { Findings = findings.ToImmutable(), RulesRun = run.ToImmutable() };
        }
    }

    private (DocumentOutcome Outcome, CheckedDocument? Document, object?[] Prepared) Judge(
        ConversionResult result, ImmutableArray<ISetCheckRule> setRules, ImmutableArray<RuleSettings> setSettings)
    {
        if (result.Document is null)
        {
            var failure = new Finding(CheckCatalog.ReadError.Id, CheckSeverity.Error, result.Error ?? "could not be read");
            return (new DocumentOutcome(result.Input.Name, result.Input.Name, [CheckCatalog.ReadError.Id], [failure]), null, []);
        }
        var document = new CheckedDocument(result.Document) { TextField = TextField };
        var findings = new List<Finding>();
        var run = new List<string>();
        var settings = config.For(document.Source, result.Input.RelativeName);
        foreach (var rule in config.Catalog.DocumentRules)
        {
            var ruleSettings = settings.First(s => s.Rule.Id == rule.Descriptor.Id);
            if (ruleSettings.Enabled)
            {
                rule.Check(document, ruleSettings, findings);
                run.Add(rule.Descriptor.Id);
            }
        }
        var prepared = new object?[setRules.Length];
        for (int i = 0; i < setRules.Length; i++)
        {
            if (setSettings[i].Enabled)
            {
                prepared[i] = setRules[i].Prepare(document, setSettings[i]);
            }
        }
        return (new DocumentOutcome(document.Name, document.Source, [.. run], [.. findings]), document, prepared);
    }
}
